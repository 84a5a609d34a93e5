// Prints the content script's figures against the targets of issue 3:
// - content-script JavaScript gzipped: the main script (must be ≤ 60 KB) and the evaluator's data script;
// - keystroke-to-banner latency, median over keystrokes on a 3,000-character draft (target < 50 ms);
// - long tasks (> 50 ms) while typing on a busy, mutating feed page, with the extension and without it.
// Run: npm run measure
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildExtension, launchExtension } from '../tests/e2e/harness.ts';
import { PAGES } from '../tests/fixtures/pages.ts';
import { BASELINE_FEED_URL, feedLongTasks, keystrokeLatency } from '../tests/e2e/perf.ts';
import { serveReplicas } from '../tests/e2e/replica.ts';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const ext = buildExtension();
const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[]; web_accessible_resources?: unknown };
console.log('Content scripts (in load order):');
for (const file of manifest.content_scripts.flatMap((c) => c.js)) {
  const code = readFileSync(join(ext, file));
  const gz = gzipSync(code, { level: 9 }).length;
  const target = file.endsWith('index.js') ? (gz <= 60 * 1024 ? '  ✓ ≤ 60 KB' : '  ✗ over 60 KB') : '  (evaluator data: name lexicon, trigram and IBAN tables, UI strings)';
  console.log(`  ${file.padEnd(20)} ${kb(code.length).padStart(9)} raw  ${kb(gz).padStart(8)} gzipped${target}`);
}
console.log(`  web_accessible_resources: ${manifest.web_accessible_resources ? JSON.stringify(manifest.web_accessible_resources) : 'none'}`);

const h = await launchExtension({ extensionDir: ext });
try {
  await serveReplicas(h);
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
  rmSync(ext, { recursive: true, force: true });
}
