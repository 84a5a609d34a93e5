// `npx tsx scripts/cv-context.ts [--lobo]`: how the learned relatedness term does on drafts it was not fitted on.
// Trains on training/context/*.jsonl only and scores every labelled batch under tests/corpus/ (related accuracy,
// rules alone against rules + beta × model for a few betas), plus a 5-fold cross-validation on the training drafts
// themselves (which the hand rules never saw either). With --lobo, each batch is also scored by a model fitted on
// the training drafts plus every other batch (leave one batch out).
import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusFiles } from '../tests/corpus/scoring.ts';
import { decide, logit, prepare, readDir, readFile, SEED, train, type Prepared } from './train-context-lib.ts';
import { rng } from './seeded-rng.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BETAS = (process.env.CTX_BETAS ?? '0,0.5,1,1.5,2,3').split(',').map(Number);
const onlyOpen = process.env.CTX_TRAIN_ON !== 'all';
const lobo = process.argv.includes('--lobo');

const trainRows = readDir(join(root, 'training', 'context'));
const T = prepare(trainRows);
const batches = corpusFiles().map((f) => ({ name: basename(f, '.jsonl'), items: prepare(readFile(f, basename(f))) }));
const fitOn = (xs: Prepared[]) => train(onlyOpen ? xs.filter((p) => p.open) : xs);

function accuracy(items: Prepared[], zs: number[], beta: number): number {
  let right = 0;
  items.forEach((p, i) => (right += decide(p, zs[i]!, beta) === p.row.related ? 1 : 0));
  return right / items.length;
}
const fmt = (xs: number[]) => xs.map((x) => x.toFixed(3)).join('  ');
console.log(`training drafts: ${T.length} (${T.filter((p) => p.open).length} the rules leave open); betas ${BETAS.join(', ')}; fitted on ${onlyOpen ? 'open drafts' : 'all drafts'}`);

if (T.length) {
  // 5-fold cross-validation on the training drafts.
  const r = rng(SEED + 11);
  const fold = T.map(() => Math.floor(r() * 5));
  const zs = new Array<number>(T.length).fill(0);
  for (let k = 0; k < 5; k++) {
    const m = fitOn([...T.filter((_, i) => fold[i] !== k), ...(process.env.CTX_PLUS_BATCHES === '1' ? batches.flatMap((b) => b.items) : [])]);
    T.forEach((p, i) => fold[i] === k && (zs[i] = logit(m, p)));
  }
  console.log(`${'ctx-train 5-fold'.padEnd(28)} ${fmt(BETAS.map((b) => accuracy(T, zs, b)))}`);
  // The seeded half of the training drafts that was never read while the rules were written (see
  // training/context/README.md): the honest figure for rules and rules + model together.
  const keep = T.map((p) => parseInt(createHash('sha256').update('s22-' + p.row.id).digest('hex').slice(-1), 16) % 2 === 1);
  for (const [name, want] of [['keep half (unread)', true], ['look half (read)', false]] as const) {
    const idx = T.map((_, i) => i).filter((i) => keep[i] === want);
    console.log(`${('  ' + name).padEnd(28)} ${fmt(BETAS.map((b) => accuracy(idx.map((i) => T[i]!), idx.map((i) => zs[i]!), b)))}`);
  }
  const m = fitOn(T);
  for (const b of batches) console.log(`${(b.name + ' (fit: ctx-train)').padEnd(28)} ${fmt(BETAS.map((beta) => accuracy(b.items, b.items.map((p) => logit(m, p)), beta)))}`);
}
if (lobo) {
  for (const b of batches) {
    const m = fitOn([...T, ...batches.filter((o) => o !== b).flatMap((o) => o.items)]);
    console.log(`${(b.name + ' (lobo)').padEnd(28)} ${fmt(BETAS.map((beta) => accuracy(b.items, b.items.map((p) => logit(m, p)), beta)))}`);
  }
}
