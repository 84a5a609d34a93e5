// `npx tsx scripts/cv-a8.ts [THRESHOLD…]`: k-fold cross-validation of the learned A8 classifier on its own training
// rows (training/a8/*.jsonl), scored through the whole rule (grammar + model + cancellers), so the threshold can be
// chosen on training folds instead of on a test file. Each fold: train on the other folds (plus the synthetic
// negatives), judge the held fold's texts. Prints recall over abusive rows, contrast (labelled non-abusive rows left
// unflagged) and false alarms on the public neutral sentences, per threshold. A8_FOLDS (default 5).
import { join } from 'node:path';
import { setA8Draft, setA8Plain, setA8Evidence, setA8Reported, setA8Threshold, setTrace } from '../src/protocol/abuse/analyze.ts';
import { useA8Model } from '../src/protocol/abuse/learned.ts';
import { evaluate } from '../src/protocol/evaluate.ts';
import { DEFAULT_SETTINGS } from '../src/settings/schema.ts';
import { fit, quantise, readRows, SEED } from './train-a8-lib.ts';
import { rng } from './seeded-rng.ts';

const K = Number(process.env.A8_FOLDS ?? 5);
// Gate overrides for sweeps: A8_EVIDENCE (least evidence), A8_REPORTED (least probability in a reporting sentence).
if (process.env.A8_EVIDENCE) setA8Evidence(Number(process.env.A8_EVIDENCE));
if (process.env.A8_REPORTED) setA8Reported(Number(process.env.A8_REPORTED));
if (process.env.A8_DRAFT) setA8Draft(Number(process.env.A8_DRAFT));
if (process.env.A8_PLAIN) setA8Plain(Number(process.env.A8_PLAIN));
const thresholds = process.argv.slice(2).map(Number).filter((x) => !Number.isNaN(x));
const ts = thresholds.length ? thresholds : [0.5, 0.6, 0.7, 0.8];
const rows = readRows(join(import.meta.dirname, '..', 'training', 'a8'));
const r = rng(SEED + 11);
const fold = rows.map(() => Math.floor(r() * K));
const acc = ts.map(() => ({ pos: 0, tp: 0, neg: 0, tn: 0, pub: 0, pubFp: 0 }));
const perCat = new Map<string, number[]>();
/** Per threshold and training file: rows judged right (abusive flagged, the rest left alone) of all. */
const perFile = new Map<string, number[]>();
/** A8_WHY=1: count the reasons abusive rows were missed, per threshold. */
const WHY = !!process.env.A8_WHY;
const why = ts.map(() => new Map<string, number>());
for (let k = 0; k < K; k++) {
  const q = quantise(fit(rows.filter((_, i) => fold[i] !== k)));
  useA8Model({ weights: q.q, scale: q.scale, bias: q.bias, threshold: 0.7 });
  const held = rows.filter((_, i) => fold[i] === k);
  ts.forEach((t, ti) => {
    setA8Threshold(t);
    const a = acc[ti]!;
    for (const row of held) {
      const tr: string[] = [];
      if (WHY) setTrace(tr);
      const hit = evaluate({ text: row.text, site: 'facebook' }, DEFAULT_SETTINGS).findings.some((f) => f.code === 'abusive');
      setTrace(null);
      // Why an abusive row was missed: the last reason the model gave (p, evidence, no target, draft…).
      if (WHY && row.abusive && !hit && !row.file.endsWith('neutral.jsonl')) {
        const last = tr.filter((x) => x.startsWith('learned blocked')).map((x) => x.replace(/ [\d.]+$/, '')).pop() ?? 'no model verdict';
        why[ti]!.set(last, (why[ti]!.get(last) ?? 0) + 1);
      }
      const pf = perFile.get(`${t} ${row.file}`) ?? [0, 0];
      pf[0]!++; if (hit === row.abusive) pf[1]!++;
      perFile.set(`${t} ${row.file}`, pf);
      if (row.file.endsWith('neutral.jsonl')) { a.pub++; if (hit) a.pubFp++; continue; }
      if (row.abusive) { a.pos++; if (hit) a.tp++; } else { a.neg++; if (!hit) a.tn++; }
      const key = `${row.category} ${row.abusive ? 'fire' : 'quiet'}`;
      const c = perCat.get(key) ?? ts.map(() => 0).concat(0);
      if (hit === row.abusive) c[ti]!++;
      if (ti === 0) c[ts.length]!++;
      perCat.set(key, c);
    }
  });
  process.stderr.write(`fold ${k + 1}/${K}\n`);
}
useA8Model(null);
setA8Threshold(null);
ts.forEach((t, ti) => {
  const a = acc[ti]!;
  console.log(`t=${t}  CV recall ${(a.tp / a.pos).toFixed(3)} (${a.tp}/${a.pos})  contrast ${(a.tn / a.neg).toFixed(3)} (${a.tn}/${a.neg})  neutral posts (public + team) false alarms ${a.pubFp}/${a.pub}`);
});
if (WHY) ts.forEach((t, ti) => console.log(`t=${t} misses by reason: ${[...why[ti]!].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k.replace('learned blocked: ', '')} ${n}`).join(', ')}`));
if (process.argv.includes('--cats') || process.env.A8_CATS) {
  for (const [k, c] of [...perCat].sort()) console.log(`  ${k.padEnd(30)} ${ts.map((_, i) => `${c[i]}/${c[ts.length]}`).join('  ')}`);
}
for (const [k, [n, right]] of [...perFile].sort()) console.log(`  per file t=${k.padEnd(28)} right ${(right! / n!).toFixed(3)} (${right}/${n})`);
