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

  it('keeps the main content script under 60 KB gzipped, before the evaluator data loads', () => {
    const dist = process.env.POSTWACHT_DIST!;
    const manifest = JSON.parse(readFileSync(join(dist, 'chrome', 'manifest.json'), 'utf8'));
    const scripts: string[] = manifest.content_scripts.flatMap((c: { js: string[] }) => c.js);
    const main = scripts.at(-1)!;
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    expect(gz(join(dist, 'chrome', main))).toBeLessThan(60 * 1024);
  });
});
