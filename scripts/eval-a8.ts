// `npx tsx scripts/eval-a8.ts [THRESHOLD…]`: the A8 rule per validation file (never trained on): recall and
// contrast on each released functional set, A8 precision and recall on each draft corpus and on all drafts
// together. Without thresholds: the shipped model at its shipped threshold; `--grammar` adds the grammar alone.
import { existsSync, readFileSync } from 'node:fs';
import { setA8Draft, setA8Plain, setA8Window, setA8Evidence, setA8Reported, setA8Threshold, useA8Learned } from '../src/protocol/abuse/analyze.ts';
import { evaluate } from '../src/protocol/evaluate.ts';
import { DEFAULT_SETTINGS } from '../src/settings/schema.ts';

// Released sets only: the unseen sets under /work/heldout are never opened by a helper's script.
export const FUNCTIONAL = ['tests/functional/a8-heldout.jsonl', 'tests/functional/a8-own-setaside.jsonl', 'tests/functional/a8-final.jsonl', 'tests/functional/a8-s20.jsonl', 'tests/functional/a8-s21.jsonl', 'tests/functional/a8-s22.jsonl', 'tests/functional/a8-s23.jsonl'].filter(existsSync);
// tests/corpus/dev.jsonl is a copy of ../shared/corpus/dev.jsonl, so a worktree outside /work/main still finds it.
export const DRAFTS = ['tests/corpus/dev.jsonl', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `tests/corpus/batch-${i}.jsonl`)].filter(existsSync);
type R = { text: string; abusive?: boolean; expect?: { abusive?: boolean }; site?: string };
const read = (f: string) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as R);
const fired = (text: string, site = 'facebook') => evaluate({ text, site: site as 'facebook' }, DEFAULT_SETTINGS).findings.some((f) => f.code === 'abusive');
const short = (f: string) => f.split('/').pop()!.replace('.jsonl', '');

export function report(label: string, verbose = false): { minRecall: number; draftsP: number; draftsR: number } {
  const lines: string[] = [];
  let minRecall = 1;
  let sumRecall = 0;
  for (const f of FUNCTIONAL) {
    let pos = 0, tp = 0, neg = 0, tn = 0;
    for (const r of read(f)) {
      const hit = fired(r.text);
      if (r.abusive) { pos++; if (hit) tp++; } else { neg++; if (!hit) tn++; }
    }
    minRecall = Math.min(minRecall, tp / pos);
    sumRecall += tp / pos;
    lines.push(`${short(f).padEnd(16)} recall ${(tp / pos).toFixed(3)} (${tp}/${pos})  contrast ${(tn / neg).toFixed(3)} (${tn}/${neg})`);
  }
  let TP = 0, FP = 0, FN = 0;
  for (const f of DRAFTS) {
    let tp = 0, fp = 0, fn = 0;
    for (const r of read(f)) {
      const exp = r.expect?.abusive ?? r.abusive ?? false;
      const hit = fired(r.text, r.site);
      if (hit && exp) tp++;
      else if (hit) { fp++; if (verbose) console.log('   FP', short(f), r.text.slice(0, 140)); }
      else if (exp) { fn++; if (verbose) console.log('   FN', short(f), r.text.slice(0, 140)); }
    }
    TP += tp; FP += fp; FN += fn;
    lines.push(`${short(f).padEnd(16)} A8 P ${(tp / Math.max(1, tp + fp)).toFixed(3)} R ${(tp / Math.max(1, tp + fn)).toFixed(3)} (tp ${tp} fp ${fp} fn ${fn})`);
  }
  const draftsP = TP / Math.max(1, TP + FP), draftsR = TP / Math.max(1, TP + FN);
  lines.push(`${'all drafts'.padEnd(16)} A8 P ${draftsP.toFixed(3)} R ${draftsR.toFixed(3)} (tp ${TP} fp ${FP} fn ${FN})`);
  console.log(`== ${label}  (mean functional recall ${(sumRecall / FUNCTIONAL.length).toFixed(3)})\n  ` + lines.join('\n  '));
  return { minRecall, draftsP, draftsR };
}

if (process.argv[1]?.endsWith("eval-a8.ts")) {
  const verbose = process.argv.includes('--verbose');
  // Gate overrides for sweeps, as in scripts/cv-a8.ts.
  if (process.env.A8_EVIDENCE) setA8Evidence(Number(process.env.A8_EVIDENCE));
  if (process.env.A8_REPORTED) setA8Reported(Number(process.env.A8_REPORTED));
  if (process.env.A8_DRAFT) setA8Draft(Number(process.env.A8_DRAFT));
  if (process.env.A8_PLAIN) setA8Plain(Number(process.env.A8_PLAIN));
  if (process.env.A8_WINDOW) setA8Window(process.env.A8_WINDOW === '1');
  if (process.argv.includes('--grammar')) {
    useA8Learned(false);
    report('grammar alone');
    useA8Learned(true);
  }
  const ts = process.argv.slice(2).filter((a) => !a.startsWith('-')).map(Number).filter((x) => !Number.isNaN(x));
  if (!ts.length) report('shipped', verbose);
  for (const t of ts) {
    setA8Threshold(t);
    report(`threshold ${t}`, verbose);
  }
}
