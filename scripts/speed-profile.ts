// `node --cpu-prof --import tsx scripts/speed-profile.ts [runs]`: only evaluate() on the varied drafts, for a profile.
import { performance } from 'node:perf_hooks';
import { evaluate } from '../src/protocol/evaluate.ts';
import { DEFAULT_SETTINGS } from '../src/settings/schema.ts';
import { variedText } from './varied-drafts.ts';
const runs = Number(process.argv[2] ?? 1000);
for (const size of (process.env.SIZES ?? "280,3000").split(",").map(Number)) {
  const drafts = Array.from({ length: 64 }, (_, k) => variedText(size, 1000 + k));
  for (let i = 0; i < 50; i++) evaluate({ text: drafts[i % 64]!, site: 'facebook' }, DEFAULT_SETTINGS);
  const n = size > 1000 ? Math.ceil(runs / 5) : runs;
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    evaluate({ text: drafts[i % 64]!, site: 'facebook' }, DEFAULT_SETTINGS);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`${size} chars: median ${times[n >> 1]!.toFixed(3)} ms (${n} runs)`);
}
