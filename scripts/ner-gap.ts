// `npx tsx scripts/ner-gap.ts FILE`: error analysis only (never tuning input for training): gold persons the
// tagger alone finds but the whole detector drops, with the token facts the detector's rules look at, to see
// which rule costs recall. CoNLL-2002 ned.testb / WNUT-17 test must never be passed.
import { evaluate } from '../src/protocol/evaluate.ts';
import { tokenize } from '../src/protocol/detectors/tokenize.ts';
import { spellingLevel } from '../src/protocol/ner/spelling.ts';
import { commonWords } from '../src/protocol/ner/common.ts';
import { lexKind } from '../src/protocol/ner/features.ts';
import { personSpans, tagTokens } from '../src/protocol/ner/tagger.ts';
import { DEFAULT_SETTINGS } from '../src/settings/schema.ts';
import { readConll } from './ner-data.ts';

const ov = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[1] && b[0] < a[1];
for (const file of process.argv.slice(2)) {
  let dropped = 0, added = 0;
  for (const s of readConll(file)) {
    const tokens = tokenize(s.text);
    const margins = new Float64Array(tokens.length);
    const spans = personSpans(tagTokens(tokens, undefined, margins)).map(([a, b]) => [tokens[a]!.start, tokens[b]!.end, a] as const);
    const names = evaluate({ text: s.text }, DEFAULT_SETTINGS).findings.filter((f) => f.category === 'name').map((f) => [f.start, f.end] as [number, number]);
    for (const g of s.persons) {
      const bySpan = spans.find((p) => ov(g, [p[0], p[1]]));
      const byDet = names.some((n) => ov(g, n));
      if (bySpan && !byDet) {
        dropped++;
        const t = tokens[bySpan[2]]!;
        const l = t.lower.replace(/'s$/, '');
        console.log(`DROP ${s.text.slice(g[0], g[1])} | ss=${t.sentenceStart} spell=${spellingLevel(l)} common=${commonWords().has(l)} lex=${lexKind(t)} m=${margins[bySpan[2]]!.toFixed(0)} next=${JSON.stringify(s.text.slice(t.end, t.end + 12))} ‹${s.text.slice(Math.max(0, g[0] - 40), g[1] + 30)}›`);
      }
      if (!bySpan && byDet) added++;
    }
  }
  console.log(`${file}: tagger-found persons the detector drops ${dropped}; detector-found persons the tagger missed ${added}`);
}
