// `npx tsx scripts/trace-a8.ts FILE… [--all]`: for each draft or functional case the A8 rule gets wrong (or every
// abusive one with --all), the grammar's and the model's trace per sentence: which frame fired, or why the model was
// blocked (p, evidence, draft gate, cancellers). For finding what misses have in common; prints no figures.
import { readFileSync } from 'node:fs';
import { analyzeAbuse, setTrace } from '../src/protocol/abuse/analyze.ts';
import { normalize } from '../src/protocol/normalize.ts';

const all = process.argv.includes('--all');
for (const f of process.argv.slice(2).filter((a) => !a.startsWith('-'))) {
  for (const l of readFileSync(f, 'utf8').split('\n')) {
    if (!l.trim()) continue;
    const r = JSON.parse(l) as { id?: string; category?: string; text: string; abusive?: boolean; expect?: { abusive?: boolean } };
    const exp = r.expect?.abusive ?? r.abusive ?? false;
    const t: string[] = [];
    setTrace(t);
    const norm = normalize(r.text);
    const got = analyzeAbuse(norm.lower, norm.text).length > 0;
    setTrace(null);
    if (got === exp && !(all && exp)) continue;
    console.log(`${got ? (exp ? 'TP' : 'FP') : 'FN'} ${r.id ?? ''} ${r.category ?? ''} ${r.text.slice(0, 160).replace(/\n/g, ' ')}`);
    for (const x of t) console.log(`     ${x}`);
  }
}
