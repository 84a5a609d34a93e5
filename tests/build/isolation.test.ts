// The banner people get is closed to the page: checked on the shipped content script of both targets. (The e2e
// harness builds with `--mode e2e`, which keeps the root open for the tests; that must never reach a store zip.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = process.env.POSTWACHT_DIST!;
const manifest = (t: string) =>
  JSON.parse(readFileSync(join(dist, t, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[] }[];
    web_accessible_resources?: { resources: string[] }[];
  };
// The watcher listed in the manifest and the heavy part it loads on first focus (the one web-accessible module).
const scripts = (t: string) => {
  const m = manifest(t);
  const files = [...m.content_scripts.flatMap((c) => c.js), ...(m.web_accessible_resources ?? []).flatMap((w) => w.resources)];
  return [...new Set(files)].filter((f) => f.endsWith('.js')).map((file) => readFileSync(join(dist, t, file), 'utf8')).join('\n');
};

describe.each(['chrome', 'firefox'] as const)('%s content script', (target) => {
  const code = scripts(target);

  it('attaches the banner shadow root closed, and never open', () => {
    const modes = [...code.matchAll(/attachShadow\(\s*\{\s*mode\s*:\s*([^,}]+)/g)].map((m) => m[1]!.trim());
    expect(modes.length).toBeGreaterThan(0);
    // The mode is a literal after minification (the build-mode switch is folded away), and only ever "closed".
    for (const mode of modes) expect(mode).toMatch(/^["'`]closed["'`]$/);
    expect(code).not.toMatch(/mode\s*:\s*["'`]open["'`]/);
  });

  it("ignores events a page script made: the banner's handlers check isTrusted", () => {
    expect(code).toMatch(/\.isTrusted\b/);
  });

  it('puts nothing on the banner host: no data attribute is set on it', () => {
    expect(code).not.toMatch(/data-empty/);
  });
});
