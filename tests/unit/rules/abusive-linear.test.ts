// A8 must cost time linear in the draft's length, including one long "word" (a run of digits or capitals) and a
// long text without stops. Not timed (a shared machine makes timings flaky): the analysis counts its own work
// (work.steps in src/protocol/abuse/tokens.ts, added where the cost grows with a word's or a clause's length),
// and twice the input must cost about twice the work. Before the caps, one 10k-character run of digits cost
// about 100 times the work of a 1k one.
import { describe, expect, it } from 'vitest';
import { work } from '../../../src/protocol/abuse/tokens.ts';
import { evaluate } from '../../../src/protocol/evaluate.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema.ts';

const SHAPES: [string, (n: number) => string][] = [
  ['one run of digits', (n) => '1234567890'.repeat(n / 10)],
  ['one run of capitals', (n) => 'ABCDEFGHIJ'.repeat(n / 10)],
  ['one run of letters', (n) => 'kankerlijer'.repeat(Math.ceil(n / 11)).slice(0, n)],
  ['letters typed apart', (n) => 's u k k e l '.repeat(Math.ceil(n / 12)).slice(0, n)],
  ['words without stops', (n) => 'jij bent een sukkel en ik sla je kan niet negeren haar tieten '.repeat(Math.ceil(n / 63)).slice(0, n)],
  ['insults without spaces', (n) => 'sukkel-idioot-'.repeat(Math.ceil(n / 14)).slice(0, n)],
];

function stepsFor(text: string): number {
  work.steps = 0;
  evaluate({ text }, DEFAULT_SETTINGS);
  return work.steps;
}

describe('A8 work grows linearly', () => {
  it.each(SHAPES)('%s', (_label, make) => {
    const small = stepsFor(make(5_000));
    const large = stepsFor(make(10_000));
    const huge = stepsFor(make(20_000));
    // Twice the text, at most a little over twice the work (pieces and clause edges shift a little).
    expect(large).toBeLessThanOrEqual(small * 2.2 + 1000);
    expect(huge).toBeLessThanOrEqual(large * 2.2 + 1000);
  });

  it('still finds abuse at the end of a long draft without stops', () => {
    const text = 'we hebben vandaag een mooie les gehad over de gouden eeuw '.repeat(50) + 'en jij bent een vuile klootzak';
    const f = evaluate({ text }, DEFAULT_SETTINGS).findings.filter((x) => x.code === 'abusive');
    expect(f.map((x) => text.slice(x.start, x.end))).toContainEqual(expect.stringContaining('klootzak'));
  });
});
