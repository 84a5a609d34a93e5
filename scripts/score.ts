// `npm run score [-- --verbose] [-- FILE]`: precision/recall per personal-data category and C3/C4/A8 accuracy.
import { evaluate } from '../src/protocol/evaluate.ts';
import { DEFAULT_SETTINGS } from '../src/settings/schema.ts';
import { formatScore, loadCorpus, score } from '../tests/corpus/scoring.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const file = args.find((a) => !a.startsWith('-'));
const items = loadCorpus(file);
const result = score(items, (item) => evaluate({ text: item.text, site: item.site }, DEFAULT_SETTINGS));
console.log(`Postwacht on ${items.length} drafts${file ? ` (${file})` : ' (tests/corpus/dev.jsonl)'}\n`);
console.log(formatScore(result));
if (verbose) {
  console.log('\nMistakes:');
  for (const m of result.mistakes) console.log(`  ${m.id.padEnd(8)} ${m.kind.padEnd(20)} ${m.detail}`);
}
