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
// - Groups named neutrally or positively pass; what is predicated of them decides.
import { analyzeAbuse } from '../abuse/analyze.ts';
import { VEILED_THREATS } from '../abuse/veiled.ts';
import { report, type Rule } from '../rule.ts';
import type { Finding, RuleMeta } from '../types.ts';

export const meta: RuleMeta = {
  code: 'abusive',
  article: 'A8',
  severity: 'error',
  messageKeys: ['rule_abusive_title', 'rule_abusive_detail'],
  setting: 'abusive',
};

/** A weapon emoji only counts next to a threat cue aimed at someone. */
export const WEAPON = /[\u{1F52A}\u{1F52B}\u{1F4A3}\u{1FA93}\u{1F5E1}\u2620\u26B0]/u;
export const WEAPON_CONTEXT =
  /(?<![\p{L}])(?:ik\s+(?:\p{L}+\s+)?(?:je|jou|hem|haar|jullie)|i'?ll\s+(?:\p{L}+\s+)?(?:you|him|her)|als\s+(?:die|jij|je|hij|zij|ze)\b[^.!?\n]{0,80}?\bnog\s+(?:één|een|1)\s*(?:keer|x)|if\s+(?:you|he|she|they)\b[^.!?\n]{0,80}?\bagain|wacht\s+maar|just\s+wait|watch\s+out|pas\s+op)/u;

const MAX_FINDINGS = 10;

/** Is position `i` inside a double-quoted stretch of its line? */
function quoted(lower: string, i: number): boolean {
  let open = false;
  for (let j = lower.lastIndexOf('\n', i) + 1; j < i; j++) if (lower[j] === '"') open = !open;
  return open;
}
/** Very long drafts are judged on their first part: the grammar is linear, but a banner of a whole book helps no one. */
const MAX_CHARS = 20_000;

export const abusiveRule: Rule = {
  meta,
  check({ norm }) {
    const lower = norm.lower.length > MAX_CHARS ? norm.lower.slice(0, MAX_CHARS) : norm.lower;
    const text = norm.text.length > MAX_CHARS ? norm.text.slice(0, MAX_CHARS) : norm.text;
    const spans = analyzeAbuse(lower, text);
    for (const re of VEILED_THREATS) {
      for (const m of lower.matchAll(re)) {
        // Between quotation marks the words are reported, not meant.
        if (quoted(lower, m.index)) continue;
        const s = m.index;
        const e = s + m[0].length;
        if (!spans.some(([a, b]) => s < b && a < e)) spans.push([s, e]);
      }
    }
    spans.sort((a, b) => a[0] - b[0]);
    const weapon = WEAPON.exec(text);
    if (weapon && WEAPON_CONTEXT.test(lower) && !spans.some(([s, e]) => s <= weapon.index && weapon.index < e)) {
      spans.push([weapon.index, weapon.index + weapon[0].length]);
      spans.sort((a, b) => a[0] - b[0]);
    }
    return spans.slice(0, MAX_FINDINGS).map(([s, e]): Finding => {
      const [start, end] = norm.toOriginal(s, e);
      return report(meta, { detailKey: 'rule_abusive_detail', start, end, text: norm.original.slice(start, end) });
    });
  },
};
