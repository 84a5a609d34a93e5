// `npx tsx scripts/a8-import.ts SRC DEST`: copies a writers' A8 training file into training/a8/, dropping rows that
// equal or contain a validation text: the released functional sets (tests/functional/*.jsonl) and the draft
// corpora (tests/corpus/*.jsonl, ../shared/corpus/dev.jsonl) measure the model and must never be trained on.
// As in scripts/ner-copy-team-text.ts, texts are compared lower-cased with accents and punctuation folded, and a
// validation text counts whole and sentence by sentence (sentences of six words or more: shorter ones, "waar
// blijft de tijd", are everyday phrases, not a copied line). Long training posts embed one abusive sentence in
// an ordinary post, so containment, not only equality, is what would leak a test case into training.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [src, dest] = process.argv.slice(2);
if (!src || !dest) throw new Error('usage: a8-import.ts SRC DEST');
const fold = (t: string) => ' ' + t.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim() + ' ';
const files = [
  join('..', 'shared', 'corpus', 'dev.jsonl'),
  '/work/shared/corpus/dev.jsonl',
  ...['tests/corpus', 'tests/functional'].flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.jsonl')).map((f) => join(d, f))),
].filter(existsSync);
const whole = new Set<string>();
const needles = new Set<string>();
for (const f of files) {
  for (const l of readFileSync(f, 'utf8').split('\n')) {
    if (!l.trim()) continue;
    const text = String((JSON.parse(l) as { text?: unknown }).text ?? '');
    if (!text.trim()) continue;
    whole.add(fold(text));
    needles.add(fold(text));
    for (const s of text.split(/[.!?\n]+/)) if (fold(s).trim().split(' ').length >= 6) needles.add(fold(s));
  }
}
const needleList = [...needles].filter((n) => n.trim());
const kept: string[] = [];
const dropped: string[] = [];
let malformed = 0;
for (const l of readFileSync(src, 'utf8').split('\n')) {
  if (!l.trim()) continue;
  let r: { text?: unknown; abusive?: unknown };
  try {
    r = JSON.parse(l) as typeof r;
  } catch {
    malformed++;
    continue;
  }
  if (typeof r.text !== 'string' || typeof r.abusive !== 'boolean') { malformed++; continue; }
  const t = fold(r.text);
  const hit = whole.has(t) ? t : needleList.find((n) => t.includes(n));
  if (hit) { dropped.push(`${r.text.slice(0, 120)}  <- "${hit.trim().slice(0, 80)}"`); continue; }
  kept.push(JSON.stringify(r));
}
writeFileSync(dest, kept.join('\n') + '\n');
for (const d of dropped) console.log(`  dropped: ${d}`);
console.log(`${dest}: ${kept.length} rows kept, ${dropped.length} dropped (equal to or containing a validation text), ${malformed} malformed, ${files.length} validation files`);
