// `npm run measure:surfaces`: the first banner on every replica compose surface of issue 13 (X, X Articles,
// Facebook post, comment and portal dialog, LinkedIn's Quill 1 share box in a shadow root and TipTap comment,
// Instagram's caption step), from the first input on a freshly loaded page, median over runs; and that
// Instagram's messages panel shows no banner at all. Figures only: timed assertions flake on a shared machine.
// POSTWACHT_MEASURE_EXTENSION=<built dir> measures that build instead of building one; RUNS=n sets the runs.
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { buildExtension, launchExtension } from '../tests/e2e/harness.ts';
import { MEASURED_SURFACES, median, surfaceFirstBanner } from '../tests/e2e/perf.ts';
import { serveReplicas } from '../tests/e2e/replica.ts';

const runs = Number(process.env.RUNS ?? 5);
const given = process.env.POSTWACHT_MEASURE_EXTENSION;
const ext = given ?? buildExtension();
const h = await launchExtension({ extensionDir: ext });
try {
  await serveReplicas(h);
  console.log(`First banner per surface, from the first input on a fresh page (evaluator loads meanwhile); ${runs} runs each; load ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  for (const s of MEASURED_SURFACES) {
    const samples: number[] = [];
    for (let i = 0; i < (s.excluded ? 1 : runs); i++) samples.push(await surfaceFirstBanner(h, s));
    if (s.excluded) {
      console.log(`  ${s.name.padEnd(44)} ${samples[0]! < 0 ? 'no banner within 1.5 s ✓' : `✗ a banner after ${samples[0]} ms`}`);
      continue;
    }
    const m = median(samples);
    console.log(`  ${s.name.padEnd(44)} median ${String(m).padStart(6)} ms  [${samples.join(', ')}] ${m <= 1000 ? '✓ within 1 s' : '✗ over 1 s'}`);
  }
} finally {
  await h.close();
  if (!given) rmSync(ext, { recursive: true, force: true });
}
