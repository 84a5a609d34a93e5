// The built extension's content scripts run on every host its manifest lists, and nowhere else: each host gets
// its site's replica composer, a school-related draft, and must show the banner; an unlisted host must not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageHtml, type PageName } from '../fixtures/pages.ts';
import { launchExtension, type Harness } from './harness.ts';
import { bannerOf, serveReplicas, typeInto, waitForArticles } from './replica.ts';

/** `articles`: what the draft must show there (C3 and C4 unless given); WhatsApp's replica opens in a class-parents group (B1). */
const REPLICA_FOR_HOST: Record<string, { page: PageName; editor: string; articles?: string[] }> = {
  'x.com': { page: 'x', editor: '[data-testid="tweetTextarea_0"]' },
  'twitter.com': { page: 'x', editor: '[data-testid="tweetTextarea_0"]' },
  'www.facebook.com': { page: 'facebook', editor: '[role="dialog"] [data-lexical-editor="true"]' },
  'web.facebook.com': { page: 'facebook', editor: '[role="dialog"] [data-lexical-editor="true"]' },
  'm.facebook.com': { page: 'facebook', editor: '[role="dialog"] [data-lexical-editor="true"]' },
  'www.linkedin.com': { page: 'linkedin-tiptap', editor: '.ProseMirror' },
  'www.instagram.com': { page: 'instagram', editor: '[role="dialog"] [contenteditable="true"]' },
  'www.threads.com': { page: 'threads', editor: '[role="dialog"] [data-lexical-editor="true"]' },
  'bsky.app': { page: 'bluesky', editor: '[data-testid="composePostView"] .ProseMirror' },
  'www.youtube.com': { page: 'youtube', editor: 'ytd-commentbox #contenteditable-root' },
  'www.tiktok.com': { page: 'tiktok', editor: '[data-e2e="comment-input"] .public-DraftEditor-content' },
  'web.whatsapp.com': { page: 'whatsapp', editor: '#main footer [data-lexical-editor="true"]', articles: ['B1'] },
};
const DRAFT = 'Vandaag open dag op het Liudger, kom langs!';

let h: Harness;
let hosts: string[];
beforeAll(async () => {
  h = await launchExtension();
  await serveReplicas(h);
  const manifest = JSON.parse(readFileSync(join(h.extensionDir, 'manifest.json'), 'utf8')) as { content_scripts: { matches: string[] }[] };
  hosts = [...new Set(manifest.content_scripts.flatMap((c) => c.matches).map((m) => new URL(m.replace('/*', '/')).hostname))];
  for (const host of [...hosts, 'example.com']) {
    const replica = REPLICA_FOR_HOST[host] ?? REPLICA_FOR_HOST['x.com']!;
    h.serve(`https://${host}/postwacht-host-check`, pageHtml(replica.page), 'text/html; charset=utf-8');
  }
});
afterAll(async () => {
  await h?.close();
});

async function typeOn(host: string) {
  const replica = REPLICA_FOR_HOST[host] ?? REPLICA_FOR_HOST['x.com']!;
  const page = await h.newPage(`https://${host}/postwacht-host-check`);
  await page.waitForFunction(() => window.__fixtureReady === true, undefined, { timeout: 15_000 });
  const editor = page.locator(replica.editor).first();
  await typeInto(editor, DRAFT);
  return { page, editor };
}

describe('content scripts by host', () => {
  it('cover every host of the built manifest with a replica here, and no other', () => {
    expect(hosts.length).toBeGreaterThanOrEqual(12);
    expect([...hosts].sort()).toEqual(Object.keys(REPLICA_FOR_HOST).sort());
  });

  // One test per host: eleven hosts in one test outgrew the per-test timeout on a busy two-core machine.
  it.each(Object.keys(REPLICA_FOR_HOST))('run on %s', async (host) => {
    const { page, editor } = await typeOn(host);
    await waitForArticles(await bannerOf(editor), REPLICA_FOR_HOST[host]!.articles ?? ['C3', 'C4']);
    await page.close();
  });

  it('do not run on a host the manifest does not list', async () => {
    const { page } = await typeOn('example.com');
    await page.waitForTimeout(600);
    expect(await page.locator('postwacht-banner').count()).toBe(0);
    await page.close();
  });
});
