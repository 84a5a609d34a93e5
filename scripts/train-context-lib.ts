// The relatedness experiment of session 22 (scripts/cv-context.ts): a logistic regression over hashed words (and
// optionally the hand features) of a draft, fitted on training/context/*.jsonl, combined with the hand-set evidence
// of src/protocol/related.ts. Reproducible: fixed seed, files read in sorted order. It did not beat the hand rules
// on drafts it was not fitted on (training/context/README.md), so nothing of it ships.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CTX_BUCKETS, contextFeatures, featureScale } from './context-features.ts';
import { CUE } from '../src/protocol/context/cues.ts';
import { matches } from '../src/protocol/fast-test.ts';
import { normalize } from '../src/protocol/normalize.ts';
import { judgeRelated } from '../src/protocol/related.ts';
import { WEIGHTS } from '../src/protocol/context/weights.ts';
import type { Related } from '../src/protocol/types.ts';
import { DEFAULT_SETTINGS } from '../src/settings/schema.ts';
import { rng } from './seeded-rng.ts';

export const SEED = 20261202;
export const EPOCHS = 40;
export const LR = 0.5;
export const L2 = Number(process.env.CTX_L2 ?? 1e-4);
/** Whether the hand features are also model inputs (they then get fitted weights next to the hand-set ones). */
export const HAND_INPUTS = process.env.CTX_HAND === '1';
/** How the model's log-odds join the hand evidence: 'add' (always), 'gate' (only when no hand evidence either way). */
export const MODE = process.env.CTX_MODE ?? 'gate';
export const OFFSET = Number(process.env.CTX_OFFSET ?? 0);

export interface Row {
  id: string;
  text: string;
  related: Related;
  disclosure?: boolean;
  opinion?: boolean;
  file: string;
}

/** Labelled drafts of one jsonl file, in the corpus format (`expect.related`) or flat (`related`). */
export function readFile(path: string, file = path): Row[] {
  const rows: Row[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id?: string; text?: string; related?: Related; expect?: { related?: Related; disclosure?: boolean; opinion?: boolean }; disclosure?: boolean; opinion?: boolean };
    const related = r.expect?.related ?? r.related;
    if (typeof r.text !== 'string' || (related !== 'explicit' && related !== 'work' && related !== 'none')) continue;
    rows.push({ id: r.id ?? String(rows.length), text: r.text, related, disclosure: r.expect?.disclosure ?? r.disclosure, opinion: r.expect?.opinion ?? r.opinion, file });
  }
  return rows;
}

export function readDir(dir: string): Row[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readFile(join(dir, f), f));
}

/** A draft as the evaluation sees it: the hand-set judgement (without the model) and the model's features. */
export interface Prepared {
  row: Row;
  rule: Related;
  /** The hand evidence; the model term can only decide the drafts that the rules leave at `work` or `none`. */
  score: number;
  open: boolean;
  feats: Int32Array;
  v: number;
  y: 0 | 1;
}

export function prepare(rows: Row[]): Prepared[] {
  return rows.map((row) => {
    const norm = normalize(row.text);
    const j = judgeRelated(norm, DEFAULT_SETTINGS);
    // The model decides only where the rules reach the weighing: not a named school, not a sale, not "not as a teacher".
    const open = j.related !== 'explicit' && !j.features.includes('privateSale') && !matches(CUE.NOT_AS_STAFF, norm.lower);
    const feats = Int32Array.from(contextFeatures(process.env.CTX_WORDS === '0' ? '' : norm.lower, HAND_INPUTS ? j.features : []));
    return { row, rule: j.related, score: j.score, open: open && (process.env.CTX_NEG === '0' || !j.features.some((f) => WEIGHTS[f] < 0)), feats, v: featureScale(feats.length), y: row.related === 'none' ? 0 : 1 };
  });
}

export interface Trained {
  weights: Float64Array;
  bias: number;
}

/** Logistic regression by stochastic gradient descent, L2-regularised. */
export function train(data: Prepared[], seed = SEED): Trained {
  const random = rng(seed);
  const w = new Float64Array(CTX_BUCKETS);
  let bias = 0;
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const lr = LR / (1 + epoch * 0.2);
    for (const idx of order) {
      const e = data[idx]!;
      let z = bias;
      for (let i = 0; i < e.feats.length; i++) z += w[e.feats[i]!]! * e.v;
      const p = 1 / (1 + Math.exp(-z));
      const g = p - e.y;
      for (let i = 0; i < e.feats.length; i++) {
        const f = e.feats[i]!;
        w[f] = w[f]! - lr * (g * e.v + L2 * w[f]!);
      }
      bias -= lr * g * 0.1;
    }
  }
  return { weights: w, bias };
}

export function logit(t: { weights: ArrayLike<number>; bias: number; scale?: number }, e: Prepared): number {
  let z = t.bias;
  const s = (t.scale ?? 1) * e.v;
  for (let i = 0; i < e.feats.length; i++) z += t.weights[e.feats[i]!]! * s;
  return z;
}

/** The combined decision: the rules' explicit stands; otherwise hand evidence plus `beta` × the model's log-odds. */
export function decide(p: Prepared, z: number, beta: number, threshold = 2): Related {
  if (!p.open) return p.rule;
  if (MODE === 'gate' && (p.score >= threshold || p.score < 0)) return p.rule;
  if (MODE === 'gate') return p.score + beta * (z - OFFSET) >= threshold ? 'work' : 'none';
  if (MODE === 'model') return beta === 0 ? p.rule : z >= 0 ? 'work' : 'none';
  return p.score + beta * z >= threshold ? 'work' : 'none';
}

