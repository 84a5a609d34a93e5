// A8: threats, hate, insults and bullying, Dutch and English. The judgement lives in ../abuse/ (a small grammar
// of target, predicate and what cancels it, over HurtLex-derived and hand-curated lexicons); this file turns its
// spans into findings, one per distinct trigger span, pointing into the original draft.
//
// Hard lines, decided here:
// - A swear word as an intensifier with no person as its target passes: "die toets was kanker moeilijk",
//   "that test was fucking hard", "kutdag". A8 is about people; the target is what matters. Aimed at a person
//   the same words count: "kankerlijer", "fuck you", "jij kankerjong".
// - Quoting or naming abuse to condemn or report it passes ("calling someone scum is not ok", "hij noemde me een
//   idioot"): the sentence is about the words. Threats in quotes pass for the same reason.
// - The writer's own name for themselves passes ("sorry dat ik zo'n idioot ben"), as does a mild insult to the
//   reader with laughter or affection ("haha sukkel 😂 tot morgen"); slurs, threats and mockery of a third
//   person never count as banter, and a call to share or pile on cancels the banter reading.
// - Negated abuse passes ("je bent geen idioot"); a negated positive said of a person is abuse ("jij bent geen
//   echt mens", "you are worth nothing").
// - Groups named neutrally or positively pass; what is predicated of them decides. Some attributes derogate only
//   when said of a whole group ("girls are too emotional", "black kids are violent"); of one person they describe
//   (an incident report: "die jongen is agressief").
// - "Vrouwen horen in de keuken" derogates; "vrouwen horen niet in de keuken" speaks against it; "moslims horen hier
//   niet" and "no refugees allowed" exclude.
// - Violence in a game or contest is sport talk ("ik maak je af met fifa", "we will destroy them in the final").
// - Implicit derogation is caught only where its form is clear: praise "for a girl"/"voor een Marokkaan" of a
//   person, "of course it was the Muslim kid", "jammer dat … een vrouw is", a group blamed for ruin. Insinuation
//   without such a form (who is suspected of a theft) passes: the rule would have to guess.
import { analyzeAbuse } from '../abuse/analyze.ts';
import { report, type Rule } from '../rule.ts';
import type { Finding, RuleMeta } from '../types.ts';

export const meta: RuleMeta = {
  code: 'abusive',
  article: 'A8',
  severity: 'error',
  messageKeys: ['rule_abusive_title', 'rule_abusive_detail'],
  setting: 'abusive',
  inChats: true,
};

const MAX_FINDINGS = 10;
/** Very long drafts are judged on their first part: the grammar is linear, but a banner of a whole book helps no one. */
const MAX_CHARS = 20_000;

export const abusiveRule: Rule = {
  meta,
  check({ norm }) {
    const lower = norm.lower.length > MAX_CHARS ? norm.lower.slice(0, MAX_CHARS) : norm.lower;
    const text = norm.text.length > MAX_CHARS ? norm.text.slice(0, MAX_CHARS) : norm.text;
    const spans = analyzeAbuse(lower, text);
    return spans.slice(0, MAX_FINDINGS).map(([s, e]): Finding => {
      const [start, end] = norm.toOriginal(s, e);
      return report(meta, { detailKey: 'rule_abusive_detail', start, end, text: norm.original.slice(start, end) });
    });
  },
};
