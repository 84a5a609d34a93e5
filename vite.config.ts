import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { contentScripts } from './scripts/vite-plugin-content-scripts.ts';

// Content scripts are built by our own plugin as self-contained classic scripts (no loader, no
// web_accessible_resources); @crxjs handles the popup, the worker and the manifest. See the plugin for why.
const content = contentScripts(manifest);

export default defineConfig({
  plugins: [preact(), crx({ manifest: content.manifestForCrx as never }), content.plugin],
  build: {
    outDir: 'dist/chrome',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Vite's modulepreload polyfill fetch()es chunks; extension pages need no polyfill, and no bundle may hold a
    // network API (checked in tests/build).
    modulePreload: { polyfill: false },
  },
});
