// The adapters and the manifest must agree on the hosts: a host only in the manifest would run a content script
// that does nothing, one only in an adapter would never be reached.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterForHost } from '../../src/sites/index.ts';

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as {
  content_scripts: { matches: string[] }[];
};
const manifestHosts = new Set(manifest.content_scripts.flatMap((c) => c.matches).map((m) => new URL(m.replace('/*', '/')).hostname));

describe('site hosts', () => {
  it('are the same in the adapters and in the manifest', () => {
    expect([...manifestHosts].sort()).toEqual(ADAPTERS.flatMap((a) => a.hosts).sort());
  });

  it('map each host to exactly one adapter', () => {
    for (const host of manifestHosts) expect(ADAPTERS.filter((a) => a.hosts.includes(host))).toHaveLength(1);
    expect(adapterForHost('example.com')).toBeUndefined();
    expect(adapterForHost('x.com.evil.example')).toBeUndefined();
  });
});
