// public/schema/snapshot-v1.schema.json documents the snapshot for other tools. This checks the
// bundled demo snapshot against it with a small validator for the keywords the schema uses, so the
// schema cannot silently fall behind what publishing writes (it forbids undeclared fields).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON Schema is untyped JSON
type Schema = Record<string, any>;
const read = (path: string) => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));
const root = read('public/schema/snapshot-v1.schema.json') as Schema;

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (Number.isInteger(v)) return 'integer';
  return typeof v;
}

/** Problems found, each with its JSON path; empty when `value` is valid. */
function validate(value: unknown, schema: Schema, path = '$'): string[] {
  if (schema.$ref) return validate(value, root.$defs[(schema.$ref as string).replace('#/$defs/', '')], path);
  if (schema.oneOf) {
    const passing = (schema.oneOf as Schema[]).filter((s) => validate(value, s, path).length === 0).length;
    return passing === 1 ? [] : [`${path}: matches ${passing} of oneOf`];
  }
  if ('const' in schema && value !== schema.const) return [`${path}: not ${JSON.stringify(schema.const)}`];
  if (schema.enum && !schema.enum.includes(value)) return [`${path}: ${JSON.stringify(value)} not in enum`];
  if (schema.type) {
    const types = [schema.type].flat() as string[];
    const t = typeOf(value);
    if (!types.includes(t) && !(t === 'integer' && types.includes('number'))) return [`${path}: ${t} is not ${types.join('|')}`];
  }
  const problems: string[] = [];
  if (typeof value === 'string' && schema.pattern && !new RegExp(schema.pattern).test(value)) problems.push(`${path}: pattern`);
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) problems.push(`${path}: below minimum`);
    if (schema.maximum !== undefined && value > schema.maximum) problems.push(`${path}: above maximum`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) problems.push(`${path}: too few items`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems) problems.push(`${path}: too many items`);
    if (schema.items) value.forEach((v, i) => problems.push(...validate(v, schema.items, `${path}[${i}]`)));
  } else if (typeOf(value) === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in obj)) problems.push(`${path}.${key}: required`);
    for (const [key, v] of Object.entries(obj)) {
      const sub = schema.properties?.[key];
      if (sub) problems.push(...validate(v, sub, `${path}.${key}`));
      else if (schema.additionalProperties === false) problems.push(`${path}.${key}: not declared in the schema`);
    }
  }
  return problems;
}

describe('snapshot JSON Schema', () => {
  const demo = read('public/demo-snapshot.json');

  it('accepts the bundled demo snapshot and declares every field it has', () => {
    expect(validate(demo, root)).toEqual([]);
  });

  it('rejects what the viewer would refuse', () => {
    const broken = structuredClone(demo);
    broken.investments[0].phase.status = 'done';
    broken.investments[1].internalNotes = 'x';
    broken.areas[0].geometry = { type: 'Point', coordinates: [13, 55.6] };
    expect(validate(broken, root)).toEqual([
      '$.areas[0].geometry: matches 0 of oneOf',
      '$.investments[0].phase.status: "done" not in enum',
      '$.investments[1].internalNotes: not declared in the schema',
    ]);
  });
});
