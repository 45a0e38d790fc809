// Shared workspaces: the server's answers (message keys the API returns and the app translates),
// the roles, and `platsen serve` on the command line.
import { registerStrings } from '../translate';

export const syncStrings = {
  'sync.error.malformed': {
    sv: 'Servern förstod inte ändringen ({where}). Inget har ändrats.',
    en: 'The server did not understand the change ({where}). Nothing was changed.',
  },
  'sync.error.tooMany': {
    sv: 'För många ändringar på en gång (högst {max}). Inget har ändrats.',
    en: 'Too many changes at once (at most {max}). Nothing was changed.',
  },
  'sync.error.cursorAhead': {
    sv: 'Servern har en annan historik än den här webbläsaren (server: {cursor}). Arbetsytan hämtas om från början.',
    en: 'The server has a different history than this browser (server: {cursor}). The workspace is fetched again from the start.',
  },
  'sync.refused.role': {
    sv: 'Din roll i arbetsytan ({role}) får inte göra den här ändringen. Inget har ändrats.',
    en: 'Your role in the workspace ({role}) may not make this change. Nothing was changed.',
  },
  'sync.refused.governance': {
    sv: 'Beslut vid grind för "{investment}" fattas enligt programmets styrning av någon annan än du. Inget har ändrats.',
    en: 'Gate decisions for "{investment}" are made by someone else under the programme\'s governance. Nothing was changed.',
  },
  'sync.refused.appendOnly': {
    sv: 'Poster i "{table}" kan inte ändras eller tas bort, bara läggas till (rätta en bedömning med en ny). Inget har ändrats.',
    en: 'Records in "{table}" cannot be changed or deleted, only added (correct a review with a new one). Nothing was changed.',
  },
  'sync.refused.unknownRecord': {
    sv: 'Posten "{id}" i "{table}" finns inte i den här arbetsytan. Inget har ändrats.',
    en: 'The record "{id}" in "{table}" does not exist in this workspace. Nothing was changed.',
  },
  'sync.refused.invalid': {
    sv: 'Fältet "{field}" i "{id}" ({table}) är inte giltigt. Inget har ändrats.',
    en: 'The field "{field}" of "{id}" ({table}) is not valid. Nothing was changed.',
  },
  'server.error.signIn': { sv: 'Logga in för att fortsätta.', en: 'Sign in to continue.' },
  'server.error.noWorkspace': {
    sv: 'Arbetsytan finns inte, eller så är du inte medlem i den.',
    en: 'The workspace does not exist, or you are not a member of it.',
  },
  'server.error.origin': {
    sv: 'Begäran kom från en annan webbplats och avvisades.',
    en: 'The request came from another web site and was refused.',
  },
  'server.error.json': { sv: 'Servern tar bara emot JSON.', en: 'The server only accepts JSON.' },
  'server.error.tooLarge': { sv: 'Det som skickades är för stort. Inget har ändrats.', en: 'What was sent is too large. Nothing was changed.' },
  'server.error.internal': {
    sv: 'Något gick fel på servern. Inget har ändrats; försök igen.',
    en: 'Something went wrong on the server. Nothing was changed; try again.',
  },
  'server.error.notFound': { sv: 'Finns inte.', en: 'Not found.' },
  'server.error.notPublished': { sv: 'Arbetsytan har inte publicerats.', en: 'The workspace has not been published.' },
  'server.error.workspaceName': {
    sv: 'Ge arbetsytan ett namn (högst {max} tecken).',
    en: 'Give the workspace a name (at most {max} characters).',
  },
  'server.error.member': {
    sv: 'Ange medlemmens e-postadress och en roll (läsare, redigerare, programgrupp, administratör).',
    en: 'Give the member\'s email address and a role (reader, editor, programme group, admin).',
  },
  'server.error.unknownUser': {
    sv: 'Ingen med adressen {email} har loggat in ännu. Be personen logga in en gång först.',
    en: 'Nobody with the address {email} has signed in yet. Ask them to sign in once first.',
  },
  'server.error.lastAdmin': {
    sv: 'Arbetsytan måste ha minst en administratör. Inget har ändrats.',
    en: 'The workspace must keep at least one admin. Nothing was changed.',
  },
  'server.label.created': { sv: 'Arbetsytan skapades', en: 'Workspace created' },
  'server.label.uploaded': { sv: 'Arbetsytan laddades upp från en säkerhetskopia', en: 'Workspace uploaded from a backup' },
  'role.reader': { sv: 'Läsare', en: 'Reader' },
  'role.editor': { sv: 'Redigerare', en: 'Editor' },
  'role.programme': { sv: 'Programgrupp', en: 'Programme group' },
  'role.admin': { sv: 'Administratör', en: 'Admin' },
  'cli.serve.usage': {
    sv: 'platsen serve [--port 8080] [--host 127.0.0.1] [--data MAPP]',
    en: 'platsen serve [--port 8080] [--host 127.0.0.1] [--data FOLDER]',
  },
  'cli.serve.summary': {
    sv: 'delade arbetsytor: appen och dess API, på PostgreSQL (DATABASE_URL) eller en inbyggd databas i MAPP (standard ./platsen-data)',
    en: 'shared workspaces: the app and its API, on PostgreSQL (DATABASE_URL) or an embedded database in FOLDER (default ./platsen-data)',
  },
  'cli.serve.listening': {
    sv: 'Platsen körs på {url} (databas: {engine}). Hälsa: {url}/api/health. Stoppa med Ctrl+C.',
    en: 'Platsen is running at {url} (database: {engine}). Health: {url}/api/health. Stop with Ctrl+C.',
  },
  'cli.serve.stopping': {
    sv: 'Stoppar: pågående ändringar avslutas först …',
    en: 'Stopping: changes in progress finish first …',
  },
  'cli.serve.noBuild': {
    sv: 'Appen är inte byggd ({path} saknas). Kör npm run build först.',
    en: 'The app is not built ({path} is missing). Run npm run build first.',
  },
  'cli.serve.secretNeeded': {
    sv: 'Med DATABASE_URL behövs PLATSEN_AUTH_SECRET (minst 32 slumpmässiga tecken) för inloggningen.',
    en: 'With DATABASE_URL, PLATSEN_AUTH_SECRET (at least 32 random characters) is needed for sign-in.',
  },
  'cli.serve.port': { sv: '--port ska vara ett tal mellan 0 och 65535', en: '--port must be a number from 0 to 65535' },
};

registerStrings(syncStrings);
