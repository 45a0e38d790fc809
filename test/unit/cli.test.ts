// Runs the real command line (node bin/platsen.mjs) on temporary files: exit codes, output files
// and messages in the user's language.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommand } from '../../src/cli/main';
import { parseBackup, serializeBackup } from '../../src/domain/io/backup';
import { parseSnapshot } from '../../src/domain/publish/parse-snapshot';
import { rect, testArea, testDoc, testInvestment } from '../../src/domain/test-kit';

// The built command line (npm run build → dist-node/), as `npx platsen` runs it.
const BIN = fileURLToPath(new URL('../../bin/platsen.mjs', import.meta.url));
const NOW = '2026-11-27T09:00:00.000Z';

interface Run { code: number; stdout: string; stderr: string }

function platsen(args: string[], lang = 'en_GB.UTF-8'): Promise<Run> {
  // LC_ALL and LC_MESSAGES would override LANG: clear them so the test decides the language.
  const env = { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '' };
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: dir, env }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

let dir = '';
beforeAll(async () => {
  if (!existsSync(fileURLToPath(new URL('../../dist-node/cli/main.js', import.meta.url)))) throw new Error('Run npm run build first: these tests run the built command line.');
  dir = await mkdtemp(join(tmpdir(), 'platsen-cli-'));
  const doc = testDoc({
    areas: [testArea('area_a', 'Lindängen', rect(13, 55.6, 13.01, 55.61))],
    investments: [
      testInvestment('inv_pub', { visibility: 'public', title: 'Ny park', areaId: 'area_a' }),
      testInvestment('inv_int', { visibility: 'internal', title: 'Utkast' }),
    ],
  });
  await writeFile(join(dir, 'ws.platsen.json'), serializeBackup(doc, NOW));
  await writeFile(join(dir, 'broken.platsen.json'), '{"format": "platsen-workspace", "schemaVersion": ');
  const damaged = JSON.parse(serializeBackup(doc, NOW));
  delete damaged.document.investments.inv_pub.geometry;
  await writeFile(join(dir, 'damaged.platsen.json'), JSON.stringify(damaged));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('platsen command line', { timeout: 30_000 }, () => {
  it('publishes a backup: exit 0, a valid snapshot of the public investments, and the report', async () => {
    const run = await platsen(['publish', 'ws.platsen.json', '--out', 'snapshot.json']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('Public snapshot written: snapshot.json');
    expect(run.stdout).toContain('Investments: 1 published, 1 internal left out.');
    const snapshot = parseSnapshot(await readFile(join(dir, 'snapshot.json'), 'utf8'));
    expect(snapshot.investments.map((i) => i.title)).toEqual(['Ny park']);
  });

  it('refuses a malformed backup with exit 1 and a clear message, writing nothing', async () => {
    const run = await platsen(['publish', 'broken.platsen.json', '--out', 'never.json']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('The file is not JSON, so it cannot be a Platsen backup. Nothing was changed.');
    expect(existsSync(join(dir, 'never.json'))).toBe(false);
  });

  it('names the damaged record, in Swedish unless the locale or --lang says English', async () => {
    const sv = await platsen(['publish', 'damaged.platsen.json', '--out', 'never.json'], 'sv_SE.UTF-8');
    expect(sv.code).toBe(1);
    expect(sv.stderr).toContain('geometrin för "inv_pub" i tabellen "investments"');
    const en = await platsen(['publish', 'damaged.platsen.json', '--out', 'never.json', '--lang', 'en'], 'C');
    expect(en.stderr).toContain('the geometry of "inv_pub" in the table "investments"');
  });

  it('reports a missing file and wrong usage', async () => {
    expect(await platsen(['publish', 'nope.platsen.json', '--out', 'x.json'])).toMatchObject({ code: 1, stderr: expect.stringContaining('No such file') });
    const noOut = await platsen(['publish', 'ws.platsen.json']);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('platsen publish WORKSPACE.platsen.json --out SNAPSHOT.json');
    expect((await platsen(['frobnicate'])).code).toBe(2);
  });

  it('answers --help on any command with its usage and exit 0', async () => {
    const run = await platsen(['publish', '--help']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('platsen publish WORKSPACE.platsen.json --out SNAPSHOT.json');
  });

  it('never overwrites the backup it reads', async () => {
    const before = await readFile(join(dir, 'ws.platsen.json'), 'utf8');
    expect((await platsen(['publish', 'ws.platsen.json', '--out', './ws.platsen.json'])).code).toBe(1);
    expect(await readFile(join(dir, 'ws.platsen.json'), 'utf8')).toBe(before);
  });

  it('writes the demo workspace as a backup the app can restore', async () => {
    const run = await platsen(['demo', '--out', 'demo.platsen.json']);
    expect(run.code).toBe(0);
    const doc = parseBackup(await readFile(join(dir, 'demo.platsen.json'), 'utf8'));
    expect(Object.values(doc.workspace)[0]).toMatchObject({ isDemo: true, municipality: 'Malmö' });
    expect(Object.keys(doc.investments).length).toBeGreaterThan(10);
  });

  it('lists every command with its usage in the user\'s language, each loading under its own name', async () => {
    const run = await platsen(['help']);
    expect(run.code).toBe(0);
    for (const name of ['publish', 'demo', 'validate', 'convert', 'serve', 'help']) {
      expect(run.stdout).toContain(`platsen ${name}`);
      expect((await loadCommand(name))!.name).toBe(name);
    }
    // A message key shown raw would mean help printed a command it has no text for.
    expect(run.stdout).not.toMatch(/cli\.\w+\./);
  });
});
