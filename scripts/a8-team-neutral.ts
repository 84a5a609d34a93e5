// `npx tsx scripts/a8-team-neutral.ts [FILE…]`: writes training/a8/team-neutral.jsonl, ordinary social-media posts
// with people's names as negatives for the learned A8 classifier, from the team's name-tagger set
// /work/train/ner-nl-2.jsonl (CC0, written for Postwacht: Dutch, Frisian and English posts in seven registers, names
// marked [[…]]). The A8 model judges teachers' and parents' long posts sentence by sentence; its other negatives are
// short sentences, so without these it read "every number" or "your tutor group surprises you" as mockery. The
// [[ ]] marks are removed. A post is left out when the A8 grammar flags it or it holds a slur or a dehumanising
// noun (as in a8-neutral-sample.ts): a negative that is abuse would teach the model the wrong thing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeAbuse, useA8Learned } from '../src/protocol/abuse/analyze.ts';
import { C } from '../src/protocol/abuse/learned.ts';
import { normalize } from '../src/protocol/normalize.ts';
import { unitsOf } from './train-a8-lib.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = process.argv.slice(2).length ? process.argv.slice(2) : ['/work/train/ner-nl-2.jsonl'];
useA8Learned(false);
const rows: string[] = [];
let dropped = 0;
for (const f of files.filter(existsSync)) {
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; register?: string; text: string };
    const text = r.text.replace(/\[\[|\]\]/g, '');
    const norm = normalize(text);
    if (analyzeAbuse(norm.lower, norm.text).length || unitsOf(text, true).some((u) => u.cls.some((b) => b & (C.SLUR | C.DEHUM)))) {
      dropped++;
      continue;
    }
    rows.push(JSON.stringify({ id: `tn-${r.id}`, lang: 'nl', category: `neutral_${r.register ?? 'social'}`, text, abusive: false }));
  }
}
writeFileSync(join(root, 'training', 'a8', 'team-neutral.jsonl'), rows.join('\n') + '\n');
console.log(`team-neutral.jsonl: ${rows.length} posts kept, ${dropped} left out (flagged by the grammar or holding a slur)`);
