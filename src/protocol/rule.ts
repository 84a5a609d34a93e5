// The contract every rule file implements: metadata plus a pure check over the prepared draft.
import type { NormalizedText } from './normalize.ts';
import type { Draft, Finding, Lang, Related, RuleMeta, Settings } from './types.ts';

export interface RuleContext {
  draft: Draft;
  settings: Settings;
  norm: NormalizedText;
  lang: Lang;
  related: Related;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): Finding[];
}

/** A finding carrying the rule's own metadata, so a rule only adds what is specific to the finding. */
export function report(meta: RuleMeta, extra: Partial<Finding> = {}): Finding {
  return {
    code: meta.code,
    article: meta.article,
    severity: meta.severity,
    messageKey: meta.messageKeys[0]!,
    ...extra,
  };
}
