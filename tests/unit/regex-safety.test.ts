// Every regular expression the core exports is checked statically for catastrophic backtracking with
// recheck (automaton analysis, fuzzing where needed). Linear growth is shown by `npm run bench`, not by a
// timed test. Patterns built at run time from the settings (school names) are assembled from escaped
// literals joined by alternation and bounded separators, and are exercised by the property tests.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../src/protocol');

function modules(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) modules(p, out);
    else if (/\.ts$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function collect(value: unknown, where: string, out: Map<string, { re: RegExp; where: string }>, depth = 0): void {
  if (value instanceof RegExp) {
    const key = `/${value.source}/${value.flags}`;
    if (!out.has(key)) out.set(key, { re: value, where });
  } else if (Array.isArray(value) && depth < 3) {
    value.forEach((v, i) => collect(v, `${where}[${i}]`, out, depth + 1));
  } else if (value && typeof value === 'object' && depth < 3 && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) collect(v, `${where}.${k}`, out, depth + 1);
  }
}

describe('regular expressions under src/protocol', () => {
  it('are free of catastrophic backtracking (recheck)', { timeout: 600_000 }, async () => {
    const found = new Map<string, { re: RegExp; where: string }>();
    for (const file of modules(ROOT)) {
      const mod = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) collect(value, `${relative(ROOT, file)}:${name}`, found);
    }
    expect(found.size).toBeGreaterThan(20);
    const vulnerable: string[] = [];
    for (const { re, where } of found.values()) {
      // The g and y flags do not change backtracking; recheck analyses the rest.
      const result = await check(re.source, re.flags.replace(/[gy]/g, ''), { timeout: 20_000 });
      if (result.status === 'vulnerable') vulnerable.push(`${where}: ${result.complexity.summary} via ${result.attack.pattern}`);
    }
    expect(vulnerable).toEqual([]);
  });
});
