// `npx tsx scripts/a8-neutral-sample.ts [NER_DATA_DIR]`: writes training/a8/public-neutral.jsonl, a seeded sample
// of ordinary sentences from openly licensed corpora, as negatives for the learned A8 classifier. Without them the
// model, trained on short abusive and contrast sentences only, learns that "je", "moet" or "van" signal abuse and
// flags "dank je!" in a teacher's post. Sources (the name tagger's data, see src/protocol/data/NER.md):
//   Broad Twitter Corpus (btc/*.conll), CC BY 4.0, Derczynski, Bontcheva, Roberts 2016 — English tweets
//   WNUT-17 train split (wnut17/wnut17train.conll), CC BY 4.0, Derczynski et al. 2017 — English social media
//   UD Dutch Alpino and LassySmall (ud/*.conllu, the "# text" lines), CC BY-SA 4.0 — Dutch news, Wikipedia, web
// A sentence is left out when the A8 grammar flags it or it holds a slur or a dehumanising noun: public posts
// hold some abuse, and a negative that is abuse would teach the model the wrong thing.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeAbuse, useA8Learned } from '../src/protocol/abuse/analyze.ts';
import { C } from '../src/protocol/abuse/learned.ts';
import { normalize } from '../src/protocol/normalize.ts';
import { readConll } from './ner-data.ts';
import { rng } from './seeded-rng.ts';
import { unitsOf } from './train-a8-lib.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.argv[2] ?? process.env.NER_DATA ?? '/work/data/ner';
const PER_LANGUAGE = 1500;
const random = rng(20261203);

function sample<T>(a: T[], n: number): T[] {
  const b = [...a];
  for (let i = b.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [b[i], b[j]] = [b[j]!, b[i]!];
  }
  return b.slice(0, n);
}

const en: { text: string; source: string }[] = [];
for (const f of readdirSync(join(dataDir, 'btc')).filter((x) => x.endsWith('.conll')).sort()) {
  for (const s of readConll(join(dataDir, 'btc', f), false, true)) en.push({ text: s.text, source: 'btc' });
}
for (const s of readConll(join(dataDir, 'wnut17', 'wnut17train.conll'))) en.push({ text: s.text, source: 'wnut17-train' });
const nl: { text: string; source: string }[] = [];
for (const f of readdirSync(join(dataDir, 'ud')).filter((x) => x.endsWith('.conllu')).sort()) {
  for (const line of readFileSync(join(dataDir, 'ud', f), 'utf8').split('\n')) {
    if (line.startsWith('# text = ')) nl.push({ text: line.slice(9).trim(), source: 'ud-' + f.split('-')[0] });
  }
}

useA8Learned(false);
const clean = (r: { text: string }) => {
  if (r.text.length < 15 || r.text.length > 280) return false;
  const norm = normalize(r.text);
  if (analyzeAbuse(norm.lower, norm.text).length) return false;
  return !unitsOf(r.text, true).some((u) => u.cls.some((b) => b & (C.SLUR | C.DEHUM)));
};
const rows: string[] = [];
for (const [lang, list] of [['en', en], ['nl', nl]] as const) {
  sample(list.filter(clean), PER_LANGUAGE).forEach((r, i) => {
    rows.push(JSON.stringify({ id: `pub-${lang}-${i}`, lang, category: 'public_neutral', text: r.text, abusive: false, source: r.source }));
  });
}
writeFileSync(join(root, 'training', 'a8', 'public-neutral.jsonl'), rows.join('\n') + '\n');
console.log(`public-neutral.jsonl: ${rows.length} sentences (${en.length} English and ${nl.length} Dutch candidates)`);
