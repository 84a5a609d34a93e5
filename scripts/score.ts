// `npm run score [-- --verbose] [-- FILE…]`: precision/recall per personal-data category and C3/C4/A8/related
// accuracy, for every labelled batch under tests/corpus/ apart (dev.jsonl first, then batch-N.jsonl in
// order), or for the files named.
import { basename } from 'node:path';
import { evaluate } from '../src/protocol/evaluate.ts';
import { DEFAULT_SETTINGS } from '../src/settings/schema.ts';
import { corpusFiles, formatScore, loadCorpus, score } from '../tests/corpus/scoring.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const named = args.filter((a) => !a.startsWith('-'));
const files = named.length ? named : corpusFiles();
for (const file of files) {
  const items = loadCorpus(file);
  const result = score(items, (item) => evaluate({ text: item.text, site: item.site }, DEFAULT_SETTINGS));
  console.log(`== ${basename(file)}: Postwacht on ${items.length} drafts\n`);
  console.log(formatScore(result));
  if (verbose) {
    console.log('\nMistakes:');
    for (const m of result.mistakes) console.log(`  ${m.id.padEnd(10)} ${m.kind.padEnd(20)} ${m.detail}`);
  }
  console.log('');
}
