// `npx tsx scripts/ud-a8.ts [DIR]`: how many Dutch treebank sentences (UD Dutch Alpino and LassySmall `# text`
// lines, CC BY-SA 4.0; default /work/data/ner/ud) the A8 rule flags. Ordinary news and Wikipedia prose: every
// finding is a false alarm. Prints the count and the flagged sentences.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setA8Evidence, setA8Plain, setA8Threshold, setA8Window } from '../src/protocol/abuse/analyze.ts';
import { evaluate } from '../src/protocol/evaluate.ts';
import { DEFAULT_SETTINGS } from '../src/settings/schema.ts';

if (process.env.A8_EVIDENCE) setA8Evidence(Number(process.env.A8_EVIDENCE));
if (process.env.A8_THRESHOLD) setA8Threshold(Number(process.env.A8_THRESHOLD));
if (process.env.A8_PLAIN) setA8Plain(Number(process.env.A8_PLAIN));
if (process.env.A8_WINDOW) setA8Window(process.env.A8_WINDOW === '1');
const dir = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? '/work/data/ner/ud';
let n = 0;
let fp = 0;
for (const f of readdirSync(dir).filter((x) => x.endsWith('.conllu')).sort()) {
  for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
    if (!line.startsWith('# text = ')) continue;
    n++;
    const text = line.slice(9).trim();
    const hit = evaluate({ text, site: 'facebook' }, DEFAULT_SETTINGS).findings.find((x) => x.code === 'abusive');
    if (hit) {
      fp++;
      if (process.argv.includes('--list')) console.log(`  ${hit.text} | ${text.slice(0, 140)}`);
    }
  }
}
console.log(`UD Dutch sentences flagged by A8: ${fp}/${n}`);
