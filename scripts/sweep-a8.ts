// `npx tsx scripts/sweep-a8.ts [THRESHOLD…]`: the learned A8 classifier's threshold against validation data
// (never trained on): recall and contrast on the released functional sets, A8 precision and recall on the draft
// corpora, for the grammar alone ("grammar") and grammar + model at each threshold.
import { existsSync, readFileSync } from 'node:fs';
import { setA8Evidence, setA8Threshold, useA8Learned } from '../src/protocol/abuse/analyze.ts';
import { evaluate } from '../src/protocol/evaluate.ts';
import { DEFAULT_SETTINGS } from '../src/settings/schema.ts';

const FUNCTIONAL = ['tests/functional/a8-heldout.jsonl', 'tests/functional/a8-own-setaside.jsonl', 'tests/functional/a8-final.jsonl', '/work/heldout/a8-tune.jsonl'].filter(existsSync);
const DRAFTS = ['../shared/corpus/dev.jsonl', ...[1, 2, 3, 4, 5, 6].map((i) => `tests/corpus/batch-${i}.jsonl`)].filter(existsSync);
const thresholds = process.argv.slice(2).map(Number).filter((x) => !Number.isNaN(x));
const read = (f: string) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { text: string; abusive?: boolean; expect?: { abusive?: boolean }; site?: string });
const fired = (text: string, site = 'facebook') => evaluate({ text, site: site as 'facebook' }, DEFAULT_SETTINGS).findings.some((f) => f.code === 'abusive');

function run(label: string): void {
  const cells: string[] = [];
  for (const f of FUNCTIONAL) {
    let pos = 0, tp = 0, neg = 0, tn = 0;
    for (const r of read(f)) {
      const hit = fired(r.text);
      if (r.abusive) { pos++; if (hit) tp++; } else { neg++; if (!hit) tn++; }
    }
    cells.push(`${f.split('/').pop()!.replace('.jsonl', '')} R ${(tp / pos).toFixed(3)} C ${(tn / neg).toFixed(3)}`);
  }
  let tp = 0, fp = 0, fn = 0;
  for (const f of DRAFTS) {
    for (const r of read(f)) {
      const exp = r.expect?.abusive ?? r.abusive ?? false;
      const hit = fired(r.text, r.site);
      if (hit && exp) tp++;
      else if (hit) fp++;
      else if (exp) fn++;
    }
  }
  cells.push(`drafts P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / (tp + fn)).toFixed(3)} (tp ${tp} fp ${fp} fn ${fn})`);
  console.log(label.padEnd(14), cells.join(' | '));
}

useA8Learned(false);
run('grammar');
useA8Learned(true);
const evidences = (process.env.A8_EVIDENCE ?? '0.5').split(',').map(Number);
for (const e of evidences) {
  setA8Evidence(e);
  for (const t of thresholds.length ? thresholds : [0.5, 0.6, 0.7, 0.8, 0.9]) {
    setA8Threshold(t);
    run(`t=${t} e=${e}`);
  }
}
