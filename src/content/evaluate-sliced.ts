// The evaluator's first runs in a tab are cold: each rule builds its tables and compiles its patterns on first
// use (some 40–70 ms for all rules together in a busy tab). Until that has happened, a draft is evaluated in
// slices: rules run one after another in a task until it has taken SLICE_MS, then the next task goes on, so no
// single task comes near the 50 ms long-task line (a rule that alone takes longer cannot be cut), while rules
// that are cheap share a task instead of each waiting for its own turn in a busy page's task queue. After
// that, in one go.
import { evaluate, prepare, runRules, sortFindings } from '../protocol/evaluate.ts';
import { RULES } from '../protocol/rules/index.ts';
import { DATA_WARMERS } from '../protocol/warm-data.ts';
import type { Draft, Evaluation, Finding, Settings } from '../protocol/types.ts';

/** How long one task of a cold evaluation may run before it yields, well under the 50 ms long-task line. */
const SLICE_MS = 20;

const warmRules = new Set<unknown>();
const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

export const isWarm = (): boolean => warmRules.size === RULES.length;

let dataWarmed = 0;

/**
 * One step of warming: first the large data tables one by one (each a step of its own), then one rule on a
 * sample draft, so its first real use is warm. Returns false when all are warm.
 */
export function warmOneRule(settings: Settings): boolean {
  // Once every rule has run the tables exist; only a cold evaluator gains from building them apart.
  if (dataWarmed < DATA_WARMERS.length && !isWarm()) {
    DATA_WARMERS[dataWarmed++]!();
    return true;
  }
  const rule = RULES.find((r) => !warmRules.has(r));
  if (!rule) return false;
  try {
    evaluate({ text: 'Warm-up: ik werk als docent bij de school; Jan de Vries, jan@example.org, 06-12345678.', site: 'x', now: 0 }, settings, [rule]);
  } finally {
    warmRules.add(rule);
  }
  return true;
}

/**
 * Same result as `evaluate(draft, settings)`, in separate tasks while the rules are cold: the shared preparation
 * (normalisation, capped like evaluate's, language, school-relatedness) in one, then one rule per task.
 */
export async function evaluateSliced(draft: Draft, settings: Settings): Promise<Evaluation> {
  if (isWarm()) return evaluate(draft, settings);
  const { ctx, truncatedAt } = prepare(draft, settings);
  await nextTask();
  const findings: Finding[] = [];
  let sliceStart = performance.now();
  for (const rule of RULES) {
    findings.push(...runRules(ctx, [rule]));
    warmRules.add(rule);
    if (performance.now() - sliceStart >= SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
  return { related: ctx.related, lang: ctx.lang, findings: sortFindings(findings), ...(truncatedAt !== undefined ? { truncatedAt } : {}) };
}
