// `npx tsx scripts/a8-import.ts SRC DEST`: copies a writers' A8 training file into training/a8/, dropping rows whose
// text (lower-cased, punctuation and spacing folded) equals a validation text: the released functional sets, the
// tune set and the draft corpora measure the model and must never be trained on.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DRAFTS, FUNCTIONAL } from './eval-a8.ts';

const [src, dest] = process.argv.slice(2);
if (!src || !dest) throw new Error('usage: a8-import.ts SRC DEST');
const fold = (t: string) => t.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const held = new Set<string>();
for (const f of [...FUNCTIONAL, ...DRAFTS].filter(existsSync)) {
  for (const l of readFileSync(f, 'utf8').split('\n')) if (l.trim()) held.add(fold((JSON.parse(l) as { text: string }).text));
}
const kept: string[] = [];
let dropped = 0;
for (const l of readFileSync(src, 'utf8').split('\n')) {
  if (!l.trim()) continue;
  const r = JSON.parse(l) as { text?: unknown; abusive?: unknown };
  if (typeof r.text !== 'string' || typeof r.abusive !== 'boolean') { dropped++; continue; }
  if (held.has(fold(r.text))) { dropped++; continue; }
  kept.push(JSON.stringify(r));
}
writeFileSync(dest, kept.join('\n') + '\n');
console.log(`${dest}: ${kept.length} rows kept, ${dropped} dropped (identical to a validation text or malformed)`);
