// The evaluator's first runs in a tab are cold: each rule builds its tables and compiles its patterns on first
// use (some 40–70 ms for all rules together in a busy tab). Until that has happened, a draft is evaluated in
// slices: rules run one after another in a task until it has taken SLICE_MS, then the next task goes on, so no
// single task comes near the 50 ms long-task line (a rule that alone takes longer cannot be cut), while rules
// that are cheap share a task instead of each waiting for its own turn in a busy page's task queue. After
// that, in one go.
//
// The first banner in a tab must not wait for the slowest cold rules (issue 14: ≤ 150 ms from the first
// keystroke). A CPU profile of that first evaluation in Chromium showed two rules taking most of it: personal
// data (the name lexicon, the tagger's weights and the place names decoded on first use, and the most patterns
// compiled) and the lesson-time reminder (its first `Intl.DateTimeFormat` with a time zone loads the time-zone
// data, tens of milliseconds on its own). So a cold evaluation runs every other rule first — the disclaimer
// (C3/C4), abuse (A8, which decides the banner's primary action) and the media rules — and hands that result to
// `onPartial` for a first banner; personal data and then the reminder follow in later tasks, and the result is
// the full evaluation, identical to `evaluate`. What arrives later only adds to the one-line summary (a name, a
// reminder) and marks in the text: the primary action and the harm line are already right in the first banner.
import { evaluate, prepare, runRules, sortFindings } from '../protocol/evaluate.ts';
import { RULES } from '../protocol/rules/index.ts';
import { DATA_WARMERS } from '../protocol/warm-data.ts';
import { WHOLE_BELOW } from '../protocol/fast-test.ts';
import type { Draft, Evaluation, Finding, Settings } from '../protocol/types.ts';

/** How long one task of a cold evaluation may run before it yields, well under the 50 ms long-task line. */
const SLICE_MS = 20;

/**
 * Rules that have run on a short draft, and on a long one. The cue patterns run whole on short text and split on
 * long text (fast-test.ts's WHOLE_BELOW), and each form is compiled on its first use: a warm evaluator whose
 * draft grows past that length would compile the split forms of every rule in one task (a 700 ms long task on
 * the busy feed page, at load 15). So a draft of the other length is evaluated cold, in slices, the first time.
 */
const warmShort = new Set<unknown>();
const warmLong = new Set<unknown>();
const warmFor = (text: string) => (text.length < WHOLE_BELOW ? warmShort : warmLong);
const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

/** Has every rule run on a draft of this one's length class (short by default)? */
export const isWarm = (text = ''): boolean => warmFor(text).size === RULES.length;

let dataWarmed = 0;
const WARM_TEXT = 'Warm-up: ik werk als docent bij de school; Jan de Vries, jan@example.org, 06-12345678.';
/** The same characters, stored two bytes per character: a slice of a string that holds one beyond U+00FF. */
const WARM_TEXT_TWO_BYTE = `\u2014${WARM_TEXT}`.slice(1);
/** Long enough that the cue patterns run split (fast-test.ts's WHOLE_BELOW), as on a long draft. */
const WARM_LONG = `${WARM_TEXT} `.repeat(Math.ceil(WHOLE_BELOW / WARM_TEXT.length));
const WARM_LONG_TWO_BYTE = `\u2014${WARM_LONG}`.slice(1);
/**
 * Every rule on the sample, then every rule again, in the sample's two storage forms, twice each. V8 compiles a
 * pattern separately for strings stored one byte per character and two (text read from the page's DOM often
 * comes as the latter, a literal as the former), and runs a pattern's first match in its bytecode interpreter
 * before compiling it to machine code on the next. Warmed once in one form, a CPU profile of the first real draft
 * still showed most of its time compiling patterns. Then the same on a long sample, for the patterns that run split
 * on long drafts only (fast-test.ts). One rule on one form per step keeps each step short.
 */
const WARM_STEPS: readonly { rule: (typeof RULES)[number]; text: string }[] = [
  WARM_TEXT,
  WARM_TEXT_TWO_BYTE,
  WARM_TEXT,
  WARM_TEXT_TWO_BYTE,
  WARM_LONG,
  WARM_LONG_TWO_BYTE,
  WARM_LONG,
  WARM_LONG_TWO_BYTE,
].flatMap((text) => RULES.map((rule) => ({ rule, text })));
let warmStep = 0;

/**
 * One step of warming: first the large data tables one by one (each a step of its own), then one rule on one
 * form of a sample draft (WARM_STEPS), so the first real use is warm. Returns false when all are warm.
 */
export function warmOneRule(settings: Settings): boolean {
  // Once every rule has run the tables exist; only a cold evaluator gains from building them apart.
  if (dataWarmed < DATA_WARMERS.length && !isWarm()) {
    DATA_WARMERS[dataWarmed++]!();
    return true;
  }
  const step = WARM_STEPS[warmStep++];
  if (!step) return false;
  try {
    evaluate({ text: step.text, site: 'x', now: 0 }, settings, [step.rule]);
  } finally {
    warmFor(step.text).add(step.rule);
  }
  return true;
}

/** Rules a cold evaluation leaves for after the first banner, in this order (see the top of this file). */
const LATER: readonly string[] = ['personal-data', 'during-lesson'];
/** RULES' indices in the order a cold evaluation runs them: every rule not in LATER, then LATER's. */
const COLD_ORDER: readonly number[] = [
  ...RULES.flatMap((r, i) => (LATER.includes(r.meta.code) ? [] : [i])),
  ...LATER.flatMap((code) => RULES.flatMap((r, i) => (r.meta.code === code ? [i] : []))),
];
/** How many of COLD_ORDER make the first pass. */
const FIRST_PASS = COLD_ORDER.length - RULES.filter((r) => LATER.includes(r.meta.code)).length;

/** Yields until the browser has had a chance to draw (a partial banner), then to the next task. */
const nextFrame = () =>
  typeof requestAnimationFrame === 'function' ? new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0))) : nextTask();

/**
 * Same result as `evaluate(draft, settings)`, in separate tasks while the rules are cold: the shared preparation
 * (normalisation, capped like evaluate's, language, school-relatedness) in one, then the rules, cheap ones sharing
 * a task. `onPartial`, when given, gets the findings of the first pass (every rule but LATER's) before the rest run.
 */
export async function evaluateSliced(draft: Draft, settings: Settings, onPartial?: (partial: Evaluation) => void): Promise<Evaluation> {
  if (isWarm(draft.text)) return evaluate(draft, settings);
  const warmRules = warmFor(draft.text);
  const { ctx, truncatedAt } = prepare(draft, settings);
  const result = (perRule: (Finding[] | undefined)[]): Evaluation => ({
    related: ctx.related,
    lang: ctx.lang,
    // Rule order, then the stable sort by place: exactly evaluate's order, whichever rule ran first.
    findings: sortFindings(perRule.flatMap((f) => f ?? [])),
    ...(truncatedAt !== undefined ? { truncatedAt } : {}),
  });
  await nextTask();
  const perRule: (Finding[] | undefined)[] = RULES.map(() => undefined);
  let sliceStart = performance.now();
  for (const [k, i] of COLD_ORDER.entries()) {
    const rule = RULES[i]!;
    perRule[i] = runRules(ctx, [rule]);
    warmRules.add(rule);
    if (k === FIRST_PASS - 1 && onPartial && k < COLD_ORDER.length - 1) {
      onPartial(result(perRule));
      await nextFrame();
      sliceStart = performance.now();
    } else if (performance.now() - sliceStart >= SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
  return result(perRule);
}
