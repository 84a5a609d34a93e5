// Where the cold first banner's time goes: a CPU profile (CDP Profiler, 100 µs sampling) of a fresh replica page
// from the focus of its composer to the first banner, as `npm run measure` takes it (input at once after focus).
// Prints the main thread's time by script (watcher, lazy module, page, V8's own work) and the functions with the
// most self time, summed over RUNS pages. Run: tsx scripts/profile-first-banner.ts [extension dir] [runs]
// (without a directory it builds one, e2e mode; build with POSTWACHT_NO_MINIFY=1 for readable function names).
import { rmSync } from 'node:fs';
import { buildExtension, launchExtension } from '../tests/e2e/harness.ts';
import { firstBannerMarks, focusComposer, openForFirstBanner, typeUntilFirstBanner } from '../tests/e2e/perf.ts';
import { serveReplicas } from '../tests/e2e/replica.ts';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}
interface Profile {
  nodes: Node[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const given = process.argv[2];
const runs = Number(process.argv[3] ?? 5);
const ext = given ?? buildExtension();
const h = await launchExtension({ extensionDir: ext });
const byFile = new Map<string, number>();
const byFn = new Map<string, number>();
const latencies: number[] = [];
/** Samples by line, in the functions named by LINES (e.g. `(anon) ext:content/lazy.js:1:1`, the module body). */
const byLine = new Map<string, number>();
let total = 0;
const fileOf = (url: string) => (url ? url.replace(/^chrome-extension:\/\/[^/]+\//, 'ext:').replace(/^https?:\/\/[^/]+/, 'page:') : '');
try {
  await serveReplicas(h);
  for (let r = 0; r < runs; r++) {
    const page = await openForFirstBanner(h);
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    // The profile's clock is not the page's: the page's time right after the start stands for the profile's start.
    const t0 = (await page.evaluate('performance.now()')) as number;
    await focusComposer(page);
    await typeUntilFirstBanner(page);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const marks = await firstBannerMarks(page);
    latencies.push(marks.ms);
    const until = marks.banner - t0;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    let at = 0;
    profile.samples.forEach((id, i) => {
      at += profile.timeDeltas[i]! / 1000;
      if (at > until) return;
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const n = nodes.get(id)!;
      const f = fileOf(n.callFrame.url) || n.callFrame.functionName;
      if (f === '(idle)') return;
      total += dt;
      byFile.set(f, (byFile.get(f) ?? 0) + dt);
      const key = `${n.callFrame.functionName || '(anon)'} ${fileOf(n.callFrame.url)}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}`;
      byFn.set(key, (byFn.get(key) ?? 0) + dt);
    });
    for (const n of profile.nodes) {
      const key = `${n.callFrame.functionName || '(anon)'} ${fileOf(n.callFrame.url)}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}`;
      if (!process.env.LINES || !key.startsWith(process.env.LINES)) continue;
      for (const t of n.positionTicks ?? []) byLine.set(`${key} line ${t.line}`, (byLine.get(`${key} line ${t.line}`) ?? 0) + t.ticks);
    }
    await cdp.detach();
    await page.close();
  }
} finally {
  await h.close();
  if (!given) rmSync(ext, { recursive: true, force: true });
}
const per = (ms: number) => (ms / runs).toFixed(1).padStart(7);
console.log(`first banner after input: ${latencies.map((x) => x.toFixed(0)).join(', ')} ms`);
console.log(`busy main thread from focus to the first banner, per run: ${per(total)} ms`);
for (const [k, v] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${per(v)} ms  ${k}`);
console.log('self time by function, per run:');
for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 45))) console.log(`${per(v)} ms  ${k}`);
if (byLine.size && process.env.DUMP) (await import('node:fs')).writeFileSync(process.env.DUMP, JSON.stringify([...byLine]));
if (byLine.size) {
  console.log('samples by line (all of each profile, not only until the banner):');
  for (const [k, v] of [...byLine].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${String(v).padStart(6)}  ${k}`);
}
