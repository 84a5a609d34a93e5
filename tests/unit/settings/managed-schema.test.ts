import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MANAGEABLE_KEYS } from '../../../src/settings/managed.ts';
import { buildManagedSchema, managedSchemaText } from '../../../src/settings/managed-schema.ts';

const committed = readFileSync(new URL('../../../public/managed_schema.json', import.meta.url), 'utf8');

type Node = Record<string, unknown>;
const ALLOWED = new Set(['type', 'properties', 'items', 'enum', 'title', 'description']);

function eachNode(node: Node, path: string, visit: (n: Node, p: string) => void): void {
  visit(node, path);
  for (const [k, sub] of Object.entries((node.properties as Record<string, Node>) ?? {})) eachNode(sub, `${path}.${k}`, visit);
  if (node.items) eachNode(node.items as Node, `${path}[]`, visit);
}

describe('managed_schema.json', () => {
  it('matches the zod schema (run `npm run managed-schema` after changing src/settings/schema.ts)', () => {
    expect(committed).toBe(managedSchemaText());
  });

  it("keeps to Chrome's policy-schema rules", () => {
    const schema = buildManagedSchema();
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(schema).not.toHaveProperty('$schema');
    eachNode(schema, '', (n, p) => {
      expect(typeof n.type, `${p} has one type`).toBe('string');
      expect(['object', 'array', 'string', 'boolean', 'integer', 'number']).toContain(n.type);
      for (const key of Object.keys(n)) expect(ALLOWED.has(key), `${p}: ${key}`).toBe(true);
    });
  });

  it('offers exactly the manageable fields, never the personal ones', () => {
    const props = Object.keys(buildManagedSchema().properties as object);
    expect(props.sort()).toEqual([...MANAGEABLE_KEYS].sort());
    for (const personal of ['role', 'function', 'uiLanguage', 'pausedUntil', 'setupDone']) expect(props).not.toContain(personal);
  });
});
