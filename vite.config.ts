import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifest as never })],
  build: {
    outDir: 'dist/chrome',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
});
