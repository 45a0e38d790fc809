// The command line (`npx platsen`): help, usage and file errors.
import { registerStrings } from '../translate';

export const cliStrings = {
  'cli.help.title': { sv: 'Platsen på kommandoraden', en: 'Platsen on the command line' },
  'cli.help.usage': { sv: 'Användning:', en: 'Usage:' },
  'cli.help.options': {
    sv: 'Alla kommandon: --lang sv|en väljer språk (annars engelska om LANG börjar med "en", annars svenska).',
    en: 'All commands: --lang sv|en chooses the language (otherwise English when LANG starts with "en", else Swedish).',
  },
  'cli.help.exitCodes': {
    sv: 'Slutkoder: 0 klart, 1 fel i indata eller filer, 2 felaktigt anrop.',
    en: 'Exit codes: 0 done, 1 bad input or file problem, 2 wrong usage.',
  },
  'cli.help.usageLine': { sv: 'platsen help', en: 'platsen help' },
  'cli.help.summary': { sv: 'visar den här hjälpen', en: 'shows this help' },
  'cli.publish.usage': {
    sv: 'platsen publish ARBETSYTA.platsen.json --out ÖGONBLICKSBILD.json',
    en: 'platsen publish WORKSPACE.platsen.json --out SNAPSHOT.json',
  },
  'cli.publish.summary': {
    sv: 'skriver den offentliga ögonblicksbilden av en säkerhetskopia (bara offentliga investeringar och beslut) och visar vad som utelämnades',
    en: 'writes the public snapshot of a backup (public investments and reviews only) and shows what was left out',
  },
  'cli.demo.usage': {
    sv: 'platsen demo --out FIL.platsen.json [--areas DELOMRADEN.geojson]',
    en: 'platsen demo --out FILE.platsen.json [--areas DELOMRADEN.geojson]',
  },
  'cli.demo.summary': {
    sv: 'skriver demoarbetsytan (Malmös verkliga delområden, påhittade investeringar) som säkerhetskopia',
    en: 'writes the demo workspace (Malmö\'s real sub-districts, invented investments) as a backup',
  },
  'cli.demo.written': {
    sv: 'Demoarbetsytan sparad: {file} ({areas, plural, one {# område} other {# områden}}, {investments, plural, one {# investering} other {# investeringar}}).',
    en: 'Demo workspace written: {file} ({areas, plural, one {# area} other {# areas}}, {investments, plural, one {# investment} other {# investments}}).',
  },
  'cli.error.unknownCommand': {
    sv: 'Okänt kommando "{name}". Kör "platsen help" för att se kommandona.',
    en: 'Unknown command "{name}". Run "platsen help" to see the commands.',
  },
  'cli.error.usage': { sv: 'Felaktigt anrop ({problem}). Användning: {usage}', en: 'Wrong usage ({problem}). Usage: {usage}' },
  'cli.error.lang': { sv: '--lang ska vara sv eller en', en: '--lang must be sv or en' },
  'cli.error.missingInput': { sv: 'ange en indatafil', en: 'give one input file' },
  'cli.error.missingOut': { sv: 'ange --out', en: 'give --out' },
  'cli.error.unknownOption': { sv: 'okänd flagga {option}', en: 'unknown option {option}' },
  'cli.error.optionValue': { sv: 'flaggan {option} behöver ett värde', en: 'the option {option} needs a value' },
  'cli.error.extraArguments': { sv: 'för många argument', en: 'too many arguments' },
  'cli.error.sameFile': {
    sv: 'Utfilen är samma som indatafilen ({path}). Inget har skrivits: välj en annan --out så att säkerhetskopian inte skrivs över.',
    en: 'The output file is the input file ({path}). Nothing was written: choose another --out so the backup is not overwritten.',
  },
  'cli.error.notFound': { sv: 'Filen finns inte: {path}', en: 'No such file: {path}' },
  'cli.error.read': { sv: 'Filen {path} kunde inte läsas: {reason}', en: 'The file {path} could not be read: {reason}' },
  'cli.error.write': {
    sv: 'Filen {path} kunde inte skrivas: {reason}. Inget har skrivits.',
    en: 'The file {path} could not be written: {reason}. Nothing was written.',
  },
  'cli.error.writeNoFolder': {
    sv: 'Filen {path} kunde inte skrivas: mappen finns inte. Inget har skrivits.',
    en: 'The file {path} could not be written: the folder does not exist. Nothing was written.',
  },
  'cli.error.areasFile': {
    sv: 'Filen {path} är ingen GeoJSON FeatureCollection med delområden.',
    en: 'The file {path} is not a GeoJSON FeatureCollection of sub-districts.',
  },
  'cli.error.unexpected': { sv: 'Oväntat fel: {message}', en: 'Unexpected error: {message}' },
};

registerStrings(cliStrings);
