// Bundles the pure core the way the extension ships it (minified, no tsx/esbuild name-keeping helpers), so the
// benchmark times the code users run rather than the dev-time transform, and the size budget is checked on it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type * as Core from './core-entry.ts';

/** Builds `scripts/core-entry.ts` (the evaluator with its data) into `outDir/core.js`. */
export async function bundleCore(outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      lib: { entry: new URL('./core-entry.ts', import.meta.url).pathname, formats: ['es'], fileName: 'core' },
    },
  });
  return join(outDir, 'core.js');
}

export async function loadBundledCore(): Promise<typeof Core> {
  const outDir = mkdtempSync(join(tmpdir(), 'postwacht-core-'));
  try {
    return (await import(pathToFileURL(await bundleCore(outDir)).href)) as typeof Core;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** Raw and gzipped bytes of the bundled evaluator with its data. */
export async function coreSize(): Promise<{ raw: number; gzip: number }> {
  const outDir = mkdtempSync(join(tmpdir(), 'postwacht-core-'));
  try {
    const bytes = readFileSync(await bundleCore(outDir));
    return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
