// C4: a staff member writing about the school says the post is their own opinion, written in a personal
// capacity. Not asked on an account marked as an official school channel. Hand-written recognition of the
// many ways people say this in Dutch and English, with negation ("geen persoonlijke mening") respected.
import { allMatches } from '../fast-test.ts';
import { appendDisclaimerEdit, buildDisclaimer, hasConfiguredOpinion } from '../disclaimer.ts';
import { report, type Rule } from '../rule.ts';
import type { RuleMeta, Settings } from '../types.ts';

export const meta: RuleMeta = {
  code: 'opinion-missing',
  article: 'C4',
  severity: 'warning',
  messageKeys: ['rule_opinion_title', 'rule_opinion_detail', 'rule_fix_insert_disclaimer'],
  setting: 'opinion',
};

const WHOSE = String.raw`(?:de school|school|the school|my school|mijn school|mijn werkgever|my employer|mijn werk|my work|work|de directie|the management|the employer|de werkgever|werkgever|employer|de organisatie|my organi[sz]ation|liudger|csg liudger|\p{L}*school's|my employer's)`;

/** Phrasings that the post is the writer's own opinion, in a personal capacity. */
export const OPINION_PHRASES: readonly RegExp[] = [
  // op persoonlijke titel / op eigen titel / persoonlijke mening / pers. mening / persoonlijk standpunt
  /(?<![\p{L}])(?:op\s+(?:persoonlijke|eigen|pers\.?)\s+titel|(?:persoonlijke|pers\.|pers|eigen|priv[eé]|priv[eé]-?)\s*(?:mening|meningen|visie|opvatting|standpunt|standpunten|noot|overtuiging|kijk)|persoonlijk\s+standpunt|privémening|privemening)(?![\p{L}])/u,
  // de meningen/standpunten hier zijn van mij(zelf) / zijn mijn eigen
  /(?<![\p{L}])(?:mening|meningen|standpunt|standpunten|opvattingen|woorden|uitspraken)\s+(?:\p{L}+\s+){0,3}?(?:zijn|is)\s+(?:\p{L}+\s+)?(?:van\s+mij|van\s+mijzelf|van\s+mezelf|mijn\s+eigen|helemaal\s+van\s+mij|persoonlijk)(?![\p{L}])/u,
  // (dit is) mijn eigen mening / visie ; ik spreek (hier) voor mezelf ; namens mezelf
  /(?<![\p{L}])(?:mijn\s+eigen\s+(?:mening|visie|standpunt|opvatting|kijk)|(?:spreek|schrijf)\s+(?:ik\s+)?(?:hier\s+)?(?:voor|namens)\s+(?:mezelf|mijzelf)|namens\s+(?:mezelf|mijzelf)|voor\s+eigen\s+rekening)(?![\p{L}])/u,
  // niet namens de school / niet het standpunt van de school / niet die van mijn werkgever
  new RegExp(String.raw`(?<![\p{L}])(?:niet\s+namens\s+(?:\p{L}+\s+)?${WHOSE}|niet\s+(?:het\s+standpunt|de\s+mening|de\s+visie|die|dat|het\s+officiële\s+standpunt)\s+van\s+(?:\p{L}+\s+)?${WHOSE}|los\s+van\s+(?:\p{L}+\s+)?${WHOSE})`, 'u'),
  // views are my own / views my own / opinions (are) mine / my own views / personal view(s)
  /(?<![\p{L}])(?:(?:views?|opinions?|thoughts?|words)\s+(?:expressed\s+)?(?:here\s+)?(?:are\s+|is\s+)?(?:all\s+|strictly\s+|purely\s+|entirely\s+|solely\s+|completely\s+|100%\s+)?(?:my\s+own|mine|my\s+personal|personal|solely\s+mine|entirely\s+my\s+own|strictly\s+my\s+own)|my\s+(?:own|personal)\s+(?:views?|opinions?|thoughts?|take)|personal\s+(?:views?|opinions?|capacity|take|note)|in\s+a\s+private\s+capacity|speaking\s+for\s+myself|(?:writing|speaking|posting)\s+(?:here\s+)?(?:as\s+a\s+private\s+(?:person|individual)|on\s+my\s+own\s+behalf))(?![\p{L}])/u,
  // not on behalf of my employer / not my school's / not the school's view
  new RegExp(String.raw`(?<![\p{L}])(?:not\s+(?:on\s+behalf\s+of|speaking\s+for|representing|the\s+(?:views?|opinions?|position)\s+of)\s+(?:\p{L}+\s+)?${WHOSE}|not\s+(?:my|the)\s+(?:school's|employer's))`, 'u'),
  // als privépersoon / as a private citizen / op privétitel / uit eigen naam / privéaccount
  /(?<![\p{L}])(?:als\s+priv[eé]-?\s?persoon|op\s+priv[eé]-?titel|(?:uit|in)\s+eigen\s+naam|priv[eé]-?\s?account|as\s+a\s+private\s+(?:person|individual|citizen)|personal\s+account|private\s+account)(?![\p{L}])/u,
  // ik spreek (hier) alleen voor mezelf / I speak only for myself / speaking just for me
  /(?<![\p{L}])(?:(?:spreek|schrijf|praat|post|tweet)\s+(?:ik\s+)?(?:dit\s+)?(?:hier\s+)?(?:(?:alleen|enkel|puur|slechts|echt)\s+)?(?:voor|namens)\s+(?:mezelf|mijzelf|mij)|(?:speak|speaking|write|writing|post|posting|tweet|tweeting)\s+(?:here\s+)?(?:(?:only|just|purely|solely)\s+)?(?:for|as)\s+(?:myself|me)|(?:only|just|purely|solely|strictly|merely)\s+my\s+(?:own\s+)?(?:opinion|view|views|take|thoughts)|my\s+(?:own\s+)?(?:opinion|view|views|thoughts)\s+only|(?:alleen|enkel|puur|slechts)\s+mijn\s+(?:eigen\s+|persoonlijke\s+)?(?:mening|visie|standpunt))(?![\p{L}])/u,
  // niet namens / niet uit naam van / not on behalf of / do not reflect the views of — the capacity is the point.
  /(?<![\p{L}])(?:niet\s+(?:\p{L}+\s+)?(?:namens|uit\s+naam\s+van|op\s+naam\s+van|in\s+naam\s+van|representatief\s+voor)|net\s+(?:út\s+namme\s+fan|namens)|not\s+(?:\p{L}+\s+)?(?:on\s+behalf\s+of|speaking\s+for|representing|representative\s+of)|(?:do|does|don't|doesn't)\s+not\s+(?:necessarily\s+)?(?:reflect|represent)|(?:don't|doesn't)\s+(?:necessarily\s+)?(?:reflect|represent))(?![\p{L}])/u,
  // Bio-like lines and their shorthand: "mening = eigen", "meningen: de mijne", "views = mine", "mening v mij",
  // "opinions: my own", Frisian "persoanlike miening", "op persoanlike titel".
  /(?<![\p{L}])(?:mening|meningen|miening|mieningen|standpunt|standpunten|views?|opinions?|tweets?|posts?|berichten|thoughts?)\s{0,2}(?:[=:|]|->|zijn|is|are|zyn)?\s{0,2}(?:allemaal\s+|all\s+|altijd\s+|always\s+)?(?:eigen|mijn\s+eigen|van\s+mij|v\s+mij|v\.\s?mij|de\s+mijne|persoonlijk|pers\.?|my\s+own|mine|myn\s+eigen|(?:own|personal)(?=\s{0,2}(?:$|[.,;:|)!\n#-])))(?![\p{L}])/u,
  // "all takes my own", "takes = mine": a take is an opinion only as a bio-like label that ends there ("it takes my
  // own car" goes on).
  /(?<![\p{L}])(?:all\s+|my\s+)?takes\s{0,2}(?:[=:]\s{0,2}|are\s+)?(?:my\s+own|mine)(?=\s{0,2}(?:$|[.,;:|)!\n#•·-]))/u,
  /(?<![\p{L}])(?:op\s+persoanlike\s+titel|persoanlike\s+(?:miening|opfetting|stânpunt)|myn\s+eigen\s+miening|eigen\s+miening|(?:sprek|praat|skriuw)\s+(?:ik\s+)?(?:hjir\s+)?(?:allinne\s+|allinnich\s+)?foar\s+mysels|út\s+eigen\s+namme)(?![\p{L}])/u,
  // Asides that mark one's own view or step out of the role: "just my two cents", "unpopular opinion:", "docentenpet
  // even af", "teacher hat off", "persoonlijke gedachten/reflectie", "mijn mening:" opening a clause.
  /(?<![\p{L}])(?:(?:just\s+|only\s+)?my\s+(?:two|2)\s+cents|(?:mijn|m'n|mn)\s+(?:twee|2)\s+(?:centen|cents|centjes)|unpopular\s+opinion|impopulaire\s+mening|(?:docenten|leraren|juffen|mentor|werk)pet(?:je)?\s+(?:even\s+|eens\s+|nu\s+)?af|zonder\s+(?:mijn|m'n|mn)\s+(?:docenten|leraren|werk|juffen|mentor)pet(?:je)?|(?:teacher|work|school)\s+hat\s+off|(?:taking|took|take)\s+off\s+my\s+(?:teacher|work|school)\s+hat|(?:persoonlijke|pers\.?)\s+(?:reflectie|gedachten|gedachte|ervaring|overweging|noot)|personal\s+(?:reflection|thoughts|musings)|(?:^|[.!?(\n]\s{0,3})(?:mijn|my)\s+(?:mening|opinion|take|view)\s{0,2}[:=])(?![\p{L}])/u,
  // Hashtags: #persoonlijkemening, #eigenmening, #opeigentitel, #nietnamensdeschool, #viewsmyown, #opinionsmyown
  /#(?:persoonlijkemening|persoonlijketitel|oppersoonlijketitel|eigenmening|opeigentitel|mijneigenmening|privemening|nietnamensdeschool|nietnamensmijnwerkgever|viewsmyown|viewsaremyown|opinionsmyown|opinionsaremyown|myopinion|myownopinion|personalview|personalviews|personalopinion|ownviews)(?![\p{L}\p{N}])/u,
];

// "geen persoonlijke mening", "not my personal view", "this isn't a personal opinion".
// A quote may stand between: "dit is geen 'persoonlijke mening'".
// Two words may stand between: "niet zomaar mijn persoonlijke mening", "not just my personal view".
export const NEGATED = /(?<![\p{L}])(?:geen|niet|not|no|isn't|is\s+not|never|nooit)\s+(?:(?:\p{L}+)\s+){0,2}['"‘’“”«]?$/u;
// Someone else's opinion: "hun eigen mening", "your own views".
export const SOMEONE_ELSES = /(?<![\p{L}])(?:hun|zijn|haar|jullie|je|jouw|uw|your|their|his|her|its)\s+$/u;
// Opinion as a thing to form or have: "helpt om een eigen mening te vormen", "to form a personal view".
export const AS_A_SKILL_BEFORE = /(?<![\p{L}])(?:een|a|an)\s+$/u;
export const AS_A_SKILL_AFTER = /^\s+(?:te\s+)?(?:vormen|hebben|geven|ontwikkelen|uiten|form|have|develop|express|forming|having)(?![\p{L}])/u;
// Reported speech right before: "hij zei:", "she said that", "volgens mijn collega", "zij schreef '…".
export const REPORTED =
  /(?<![\p{L}])(?:(?:hij|zij|ze|he|she|they|collega|colleague|directeur|rector|minister|\p{Lu}\p{Ll}+)\s+(?:zei|zegt|zeiden|schreef|schrijft|riep|twitterde|tweette|said|says|wrote|writes|tweeted|claimed|claims)|volgens\s+(?:hem|haar|hen|hun|mijn\s+collega|de\s+\p{L}+))(?![\p{L}])[^.!?\n]{0,30}$/u;
/** A second-person question opening before a phrase: "heb je een …", "do you have your …", "wat is jouw …". */
export const QUESTION_TO_YOU = /(?<![\p{L}])(?:heb\s+je|hebben\s+jullie|heeft\s+u|vind\s+je|wat\s+is\s+(?:je|jouw|uw)|do\s+you|have\s+you|what'?s\s+your|what\s+is\s+your)(?![\p{L}])[^.!?\n]{0,30}$/u;
export const NEGATION_IS_THE_POINT = /^(?:niet|not|los)\b/u;
// Only a noun phrase can be someone else's: "zijn eigen mening" is his, "(berichten) zijn op persoonlijke titel"
// uses "zijn" as a verb.
export const POSSESSABLE = /^(?:eigen|persoonlijke?|pers\b|priv|own|personal|mening|meningen|visie|views?|opinions?|standpunt|thoughts?)/u;

export const GLOBAL = OPINION_PHRASES.map((re) => new RegExp(re.source, `${re.flags}g`));

/** Does the draft already say that it is the writer's personal opinion? */
export function hasOpinion(lower: string, settings: Settings): boolean {
  if (hasConfiguredOpinion(lower, settings)) return true;
  for (const re of GLOBAL) {
    for (const m of allMatches(re, lower)) {
      if (NEGATION_IS_THE_POINT.test(m[0])) return true;
      const before = lower.slice(Math.max(0, m.index - 24), m.index);
      const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 24);
      if (NEGATED.test(before) || (POSSESSABLE.test(m[0]) && SOMEONE_ELSES.test(before))) continue;
      // "Hij zei: dit is mijn persoonlijke mening": someone else's words, reported.
      if (REPORTED.test(lower.slice(Math.max(0, m.index - 48), m.index))) continue;
      if (AS_A_SKILL_BEFORE.test(before) && AS_A_SKILL_AFTER.test(after)) continue;
      // "Heb je een eigen mening over …?": a question to someone else asks for theirs.
      if (QUESTION_TO_YOU.test(lower.slice(Math.max(0, m.index - 40), m.index)) && /^[^.!\n]{0,60}\?/u.test(lower.slice(m.index))) continue;
      return true;
    }
  }
  return false;
}

export const opinionRule: Rule = {
  meta,
  check({ draft, settings, norm, lang, related }) {
    if (settings.role !== 'medewerker' || related === 'none') return [];
    if (draft.site && settings.accounts[draft.site] === 'official') return [];
    if (hasOpinion(norm.lower, settings)) return [];
    const disclaimer = buildDisclaimer(settings, lang, draft.site);
    return [
      report(meta, {
        detailKey: 'rule_opinion_detail',
        messageArgs: [settings.school.name],
        fixes: [{ labelKey: 'rule_fix_insert_disclaimer', edits: [appendDisclaimerEdit(draft.text, disclaimer)] }],
      }),
    ];
  },
};
