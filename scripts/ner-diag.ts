// `npx tsx scripts/ner-diag.ts FILE... [--bias b1,b2,...]`: the tagger alone (no context rules of
// detectors/names.ts) on CoNLL-format files, person spans with overlap matching, for a range of B biases —
// to see what the model gives and what the rules around it add or take. Scores only; nothing is tuned here
// automatically, and CoNLL-2002 ned.testb / WNUT-17 test must never be passed.
import { tokenize } from '../src/protocol/detectors/tokenize.ts';
import { personSpans, shippedModel, tagTokens } from '../src/protocol/ner/tagger.ts';
import { readConll } from './ner-data.ts';

const args = process.argv.slice(2);
const bi = args.indexOf('--bias');
const biases = bi >= 0 ? args[bi + 1]!.split(',').map(Number) : [0];
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--bias');
const base = shippedModel();
for (const file of files) {
  const sentences = readConll(file);
  for (const bias of biases) {
    let gold = 0, pred = 0, right = 0, found = 0;
    const model = { ...base, bias: (base.bias ?? 0) + bias };
    for (const s of sentences) {
      const tokens = tokenize(s.text);
      const spans = personSpans(tagTokens(tokens, model)).map(([a, b]) => [tokens[a]!.start, tokens[b]!.end] as const);
      gold += s.persons.length;
      pred += spans.length;
      for (const p of spans) if (s.persons.some((g) => g[0] < p[1] && p[0] < g[1])) right++;
      for (const g of s.persons) if (spans.some((p) => g[0] < p[1] && p[0] < g[1])) found++;
    }
    console.log(`${file} bias ${bias}: tagger alone P ${(right / pred).toFixed(3)} R ${(found / gold).toFixed(3)} (${pred} spans, ${gold} persons)`);
  }
}
