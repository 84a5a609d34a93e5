// The protocol evaluator: judges one draft against the school's protocol. Pure and synchronous.
import { detectLanguage } from './language.ts';
import { normalize } from './normalize.ts';
import { detectRelated } from './related.ts';
import type { Rule, RuleContext } from './rule.ts';
import { RULES } from './rules/index.ts';
import type { Draft, Evaluation, Finding, Settings } from './types.ts';

export function evaluate(draft: Draft, settings: Settings, rules: readonly Rule[] = RULES): Evaluation {
  const norm = normalize(draft.text);
  const lang = detectLanguage(norm);
  const related = detectRelated(norm, settings);
  const ctx: RuleContext = { draft, settings, norm, lang, related };
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (!settings.rules[rule.meta.setting]) continue;
    findings.push(...rule.check(ctx));
  }
  findings.sort((a, b) => (a.start ?? -1) - (b.start ?? -1));
  return { related, lang, findings };
}
