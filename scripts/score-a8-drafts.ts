// `npx tsx scripts/score-a8-drafts.ts FILE…`: A8 precision and recall on draft corpora (JSONL with expect.abusive), listing
// the false positives and misses; npm run score prints A8 only as accuracy.
import { readFileSync } from 'node:fs';
import { evaluate } from '../src/protocol/evaluate.ts';
import { DEFAULT_SETTINGS } from '../src/settings/schema.ts';
const files = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const f of files) {
  let tp = 0, fp = 0, fn = 0;
  for (const l of readFileSync(f, 'utf8').split('\n')) {
    if (!l.trim()) continue;
    const r = JSON.parse(l);
    const exp = r.expect?.abusive ?? r.abusive;
    const got = evaluate({ text: r.text, site: r.site ?? 'facebook' }, DEFAULT_SETTINGS).findings.filter((x) => x.code === 'abusive');
    if (got.length && exp) tp++; else if (got.length) { fp++; console.log('  FP', r.text.slice(0, 150), '[', got.map((g) => g.text).join('|'), ']'); } else if (exp) { fn++; console.log('  FN', r.text.slice(0, 150)); }
  }
  console.log(f.split('/').pop(), `A8 P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / (tp + fn)).toFixed(3)} tp ${tp} fp ${fp} fn ${fn}`);
}
