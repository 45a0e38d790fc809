// Shared by the import tests: reads a fixture as the app would receive it (name + bytes) and runs
// the pipeline with the Node XML parser the command line uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAny, type ReadOptions } from '../../src/domain/io/import-pipeline';
import { parseXmlStrict } from '../../src/domain/io/parse-xml';
import { openSqliteNode } from '../../src/cli/sqlite-node';
import '../../src/i18n/strings/io';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function fixture(folder: 'bad-input' | 'good-input', name: string): { name: string; bytes: Uint8Array } {
  return { name, bytes: new Uint8Array(readFileSync(join(FIXTURES, folder, name))) };
}

export function importFixture(folder: 'bad-input' | 'good-input', name: string, opts: Partial<ReadOptions> = {}) {
  return readAny(fixture(folder, name), { parseXml: parseXmlStrict, openSqlite: openSqliteNode, ...opts });
}
