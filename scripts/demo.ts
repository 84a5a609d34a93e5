// `npm run demo`: builds the extension and the replica compose pages and opens them in Chromium with the
// extension loaded, for a person to try. With --headless (or CI set) it instead types a draft into each site's
// composer and writes a screenshot of the banner per site into docs/screenshots/.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildExtension, launchExtension, ROOT } from '../tests/e2e/harness.ts';
import { PAGES, type PageName } from '../tests/fixtures/pages.ts';
import { bannerOf, expandBanner, openReplica, serveReplicas, typeInto, waitForArticles } from '../tests/e2e/replica.ts';
import { SCHEMA_VERSION } from '../src/settings/schema.ts';

const headless = process.argv.includes('--headless') || !!process.env.CI || !process.env.DISPLAY;
const outDir = resolve(ROOT, process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? 'docs/screenshots');

const SHOTS: { file: string; page: PageName; editor: string; draft: string; lang?: 'en'; expand?: boolean }[] = [
  { file: 'x.png', page: 'x', editor: '[data-testid="tweetTextarea_0"]', draft: 'Trots op mijn leerlingen van 4H: vandaag de debatwedstrijd gewonnen voor het Liudger! #liudger' },
  { file: 'facebook.png', page: 'facebook', editor: '[role="dialog"] [data-lexical-editor="true"]', draft: 'Morgen ouderavond bij ons op CSG Liudger in Drachten.\nVragen? Mail gerda.hoekstra@gmail.com of bel 06-12345678.' },
  { file: 'linkedin.png', page: 'linkedin-tiptap', editor: '.ProseMirror', draft: 'Wat een mooie open dag vandaag op het Liudger in Burgum! Dank aan collega Sjoukje de Boer voor de organisatie.' },
  { file: 'instagram.png', page: 'instagram', editor: '[role="dialog"] [contenteditable="true"]', draft: 'Sportdag met mijn klas 2B van het Liudger in Surhuisterveen ☀️ Gefeliciteerd Daan Visser (13) met de eerste plaats!' },
  // The details opened, as after pressing "Details".
  { file: 'facebook-details.png', page: 'facebook', editor: '[role="dialog"] [data-lexical-editor="true"]', draft: 'Morgen ouderavond bij ons op CSG Liudger in Drachten.\nVragen? Mail gerda.hoekstra@gmail.com of bel 06-12345678.', expand: true },
  // The English interface, with the English function for the disclaimer.
  { file: 'x-en.png', page: 'x', editor: '[data-testid="tweetTextarea_0"]', draft: 'So proud of my Year 10 debaters from Liudger today! Well done Femke Wiersma. #liudger', lang: 'en' },
  { file: 'linkedin-en.png', page: 'linkedin-tiptap', editor: '.ProseMirror', draft: 'Great open day at Liudger in Burgum today. Thanks to my colleague Sjoukje de Boer for organising it!', lang: 'en', expand: true },
];

console.log('Building the extension and the replica pages…');
const ext = buildExtension();
const h = await launchExtension({ extensionDir: ext, headless, viewport: headless ? { width: 760, height: 900 } : null });
await serveReplicas(h);

if (headless) {
  mkdirSync(outDir, { recursive: true });
  for (const shot of SHOTS) {
    await h.setStorage('settings', { schemaVersion: SCHEMA_VERSION, ...(shot.lang === 'en' ? { uiLanguage: 'en', functionEn: 'geography teacher' } : {}) });
    const page = await openReplica(h, shot.page);
    const editor = page.locator(shot.editor).first();
    await typeInto(editor, shot.draft);
    const banner = await bannerOf(editor);
    await waitForArticles(banner, ['C3']);
    if (shot.expand) await expandBanner(banner);
    await page.waitForTimeout(150);
    // The composer and its banner together, as a person sees them.
    const box = await editor.evaluate((ed, host) => {
      const rects = [ed.closest('[role="dialog"]') ?? ed, host as Element].map((e) => e.getBoundingClientRect());
      const x = Math.max(0, Math.min(...rects.map((r) => r.left)) - 8);
      const y = Math.max(0, Math.min(...rects.map((r) => r.top)) - 8);
      return { x, y, width: Math.max(...rects.map((r) => r.right)) - x + 8, height: Math.max(...rects.map((r) => r.bottom)) - y + 8 };
    }, await banner.elementHandle());
    await page.screenshot({ path: join(outDir, shot.file), clip: box });
    console.log(`  ${join(outDir, shot.file)}`);
    await page.close();
  }
  await h.close();
} else {
  for (const name of Object.keys(PAGES) as PageName[]) await openReplica(h, name);
  console.log('Chromium is open with Postwacht loaded on replicas of:');
  for (const p of Object.values(PAGES)) console.log(`  ${p.url}`);
  console.log('Type a post about the school in a compose box. Close the browser window to stop.');
  await new Promise<void>((r) => h.context.once('close', () => r()));
}
