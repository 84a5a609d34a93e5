// `npx tsx scripts/ner-profile.ts [runs]`: times the whole evaluator on the bench's varied drafts (280 and
// 3,000 characters) straight from the sources, for profiling: `node --cpu-prof --import tsx
// scripts/ner-profile.ts` writes a .cpuprofile to open in Chrome's DevTools. npm run bench is the reference.
import { performance } from 'node:perf_hooks';
import { evaluate } from '../src/protocol/evaluate.ts';
import { DEFAULT_SETTINGS } from '../src/settings/schema.ts';
import { variedText } from './varied-drafts.ts';

const runs = Number(process.argv[2] ?? 2000);
for (const size of [280, 3000]) {
  const drafts = Array.from({ length: 64 }, (_, k) => variedText(size, 1000 + k));
  for (let i = 0; i < 50; i++) evaluate({ text: drafts[i % 64]!, site: 'facebook' }, DEFAULT_SETTINGS);
  const times: number[] = [];
  const n = size > 1000 ? Math.ceil(runs / 5) : runs;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    evaluate({ text: drafts[i % 64]!, site: 'facebook' }, DEFAULT_SETTINGS);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`${size} chars: median ${times[n >> 1]!.toFixed(3)} ms, p90 ${times[Math.floor(n * 0.9)]!.toFixed(3)} ms (${n} runs)`);
}

// Per stage, on the 3,000-character drafts: median ms of each part of prepare() and of each rule.
import { normalize } from '../src/protocol/normalize.ts';
import { detectLanguage } from '../src/protocol/language.ts';
import { detectRelated } from '../src/protocol/related.ts';
import { prepare } from '../src/protocol/evaluate.ts';
import { RULES } from '../src/protocol/rules/index.ts';
import { tokenize } from '../src/protocol/detectors/tokenize.ts';
import { tagTokens } from '../src/protocol/ner/tagger.ts';
for (const size of [280, 3000]) {
  const drafts = Array.from({ length: 64 }, (_, k) => variedText(size, 1000 + k));
  const med = (fn: (t: string) => unknown) => {
    const times: number[] = [];
    for (let i = 0; i < 320; i++) {
      const t = drafts[i % 64]!;
      const t0 = performance.now();
      fn(t);
      if (i >= 64) times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[times.length >> 1]!.toFixed(3);
  };
  const stages: [string, (t: string) => unknown][] = [
    ['normalize', (t) => normalize(t, 100000)],
    ['language', (t) => detectLanguage(normalize(t, 100000))],
    ['related', (t) => detectRelated(normalize(t, 100000), DEFAULT_SETTINGS)],
    ['tokenize+tagger', (t) => tagTokens(tokenize(normalize(t, 100000).text))],
  ];
  const line: string[] = [];
  for (const [name, fn] of stages) line.push(`${name} ${med(fn)}`);
  for (const rule of RULES) line.push(`${rule.meta.setting} ${med((t) => rule.check(prepare({ text: t, site: 'facebook' }, DEFAULT_SETTINGS).ctx))}`);
  line.push(`prepare ${med((t) => prepare({ text: t, site: 'facebook' }, DEFAULT_SETTINGS))}`);
  console.log(`${size}: ` + line.join(' | '));
}
