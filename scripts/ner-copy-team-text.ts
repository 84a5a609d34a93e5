// `npx tsx scripts/ner-copy-team-text.ts SRC.jsonl DEST.jsonl`: copies a file of the team's person-marked
// training text (training/ner/README.md) into the repo, leaving out every row whose text equals or contains a
// sentence of a validation set — the dev corpus, the test batches and the functional sets — so that nothing the
// project is measured on is trained on. Texts are compared with the [[ ]] marks removed, in lower case, with
// punctuation folded to spaces; a validation text counts whole and sentence by sentence (sentences of six
// words or more: shorter ones, "waar blijft de tijd", are everyday phrases, not a copied line).
//
// `--fair FILE.conll ...`: also leave out rows that share a rare proper noun with the entities of an evaluation
// file that is scored but never trained on (CoNLL-2002 ned.testa): a capitalised word of four letters or more
// inside any entity there that neither the Debian word lists nor the first-name list know ("Sabena",
// "Delathouwer"). The writers write news from what everyone knows of Belgian and Dutch public life, so such
// words come back; left in, they would flatter the score on that file through word identity rather than
// through what carries to new text. Only the evaluation file's entity words are read, never its sentences.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const fairAt = args.indexOf('--fair');
const fairFiles = fairAt >= 0 ? args.slice(fairAt + 1) : [];
const [src, dest] = fairAt >= 0 ? args.slice(0, fairAt) : args;
if (!src || !dest) {
  console.error('usage: npx tsx scripts/ner-copy-team-text.ts SRC.jsonl DEST.jsonl');
  process.exit(2);
}

const fold = (t: string) => ' ' + t.replace(/\[\[|\]\]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim() + ' ';

const validation: string[] = [];
const shared = process.env.SHARED_DIR ?? join(root, '..', 'shared');
const files = [
  join(shared, 'corpus', 'dev.jsonl'),
  ...['tests/corpus', 'tests/functional'].flatMap((d) => readdirSync(join(root, d)).filter((f) => f.endsWith('.jsonl')).map((f) => join(root, d, f))),
];
for (const f of files) {
  if (!existsSync(f)) {
    console.warn(`(missing) ${f}`);
    continue;
  }
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const text = String((JSON.parse(line) as { text?: unknown }).text ?? '');
    if (!text) continue;
    validation.push(fold(text));
    for (const s of text.split(/[.!?\n]+/)) if (fold(s).trim().split(' ').length >= 6) validation.push(fold(s));
  }
}
const needles = [...new Set(validation)];

const dictWords = new Set<string>();
for (const p of ['/usr/share/dict/nederlands', '/usr/share/dict/american-english']) {
  if (existsSync(p)) for (const w of readFileSync(p, 'utf8').split('\n')) dictWords.add(w.toLowerCase());
}
const firstNames = new Set(
  fairFiles.length ? (JSON.parse(readFileSync(join(shared, 'data', 'names', 'first-names-nl.json'), 'utf8')) as { naam: string }[]).map((x) => x.naam.toLowerCase()) : [],
);
const rare = new Set<string>();
for (const f of fairFiles) {
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    const cols = line.trim().split(/\s+/);
    const [word, tag] = [cols[0] ?? '', cols[cols.length - 1] ?? 'O'];
    if (cols.length < 2 || tag === 'O' || word === '-DOCSTART-') continue;
    if (word.length >= 4 && /^\p{Lu}/u.test(word) && !dictWords.has(word.toLowerCase()) && !firstNames.has(word.toLowerCase())) rare.add(word);
  }
}
if (fairFiles.length && dictWords.size === 0) throw new Error('--fair needs the Debian word lists (apt-get install wdutch wamerican)');

const kept: string[] = [];
const dropped: string[] = [];
for (const line of readFileSync(src, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const row = JSON.parse(line) as { text: string };
  const t = fold(row.text);
  const shared = (row.text.replace(/\[\[|\]\]/g, ' ').match(/[\p{L}\p{N}_-]+/gu) ?? []).filter((w) => rare.has(w));
  const hit = needles.find((v) => t.includes(v)) ?? (shared.length ? `shares ${shared.join(', ')} with an evaluation file` : undefined);
  if (hit) dropped.push(`${row.text}  ⟵ "${hit.trim()}"`);
  else kept.push(line);
}
writeFileSync(dest, kept.join('\n') + '\n');
console.log(`${fairFiles.length ? `${rare.size} rare entity words of ${fairFiles.length} evaluation file(s); ` : ''}${files.length} validation files, ${needles.length} texts and sentences; kept ${kept.length} rows, left out ${dropped.length}`);
for (const d of dropped) console.log('  left out: ' + d.slice(0, 140));
