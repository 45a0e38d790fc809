// Every string key the UI asks for must exist (in both languages: the Entry type enforces sv + en).
// Catches a component whose text would show as a raw key like `area.delete.confirm`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allKeys, hasKey, translate } from '../../src/i18n/translate';

import.meta.glob(['../../src/i18n/strings/*.ts', '!**/*.test.ts'], { eager: true });

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

// t('key'), t("key"), translate(lang, 'key') and labelKey: 'key' with a literal key.
const CALL = /\b(?:t|translate\(\s*[\w.]+\s*,)\s*\(?\s*['"]([a-z][\w-]*(?:\.[\w-]+)+)['"]/g;

// Codes thrown by domain rules and the labels of commands (shown in undo/redo).
const DOMAIN = /new DomainError\(\s*'([^']+)'|defineCommand<[^>]*>\(\s*'([^']+)'/g;

describe('i18n', () => {
  it('explains every rule the domain enforces and names every command, in both languages', () => {
    const missing: string[] = [];
    let found = 0;
    for (const file of sourceFiles('src/domain')) {
      for (const m of readFileSync(file, 'utf8').matchAll(DOMAIN)) {
        found++;
        const key = (m[1] ?? m[2])!;
        if (!hasKey(key)) missing.push(`${file}: ${key}`);
      }
    }
    expect(found).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it('uses the same placeholders in Swedish and English, and no empty text', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of allKeys()) {
      const sv = translate('sv', key);
      const en = translate('en', key);
      expect(sv.trim() && en.trim(), key).toBeTruthy();
      expect(placeholders(sv), key).toEqual(placeholders(en));
    }
  });

  it('has a string for every literal key used in the source', () => {
    const missing: string[] = [];
    let used = 0;
    for (const file of sourceFiles('src')) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(CALL)) {
        used++;
        if (!hasKey(m[1]!)) missing.push(`${file}: ${m[1]}`);
      }
    }
    expect(used).toBeGreaterThan(100); // the scan really finds the UI's keys
    expect(missing).toEqual([]);
  });
});
