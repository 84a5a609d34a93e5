// Bundles the pure core the way the extension ships it (minified, no tsx/esbuild name-keeping helpers) and loads
// it, so the benchmark times the code users run rather than the dev-time transform.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type * as Core from './core-entry.ts';

export async function loadBundledCore(): Promise<typeof Core> {
  const outDir = mkdtempSync(join(tmpdir(), 'postwacht-core-'));
  try {
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
    return (await import(pathToFileURL(join(outDir, 'core.js')).href)) as typeof Core;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
