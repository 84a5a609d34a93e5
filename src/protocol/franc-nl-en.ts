// franc-min's `franc(value, { only: ['nld', 'eng'], minLength })`, with only the data that call can use (see
// scripts/build-franc-subset.ts): the same algorithm, step for step, so every answer is the same
// (tests/unit/franc-nl-en.test.ts compares them). franc-min itself turns all of its 82 models into tables when it
// loads; here the two tables are built on the first call, which most drafts never make.
import { expressions } from 'franc-min/expressions.js';
import { asTuples } from 'trigram-utils';
import { MODELS } from './data/franc-nl-en.generated.ts';

const MAX_LENGTH = 2048;
/** What franc adds for a trigram a model does not have. */
const MAX_DIFFERENCE = 300;
const own = {}.hasOwnProperty;

let tables: [string, Record<string, number>][] | undefined;

function modelTables(): [string, Record<string, number>][] {
  return (tables ??= MODELS.map(([lang, packed]) => {
    const model = packed.split('|');
    const trigrams: Record<string, number> = {};
    let weight = model.length;
    // From the end, as franc does: a trigram listed twice keeps its first (lowest) weight.
    while (weight--) trigrams[model[weight]!] = weight;
    return [lang, trigrams];
  }));
}

/** The script whose pattern matches the largest share of `value` (the first such, in franc's order). */
function topScript(value: string): string | undefined {
  let topCount = -1;
  let top: string | undefined;
  for (const script in expressions) {
    if (!own.call(expressions, script)) continue;
    const found = value.match(expressions[script]!);
    const count = (found ? found.length : 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return top;
}

/** 'nld', 'eng', or 'und' (too short, or mostly in a script other than Latin): franc-min's answer. */
export function francNlEn(value: string, minLength: number): 'nld' | 'eng' | 'und' {
  if (!value || value.length < minLength) return 'und';
  value = value.slice(0, MAX_LENGTH);
  // franc compares models of the most-used script only; for any script but Latin, none of them is nld or eng.
  if (topScript(value) !== 'Latin') return 'und';
  const trigrams = asTuples(value);
  const distances = modelTables().map(([lang, model]): [string, number] => {
    let distance = 0;
    for (const [trigram, count] of trigrams) {
      let difference = MAX_DIFFERENCE;
      if (trigram in model) {
        difference = count - model[trigram]! - 1;
        if (difference < 0) difference = -difference;
      }
      distance += difference;
    }
    return [lang, distance];
  });
  // A stable sort, as franc's: on a tie the model listed first wins.
  distances.sort((a, b) => a[1] - b[1]);
  return distances[0]![0] as 'nld' | 'eng';
}
