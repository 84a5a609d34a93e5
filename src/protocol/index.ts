// Public surface of the pure core, for the CLI, the content script and tests.
export { evaluate } from './evaluate.ts';
export { normalize } from './normalize.ts';
export { applyEdits } from './edits.ts';
export { buildDisclaimer, appendDisclaimerEdit } from './disclaimer.ts';
export { RULES } from './rules/index.ts';
export type { Rule, RuleContext } from './rule.ts';
export type * from './types.ts';
export { byHarm, HARM_ORDER } from './harm-order.ts';
export { articlesOf, inProtocol, ownTitle, ownWording, resolveArticleRefs, RULE_OF_CODE } from './articles.ts';
