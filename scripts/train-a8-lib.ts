// Training of the learned A8 classifier (src/protocol/abuse/learned.ts), shared by `npm run train:a8`
// (scripts/train-a8.ts) and the unit test that checks the committed weights are what the script produces.
// Reproducible: fixed seed (scripts/seeded-rng.ts), files read in sorted order, no time-dependent input.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { a8Units } from '../src/protocol/abuse/analyze.ts';
import { A8_BUCKETS, featureScale, featurize, type Unit } from '../src/protocol/abuse/learned.ts';
import { normalize } from '../src/protocol/normalize.ts';
import { a8Synthetic } from './a8-synthetic.ts';
import { synthetic } from './ner-synthetic.ts';
import { rng } from './seeded-rng.ts';

export const SEED = 20261202;
const EPOCHS = 30;
const LR = 0.4;
const L2 = 2e-5;
const CLASS_BALANCE = process.env.A8_BALANCE === "1";
const SENT_NEG = process.env.A8_SENT_NEG !== "0";
/** Synthetic school drafts (the name tagger's generator) whose sentences are negatives: ordinary posts. */
const SCHOOL_DRAFTS = 1500;
/** Ordinary sentences that address the reader or name people (scripts/a8-synthetic.ts). */
const SYNTHETIC_NEUTRAL = 2000;

export interface Row {
  id: string;
  lang: string;
  category: string;
  text: string;
  abusive: boolean;
  file: string;
}

export interface Example {
  feats: Int32Array;
  v: number;
  y: 0 | 1;
}

export function readRows(dir: string): Row[] {
  const rows: Row[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as Omit<Row, 'file'>;
      if (typeof r.text !== 'string' || typeof r.abusive !== 'boolean') continue;
      rows.push({ ...r, file: f });
    }
  }
  return rows;
}

/** The units of a text as the rule sees it (normalised like evaluate.ts). */
export function unitsOf(text: string, whole: boolean): Unit[] {
  const norm = normalize(text);
  return a8Units(norm.lower, norm.text, whole);
}

export function example(u: Unit, y: 0 | 1): Example {
  const feats: number[] = [];
  featurize(u, feats, []);
  return { feats: Int32Array.from(feats), v: featureScale(feats.length), y };
}

/** Training examples: each labelled text as one unit; each sentence of the synthetic school drafts as a negative. */
export function examples(rows: Row[], withDrafts = true): Example[] {
  const out: Example[] = [];
  for (const r of rows) {
    for (const u of unitsOf(r.text, true)) out.push(example(u, r.abusive ? 1 : 0));
    // The rule judges a draft sentence by sentence: each sentence of an ordinary post is a negative too, so one
    // proud or chatty sentence ("that's it, that's the post") is not read as abuse once it stands alone.
    if (!r.abusive && SENT_NEG) {
      const sents = unitsOf(r.text, false);
      if (sents.length > 1) for (const u of sents) out.push(example(u, 0));
    }
  }
  if (withDrafts) {
    for (const s of synthetic(rng(SEED + 1), SCHOOL_DRAFTS)) for (const u of unitsOf(s.text, false)) out.push(example(u, 0));
    for (const s of a8Synthetic(SEED + 2, SYNTHETIC_NEUTRAL)) for (const u of unitsOf(s.text, true)) out.push(example(u, 0));
  }
  return out;
}

/**
 * The rule judges a long draft sentence by sentence, but an abusive post of several sentences is labelled as a
 * whole: which sentence carries the abuse is not written down. Multiple-instance learning, one round: train on the
 * whole texts, then add, for each abusive text of several sentences, its sentence the first model scores highest as
 * a positive, and train again. A8_MIL=0 turns it off (for cross-validation).
 */
const MIL = process.env.A8_MIL !== '0';
/** Rounds of multiple-instance learning (each re-picks the best sentence under the model of the round before). */
const MIL_ROUNDS = Number(process.env.A8_MIL_ROUNDS ?? 1);
/**
 * A sentence of an abusive text of several sentences that the model of the round before scores below this is an
 * ordinary sentence of the post (the writers' long posts hold one or two abusive sentences in a friendly post):
 * a negative, so the friendly sentences of such a post do not teach the model that greetings signal abuse.
 * 0 turns it off.
 */
const MIL_NEG = Number(process.env.A8_MIL_NEG ?? 0);
export function fit(rows: Row[], withDrafts = true): Trained {
  const base = examples(rows, withDrafts);
  let model = train(base);
  if (!MIL) return model;
  const multi = rows.filter((r) => r.abusive).map((r) => unitsOf(r.text, false)).filter((s) => s.length >= 2);
  for (let round = 0; round < MIL_ROUNDS; round++) {
    const extra: Example[] = [];
    for (const sents of multi) {
      let best: Example | null = null;
      let bestP = -1;
      const scored = sents.map((u) => {
        const e = example(u, 1);
        return { e, p: prob(model, e), u };
      });
      for (const { e, p } of scored) if (p > bestP) [best, bestP] = [e, p];
      if (best) extra.push(best);
      if (MIL_NEG > 0) for (const { e, p } of scored) if (e !== best && p < MIL_NEG) extra.push({ ...e, y: 0 });
    }
    if (!extra.length) return model;
    model = train(base.concat(extra));
  }
  return model;
}

export interface Trained {
  weights: Float64Array;
  bias: number;
}

/** Logistic regression by stochastic gradient descent, L2-regularised, classes weighted to balance. */
export function train(data: Example[], seed = SEED): Trained {
  const random = rng(seed);
  const w = new Float64Array(A8_BUCKETS);
  let bias = 0;
  const pos = data.filter((e) => e.y === 1).length;
  const neg = data.length - pos;
  const cw = CLASS_BALANCE ? [data.length / (2 * Math.max(1, neg)), data.length / (2 * Math.max(1, pos))] : [1, 1];
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const lr = LR / (1 + epoch * 0.3);
    for (const idx of order) {
      const e = data[idx]!;
      let z = bias;
      for (let i = 0; i < e.feats.length; i++) z += w[e.feats[i]!]! * e.v;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - e.y) * cw[e.y]!;
      for (let i = 0; i < e.feats.length; i++) {
        const f = e.feats[i]!;
        w[f] = w[f]! - lr * (g * e.v + L2 * w[f]!);
      }
      bias -= lr * g * 0.1;
    }
  }
  return { weights: w, bias };
}

export interface Quantised {
  q: Int8Array;
  scale: number;
  bias: number;
  nonZero: number;
  base64: string;
  sha256: string;
}

/** int8 with one scale (the largest weight maps to 127); weights under half a unit become 0. */
export function quantise(t: Trained): Quantised {
  let max = 0;
  for (let i = 0; i < t.weights.length; i++) max = Math.max(max, Math.abs(t.weights[i]!));
  const scale = max / 127 || 1;
  const q = new Int8Array(t.weights.length);
  let nonZero = 0;
  for (let i = 0; i < q.length; i++) {
    q[i] = Math.max(-127, Math.min(127, Math.round(t.weights[i]! / scale)));
    if (q[i]) nonZero++;
  }
  const bytes = Buffer.from(q.buffer, q.byteOffset, q.byteLength);
  return { q, scale, bias: t.bias, nonZero, base64: bytes.toString('base64'), sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Probability of a unit under float weights (for the training figures). */
export function prob(t: { weights: ArrayLike<number>; bias: number; scale?: number }, e: Example): number {
  let z = t.bias;
  const s = t.scale ?? 1;
  for (let i = 0; i < e.feats.length; i++) z += t.weights[e.feats[i]!]! * s * e.v;
  return 1 / (1 + Math.exp(-z));
}
