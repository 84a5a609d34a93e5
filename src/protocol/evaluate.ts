// The protocol evaluator: judges one draft against the school's protocol. Pure and synchronous.
import { inProtocol, ruleArticle } from './articles.ts';
import { detectLanguage } from './language.ts';
import { normalize } from './normalize.ts';
import { detectRelated } from './related.ts';
import type { Rule, RuleContext } from './rule.ts';
import { RULES } from './rules/index.ts';
import type { Draft, Evaluation, Finding, Settings } from './types.ts';

/**
 * No site takes a post this long (Facebook's limit is 63,206 characters, LinkedIn's 3,000), so beyond it only the
 * start of a draft is judged: a pasted book cannot stall the tab, and the caller can say what was left out. The
 * cap holds for the draft and for its normalised text alike, since normalisation can make text 18× longer.
 */
export const MAX_CHECKED_CHARS = 100_000;

export interface Prepared {
  ctx: RuleContext;
  /** Set when only the first this-many characters of the draft are judged. */
  truncatedAt?: number;
}

/**
 * Normalises the draft (at most {@link MAX_CHECKED_CHARS} of it, and at most as many normalised characters) and
 * judges its language and school-relatedness: everything the rules share. The rules get the whole draft (a fix
 * appends at its real end) and the capped normalised text (every finding lies in the judged part).
 */
export function prepare(draft: Draft, settings: Settings): Prepared {
  let head = draft.text;
  if (head.length > MAX_CHECKED_CHARS) {
    // Never split a surrogate pair at the cut.
    const last = head.charCodeAt(MAX_CHECKED_CHARS - 1);
    head = head.slice(0, last >= 0xd800 && last <= 0xdbff ? MAX_CHECKED_CHARS - 1 : MAX_CHECKED_CHARS);
  }
  const norm = normalize(head, MAX_CHECKED_CHARS);
  const lang = detectLanguage(norm);
  const related = detectRelated(norm, settings);
  const judged = norm.original.length;
  return { ctx: { draft, settings, norm, lang, related }, ...(judged < draft.text.length ? { truncatedAt: judged } : {}) };
}

/**
 * The findings of `rules` on a prepared draft, in rule order (not yet sorted). A rule runs when it is switched on
 * and the school's protocol has it (and, for a chat message, when it judges chats); its findings carry the label the school's protocol gives the article.
 */
export function runRules(ctx: RuleContext, rules: readonly Rule[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const key = rule.meta.setting;
    if (!ctx.settings.rules[key] || !inProtocol(ctx.settings, key)) continue;
    if (ctx.draft.chat && !rule.meta.inChats) continue;
    const label = ruleArticle(ctx.settings, key).label.trim();
    for (const f of rule.check(ctx)) findings.push({ ...f, article: label });
  }
  return findings;
}

/** Findings in draft order; a stable sort keeps rule order among findings that start at the same place. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => (a.start ?? -1) - (b.start ?? -1));
}

export function evaluate(draft: Draft, settings: Settings, rules: readonly Rule[] = RULES): Evaluation {
  const { ctx, truncatedAt } = prepare(draft, settings);
  const findings = sortFindings(runRules(ctx, rules));
  return { related: ctx.related, lang: ctx.lang, findings, ...(truncatedAt !== undefined ? { truncatedAt } : {}) };
}
