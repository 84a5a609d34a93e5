// `npm run score:a8 [-- FILE] [--verbose]`: scores the A8 rule on a functional set (default tests/functional/a8-heldout.jsonl): JSONL lines {id, lang, category, text, abusive}.
// Prints recall over abusive cases per category, and the share of contrast cases left unflagged.
import { readFileSync } from 'node:fs';
import { evaluate } from '../src/protocol/evaluate.ts';
import { DEFAULT_SETTINGS } from '../src/settings/schema.ts';

const file = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? new URL('../tests/functional/a8-heldout.jsonl', import.meta.url);
const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; lang: string; category: string; text: string; abusive: boolean });
const per = new Map<string, { n: number; right: number; abusive: boolean }>();
let pos = 0, tp = 0, neg = 0, tn = 0;
const verbose = process.argv.includes('--verbose');
for (const r of rows) {
  const ev = evaluate({ text: r.text, site: 'facebook' }, DEFAULT_SETTINGS);
  const fired = ev.findings.some((f) => f.code === 'abusive');
  const right = fired === r.abusive;
  const key = `${r.category} (${r.lang})`;
  const c = per.get(key) ?? { n: 0, right: 0, abusive: r.abusive };
  c.n++; if (right) c.right++;
  per.set(key, c);
  if (r.abusive) { pos++; if (fired) tp++; } else { neg++; if (!fired) tn++; }
  if (verbose && !right) console.log(`  miss ${r.id} ${key}`);
}
for (const [k, c] of [...per].sort()) console.log(`${c.abusive ? 'fire ' : 'quiet'} ${k.padEnd(32)} ${c.right}/${c.n}`);
console.log(`\nrecall over abusive cases: ${(tp / pos).toFixed(3)} (${tp}/${pos})`);
console.log(`contrast cases left unflagged: ${(tn / neg).toFixed(3)} (${tn}/${neg})`);
