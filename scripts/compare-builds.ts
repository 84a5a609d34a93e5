// Before/after on a shared machine: the first-banner and cold-start figures of `npm run measure` for two or more
// built extensions, taken in alternating rounds (A, B, A, B, …) so both see the same load, with medians over all
// runs. CPU times (Chromium's ThreadTime/ProcessTime) are printed beside the wall-clock latencies: they hardly grow
// with the load. Run: tsx scripts/compare-builds.ts <dir A> <dir B> [rounds] [runs per round]
import { launchExtension } from '../tests/e2e/harness.ts';
import { coldStart, firstBannerLatency, median } from '../tests/e2e/perf.ts';
import { serveReplicas } from '../tests/e2e/replica.ts';

const args = process.argv.slice(2);
const dirs = args.filter((a) => !/^\d+$/.test(a));
const [rounds = 3, runs = 5] = args.filter((a) => /^\d+$/.test(a)).map(Number);
type Acc = { latency: number[]; cpu: number[]; processCpu: number[]; coldScript: number[]; coldThread: number[] };
const acc = new Map<string, Acc>(dirs.map((d) => [d, { latency: [], cpu: [], processCpu: [], coldScript: [], coldThread: [] }]));
const { loadavg } = await import('node:os');
for (let r = 0; r < rounds; r++) {
  for (const dir of dirs) {
    const h = await launchExtension({ extensionDir: dir });
    try {
      await serveReplicas(h);
      const a = acc.get(dir)!;
      const cold = await coldStart(h, 3);
      a.coldScript.push(cold.siteScriptMs - cold.baselineScriptMs);
      a.coldThread.push(cold.siteThreadMs - cold.baselineThreadMs);
      const first = await firstBannerLatency(h, runs, 0);
      a.latency.push(...first.samples);
      a.cpu.push(...first.cpuSamples);
      // Process CPU per run is not returned; its median per round stands in.
      a.processCpu.push(first.processCpuMedianMs);
      console.log(`round ${r} ${dir}: load ${loadavg()[0]!.toFixed(1)}; banner ${first.samples.join(', ')} ms; main-thread CPU ${first.cpuSamples.join(', ')} ms; cold +${(cold.siteScriptMs - cold.baselineScriptMs).toFixed(1)} ms script, +${(cold.siteThreadMs - cold.baselineThreadMs).toFixed(1)} ms thread CPU`);
    } finally {
      await h.close();
    }
  }
}
for (const [dir, a] of acc) {
  console.log(
    `${dir}: first banner median ${median(a.latency).toFixed(0)} ms wall, ${median(a.cpu).toFixed(1)} ms main-thread CPU, ${median(a.processCpu).toFixed(1)} ms renderer CPU (n=${a.latency.length}); cold start +${median(a.coldScript).toFixed(1)} ms script, +${median(a.coldThread).toFixed(1)} ms thread CPU (${a.coldScript.length} rounds of 3 loads)`,
  );
}
