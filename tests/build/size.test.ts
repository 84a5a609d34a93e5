// Size budgets, on the shipped bundles: bytes are deterministic, unlike timings, so these may be asserted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { coreSize } from '../../scripts/bundle-core.ts';

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

describe('size budgets', () => {
  it('keeps the evaluator with its data under 400 KB gzipped', async () => {
    const { gzip } = await coreSize();
    expect(gzip).toBeGreaterThan(10_000); // the lexicon is really in there
    expect(gzip).toBeLessThan(400 * 1024);
  });

  it('keeps the content script that runs with every page under 16 KB gzipped; the evaluator loads on focus', () => {
    const dist = process.env.POSTWACHT_DIST!;
    const manifest = JSON.parse(readFileSync(join(dist, 'chrome', 'manifest.json'), 'utf8'));
    const scripts: string[] = manifest.content_scripts.flatMap((c: { js: string[] }) => c.js);
    expect(scripts).toEqual(['content/index.js']);
    // The watcher (issue 14): settings, attached files, site adapters; no evaluator, no data.
    expect(gz(join(dist, 'chrome', scripts[0]!))).toBeLessThan(16 * 1024);
    // The lazy module carries the evaluator with its data.
    expect(gz(join(dist, 'chrome', 'content/lazy.js'))).toBeGreaterThan(50 * 1024);
  });
});
