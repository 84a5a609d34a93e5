// Prints the content script's figures against the targets of issues 3 and 14:
// - content-script JavaScript gzipped: the watcher that runs with every page (must be ≤ 60 KB) and the lazily
//   loaded module with the evaluator and its data;
// - cold start on a page where nothing is focused: main-thread script time and JS heap the content script adds
//   (target ≤ 10 ms);
// - the first banner after the first input on a fresh page, evaluator not loaded yet (target ≤ 150 ms);
// - keystroke-to-banner latency, median over keystrokes on a 3,000-character draft (target < 50 ms);
// - long tasks (> 50 ms) while typing on a busy, mutating feed page, with the extension and without it.
// Run: npm run measure   (POSTWACHT_MEASURE_EXTENSION=<built dir> measures that build instead of building one)
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildExtension, launchExtension } from '../tests/e2e/harness.ts';
import { PAGES } from '../tests/fixtures/pages.ts';
import { BASELINE_FEED_URL, coldStart, feedLongTasks, firstBannerLatency, keystrokeLatency } from '../tests/e2e/perf.ts';
import { serveReplicas } from '../tests/e2e/replica.ts';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;

const given = process.env.POSTWACHT_MEASURE_EXTENSION;
const ext = given ?? buildExtension();
const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8')) as {
  content_scripts: { js: string[] }[];
  web_accessible_resources?: { resources: string[] }[];
};
console.log('Content scripts (in load order), then what loads on the first focus of a compose box:');
const eager = manifest.content_scripts.flatMap((c) => c.js);
const lazy = (manifest.web_accessible_resources ?? []).flatMap((w) => w.resources).filter((f) => f.endsWith('.js'));
for (const file of [...eager, ...lazy]) {
  const code = readFileSync(join(ext, file));
  const gz = gzipSync(code, { level: 9 }).length;
  const note = lazy.includes(file)
    ? '  (lazy: evaluator, banner, name lexicon, trigram and IBAN tables, UI strings)'
    : file === eager.at(-1)
      ? gz <= 60 * 1024
        ? '  ✓ ≤ 60 KB'
        : '  ✗ over 60 KB'
      : '  (evaluator data)';
  console.log(`  ${file.padEnd(20)} ${kb(code.length).padStart(9)} raw  ${kb(gz).padStart(8)} gzipped${note}`);
}
console.log(`  web_accessible_resources: ${manifest.web_accessible_resources ? JSON.stringify(manifest.web_accessible_resources.map((w) => ({ ...w, matches: `${(w as { matches?: string[] }).matches?.length ?? 0} site patterns` }))) : 'none'}`);

const h = await launchExtension({ extensionDir: ext });
try {
  await serveReplicas(h);
  const cold = await coldStart(h, 9);
  const added = Math.max(0, cold.siteScriptMs - cold.baselineScriptMs);
  console.log(`\nCold start, empty page at a site's host, nothing focused (median of ${cold.loads} loads):`);
  console.log(`  main-thread script: ${cold.siteScriptMs} ms with the content script, ${cold.baselineScriptMs} ms without → +${added.toFixed(1)} ms ${added <= 10 ? '✓ ≤ 10 ms' : '✗ > 10 ms'}`);
  console.log(`  main-thread CPU:    ${cold.siteThreadMs} ms with, ${cold.baselineThreadMs} ms without → +${Math.max(0, cold.siteThreadMs - cold.baselineThreadMs).toFixed(1)} ms (the whole load, script or not)`);
  console.log(`  JS heap used:       ${mb(cold.siteHeap)} with, ${mb(cold.baselineHeap)} without → +${mb(Math.max(0, cold.siteHeap - cold.baselineHeap))}`);

  const first = await firstBannerLatency(h, 7, 0);
  const warm = await firstBannerLatency(h, 5, 1000);
  console.log(`\nFirst banner on a fresh page, from the first input (median over runs):`);
  console.log(`  input at once after focus (evaluator loads meanwhile): ${first.medianMs} ms  [${first.samples.join(', ')}] ${first.medianMs <= 150 ? '✓ ≤ 150 ms' : '✗ > 150 ms'}`);
  console.log(`  input 1 s after focus (evaluator loaded):              ${warm.medianMs} ms  [${warm.samples.join(', ')}]`);
  console.log(`  CPU time until the banner, main thread / whole renderer: at once ${first.cpuMedianMs} / ${first.processCpuMedianMs} ms [${first.cpuSamples.join(', ')}], from the input 1 s after focus ${warm.cpuMedianMs} / ${warm.processCpuMedianMs} ms`);

  const lat = await keystrokeLatency(h, 3000, 31);
  console.log(`\nKeystroke → banner on a 3,000-character draft: median ${lat.medianMs} ms, p90 ${lat.p90Ms} ms over ${lat.samples.length} keystrokes ${lat.medianMs < 50 ? '✓ < 50 ms' : '✗ ≥ 50 ms'}`);
  const withExt = await feedLongTasks(h, PAGES.feed.url, 5);
  const without = await feedLongTasks(h, BASELINE_FEED_URL, 5);
  console.log('\nBusy feed page (1,500 items, ~60 mutations/s), 5 s of typing in its composer:');
  console.log(`  with the content script:    ${withExt.count} long tasks, longest ${withExt.maxMs} ms, total ${withExt.totalMs} ms, ${withExt.frames} frames`);
  console.log(`  without (same page, other host): ${without.count} long tasks, longest ${without.maxMs} ms, total ${without.totalMs} ms, ${without.frames} frames`);
  console.log(`  extension requests: ${h.extensionRequests().length}`);
} finally {
  await h.close();
  if (!given) rmSync(ext, { recursive: true, force: true });
}
