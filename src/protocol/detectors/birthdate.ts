// Dates of birth and exact ages tied to a person: "50e verjaardag", "je 40e", "16 geworden", "7 today",
// "born on 3 March 2011", "Geboren op 14 oktober", "Hylke (15)". Bare ages in general talk ("vanaf 16 jaar",
// "a 13-year-old") are not tied to anyone and stay unflagged.
import { eachMatch } from './match.ts';
import type { Token } from './tokenize.ts';
import type { Candidate, DetectorInput } from './types.ts';
import { NOT_NAMES, ORG_NOUNS, PERSON_CUES, STOPWORDS } from './words.ts';

const words = (s: string) => new Set(s.split(' '));
// Subjects that are a person: pronouns and nouns for people (kin, roles, children).
const PRONOUNS = words("hij zij ze he she jij je u you he's she's");
const PERSON_NOUNS = new Set([
  ...PERSON_CUES,
  ...words(
    'kind kindje kinderen baby jongen meisje jongetje meisje zoontje dochtertje kleinzoon kleindochter tweeling ' +
      'stiefzoon stiefdochter pleegkind pleegzoon pleegdochter peuter kleuter ' +
      'kid child boy girl baby toddler grandson granddaughter stepson stepdaughter twins godson goddaughter ' +
      'grandad granddad grandfather grandmother gran nan nana nanna schoonmoeder schoonvader stiefvader stiefmoeder ' +
      'pake beppe mem heit omke muoike bestie mentorleerling tutee mentee ' +
      // "onze jongste (4)", "my eldest, 12": the superlative stands for a child.
      'jongste oudste middelste youngest eldest oldest',
  ),
]);
for (const w of ['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'madam', 'meneer', 'mevrouw', 'dhr', 'mw', 'mevr', 'fam', 'familie']) PERSON_NOUNS.delete(w);
/** Plural people: "kinderen van 12" is an age group unless they are someone's ("mijn kinderen van 5 en 8"). */
const GROUP_NOUNS = words('kinderen kids kinders children leerlingen pupils students jongens meisjes meiden boys girls spelers players jongeren teenagers tieners');
const POSSESSIVES = words('mijn m\'n mn onze ons zijn haar z\'n hun jouw je my our his her their your');
// Verbs and adverbs that may stand between a person and their age ("ze is pas 8", "turned 11", "van 12").
const AGE_VERBS = words("is was wordt werd word ben bent turned turns turning turn becomes became van of wurdt waard");
const AGE_ADVERBS = words('pas nu al net bijna alweer inmiddels sinds nog maar already just only now officially officieel vandaag today morgen tomorrow overmorgen gisteren gister eergisteren yesterday eindelijk finally maandag dinsdag woensdag donderdag vrijdag zaterdag zondag monday tuesday wednesday thursday friday saturday sunday hjoed moarn juster juist' +
  // A time a few words long before the age: "wordt volgende week al 5", "turns 16 next week" is after it.
  ' volgende volgend komende next coming week weekend maand month deze this dit binnenkort soon straks');
// What may follow an age: the end of the clause, "jaar (oud)", "geworden", a time word, "en".
const AGE_UNITS = words('jaar jier jr years year yrs old young jong âld oud geworden wurden today vandaag');
const AGE_FOLLOW = words('alweer alwer wer inmiddels young jong geworden! en and vandaag today morgen tomorrow geworden now nu al already maar but dus so hoor volgende next this deze op on in over yesterday gisteren');
// Nouns that a number before them counts ("van 12 euro", "of 30 pupils").
const COUNTED = words('euro keer uur minuten minuut seconden dagen weken maanden jaren procent punten graden km kilo kg cm meter leerlingen kinderen mensen stuks times hours minutes days weeks months years percent points degrees pupils students people euros pounds miles');
// Verbs of becoming an age: with one of these the subject may stand a few words back ("Jesse uit mijn
// mentorklas wordt vandaag 14"), or be left out in a birthday post ("wordt morgen 18, feestje!").
// Frisian too: 'wurdt hjoed 82', 'waard juster 9'.
const BECOME_VERBS = words('wordt werd word turns turned turning becomes became wurdt waard');
const DURATION_BEFORE = words('after na for voor in over sinds since within binnen ruim bijna ongeveer about almost nearly al');
// 'en'/'and': "60 jaar en nog steeds de snelste" — only counted with a unit and a birthday cue in the line.
const AGE_CLOSE = words('vandaag today alweer alwer hjoed oud old geworden jong young morgen tomorrow en and');
/** A verb of becoming an age: the gate for ages written as words in a draft without digits. */
export const BECOMING_RE = /(?<![\p{L}])(?:wordt|werd|turns|turned|turning|becomes|became|wurdt|waard|geworden|wurden)(?![\p{L}])/u;

/** Ages written as words, Dutch and English (two to a hundred; "een"/"one" are too common). */
const AGE_WORDS = words(
  'twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien ' +
    'negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig honderd ' +
    'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen ' +
    'nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred ' +
    // Frisian.
    'twa trije fjouwer fiif seis sân acht njoggen tsien alve tolve trettjin fjirtjin fyftjin sechstjin santjin ' +
    'achttjin njoggentjin tweintich tritich fjirtich fyftich sechstich santich tachtich njoggentich',
);
const CONTRACTED = words("he's she's hij's ze's zij's");
/**
 * A word that may be a first name before "(6)": capitalised or opening its sentence ("mila (6) lost her first
 * tooth"), and not a function word, calendar word, subject or organisation noun.
 */
function nameLike(t: Token): boolean {
  if (!(t.cap || t.sentenceStart) || t.numeric || t.text.length < 2) return false;
  return !STOPWORDS.has(t.lower) && !NOT_NAMES.has(t.lower) && !ORG_NOUNS.has(t.lower);
}
/** A person spoken of in the same line: a third-person pronoun, a birthday, a child. */
export const PERSON_LINE_RE = /(?<![\p{L}])(?:hij|zij|ze|hem|haar|zijn|z'n|he|she|him|her|his|hy|sy|har|syn|jarig|birthday|verjaardag|kind|kid|dochter|zoon|daughter|son|broertje|zusje|moeder|vader|schoonmoeder|schoonvader|oma|opa|buurman|buurvrouw|tante|oom|mother|father|grandma|grandpa|neighbour|aunt|uncle|pake|beppe|mem|heit)(?![\p{L}])/iu;
function personInLine(text: string, at: number): boolean {
  const from = Math.max(0, at - 80);
  const window = text.slice(from, Math.min(text.length, at + 80));
  const rel = at - from;
  const line = window.slice(window.lastIndexOf('\n', rel) + 1).split('\n', 1)[0]!;
  return PERSON_LINE_RE.test(line);
}
/** Several ages in one bracket after children: "our two boys (5 and 8)", "de kids (4, 7 en 9)". */
export const SIBLING_AGES_RE =
  /\b(?:kids|kinderen|kindjes|boys|girls|jongens|meiden|meisjes|zonen|dochters|children|sons|daughters|kleinkinderen|grandchildren|twins|tweeling|mannen|ventjes|bern)\s?\((\d{1,2}(?:\s?(?:,|and|en|&|\+)\s?\d{1,2}){1,4})\)/giu;
/** A birthday in the same line: then an age there is the birthday person's. */
export const BIRTHDAY_CUE_RE = /(?:jarig|verjaardag|jierdei|lokwinske|birthday|bday|b-day|gefeliciteerd|proficiat|congrats|congratulations|hoera|hiep hiep|feestje|trakte\p{L}*|🎂|🎉|🥳|🎈|🎁)/iu;
export const YEAR_OLD_RE = /^\d{1,3}-(?:year-old|jarige|jarig|jaar-oud)$/;

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|' +
  'jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|' +
  'january|february|march|may|june|july|august|october';
const DATE = `(?:\\d{1,2}(?:st|nd|rd|th|e)? (?:${MONTHS})(?: \\d{4})?|(?:${MONTHS}) \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?|\\d{1,2}[-/.]\\d{1,2}[-/.](?:19|20)?\\d{2})`;

export const BIRTHDATE_PATTERNS: readonly RegExp[] = [
  // Date of birth.
  // "geboren is op …", "was born on …": the verb may stand between the participle and the date.
  new RegExp(`\\b(?:geboren|born|berne|geb\\.|geboortedatum|date of birth|dob|d\\.o\\.b\\.|birthday is|jarig op)(?: is| was| werd| zijn)?(?: on| op| in)?:? ${DATE}`, 'gi'),
  // Ordinal birthday: "50e verjaardag", "her 16th birthday", "40ste verjaardag".
  /\b\d{1,3}(?:e|ste|de|th|st|nd|rd) (?:verjaardag|birthday|bday|jierdei|jierdeis)\b/gi,
  // "Happy 50th!", "fijne 18e": an ordinal right after a birthday wish.
  /\b(?:happy|fijne|gelukkige|hele fijne) \d{1,3}(?:e|ste|de|th|st|nd|rd)\b(?! (?:anniversary|jubileum|editie|edition))/gi,
  // "met je 40e", "on your 18th": an ordinal right after a possessive, not followed by a counted noun.
  /\b(?:je|jouw|zijn|haar|your|his|her)\s\d{1,3}(?:e|ste|th|st|nd|rd)\b(?![ \-](?:keer|plaats|minuut|uur|jaar|les|dag|week|maand|time|place|minute|hour|year|day|week|month|lesson|try|attempt|poging|rij|row|klas|grade|verdieping|floor))/gi,
  // "is vandaag 16 geworden", "16 jaar geworden", "wordt 18", "turned 16", "turns 7".
  /\b\d{1,3} (?:jaar )?(?:geworden|wurden)\b/gi,
  // "Tobias' 18th", "Noor's 16th", "Sanne's 12e": an ordinal right after a name's possessive.
  /(?<=\p{Lu}\p{Ll}{1,20}(?:'s?|’s?) )\d{1,2}(?:e|ste|de|th|st|nd|rd)\b(?![ \-](?:keer|plaats|jaar|les|dag|week|maand|time|place|year|day|month|lesson|try|attempt|poging|rij|row|grade|verdieping|floor|anniversary|jubileum|edition|editie|goal|game|wedstrijd|match))/gu,
  SIBLING_AGES_RE,
  // "de 40e van mijn man", "the 50th of my dad": an ordinal that is someone's birthday by the owner after it.
  /\bde \d{1,3}(?:e|ste|de) van (?:mijn|m'n|mn|onze|ons|je|jouw|zijn|haar|z'n|us|ús|myn) \p{L}{2,20}|\bthe \d{1,3}(?:th|st|nd|rd) of (?:my|our|your|his|her) \p{L}{2,20}/giu,
  // Turning fifty in Dutch idiom: "heeft Abraham gezien", "ziet Sarah", "Abraham zien".
  /\b(?:heeft|hebben|hat|had|hadden|ziet|zien|zag|zagen) (?:(?:vandaag|gisteren|morgen|eindelijk|ook|al|dit jaar|juster|hjoed) )?(?:abraham|sarah|sara) (?:gezien|zien|sjoen)\b|\b(?:ziet|zag|sjocht) (?:vandaag |morgen |gisteren )?(?:abraham|sarah|sara)\b(?! \p{Lu})/giu,
  // "the big 3-0", "de grote 5-0", and a "sweet 16".
  /\b(?:the big|de grote|de dikke|the big old) [1-9]-0\b|\bsweet (?:16|sixteen)\b/gi,
  // A year of birth: "geboren in 2012", "born in 2009", "(geb. 2011)".
  /\b(?:geboren|born|berne)(?: is| was| werd)? in (?:19|20)\d{2}\b|\bgeb\. (?:19|20)\d{2}\b|\bgeboortejaar:? (?:19|20)\d{2}\b|\byear of birth:? (?:19|20)\d{2}\b/gi,
  // A birth announced: "born this morning", "vannacht geboren", "geboren op maandag": the day is the date of birth.
  /\b(?:born|geboren|berne)(?: on| op)? (?:this morning|today|yesterday|last night|vanochtend|vanmorgen|vannacht|vandaag|gisteren|gister|gisteravond|hjoed|juster|(?:on |op )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag))\b|\b(?:vanochtend|vanmorgen|vannacht|vandaag|gisteren|gisteravond) (?:is |zijn |werd )?(?:\p{Lu}\p{Ll}+ )?geboren\b/giu,
];

// "Onze Roos is 3 jaar geworden! 🐶" and anniversaries: an animal or a service length is not a person's age.
export const NOT_PERSON_RE = /\b(?:hond|kat|poes|paard|konijn|dog|cat|puppy|kitten|horse|in dienst|getrouwd|samen|married|together|bestaat|jubileum|anniversary)/i;

/** An animal or a service length on the same line: "Onze Roos is 3 jaar geworden! 🐶", "10 jaar in dienst". */
function notPerson(text: string, start: number, end: number): boolean {
  // The same line, at most 60 characters before and 40 after (bounded, so long pastes stay linear).
  const window = text.slice(Math.max(0, start - 60), Math.min(text.length, end + 40));
  const rel = start - Math.max(0, start - 60);
  const around = window.slice(window.lastIndexOf('\n', rel) + 1).split('\n', 1)[0]!;
  return NOT_PERSON_RE.test(around);
}

/**
 * Exact ages tied to a person, token by token: a number (or "12-year-old") whose left side is a person (a name,
 * a pronoun, a kin or role noun) linked by a verb, "van"/"of", a comma or a bracket, and whose right side ends
 * the clause or says "jaar"/"years old". "De auto is 10 jaar oud" and "a 5-year-old laptop" have no person.
 */
function detectAges(tokens: Token[], text: string, nameEnds: Set<number>, out: Candidate[]): void {
  const isPerson = (k: number) => {
    const t = tokens[k]!;
    return nameEnds.has(t.end) || PRONOUNS.has(t.lower) || PERSON_NOUNS.has(t.lower);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (YEAR_OLD_RE.test(t.lower)) {
      // "my 12-year-old son", "onze 8-jarige dochter", "de 15-jarige Sanne".
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      const owned = !!prev && POSSESSIVES.has(prev.lower) && t.before === '';
      // "a quiet 14-year-old called Ilias", "een 15-jarige genaamd Sem": named right after.
      const after2 = tokens[i + 2];
      const called = !!next && /^(?:called|named|genaamd|heet|hight)$/.test(next.lower) && !!after2 && (after2.cap || nameEnds.has(after2.end));
      // "our 16-year-old just passed", "mijn 15-jarige wil …": the possessive makes the age someone's, also when
      // no noun follows (a verb or the clause's end does).
      // Only before a verb, a conjunction or the clause's end: "our 20-year-old marriage" is a thing's age.
      const bare = owned && (!next || next.before !== '' || /^(?:just|is|has|had|was|asked|says|said|wants|told|keeps|still|now|finally|heeft|wil|wilde|vroeg|zei|zit|zat|gaat|ging|mag|kan|kon|moet|en|and|who|die|thinks|vindt|loves|hates|got|gets|kreeg|krijgt|started|begint|begon|passed|haalde|can|could|will|would|wanted|came|went|kwam)$/.test(next.lower));
      if (called || bare || (next && next.before === '' && ((owned && PERSON_NOUNS.has(next.lower)) || (next.cap && nameEnds.has(next.end))))) {
        out.push({ category: 'birthdate', start: t.start, end: t.end, priority: 5 });
      }
      continue;
    }
    // An age in words ("wordt vandaag zestien", "turned ninety") counts only after a verb of becoming: "van
    // twee" is as often "mother of two" as an age.
    const worded = !t.numeric && AGE_WORDS.has(t.lower);
    if (worded) {
      let v = i - 1;
      while (v >= 0 && i - v <= 3 && AGE_ADVERBS.has(tokens[v]!.lower)) v--;
      // "Yara is vandaag dertien!": "is" with a birthday said in the same line ("hoera", "jarig", 🎂) too.
      const birthdayIs = v >= 0 && /^(?:is|was)$/.test(tokens[v]!.lower) && BIRTHDAY_CUE_RE.test(lineAround(text, t.start, t.end));
      // "Jildert is hjoed achttjin wurden", "is zestien geworden": the participle after the age.
      const becameAfter = /^(?:geworden|wurden)$/.test(tokens[i + 1]?.lower ?? '');
      if (!becameAfter && (v < 0 || !(BECOME_VERBS.has(tokens[v]!.lower) || birthdayIs))) continue;
    } else if (!t.numeric || t.text.length > 3 || Number(t.text) > 110 || Number(t.text) === 0) continue;
    // Not part of a decimal, time, date or score: "8,7", "12.30", "3-1", "1/2".
    const cb = text[t.start - 1];
    const ca = text[t.end];
    if ((cb && /[.,:/\-]/.test(cb) && /\d/.test(text[t.start - 2] ?? '')) || (ca && /[.,:/\-%€$]/.test(ca) && ca !== '.' && ca !== ',') || ((ca === '.' || ca === ',') && /\d/.test(text[t.end + 1] ?? ''))) continue;
    // Right side: clause end, or a unit word, or a following word that cannot be a counted noun.
    let end = t.end;
    let j = i + 1;
    let unit = false;
    while (j < tokens.length && j <= i + 2 && AGE_UNITS.has(tokens[j]!.lower) && tokens[j]!.before === '') {
      end = tokens[j]!.end;
      unit = true;
      j++;
    }
    const after = tokens[j];
    const closes = !after || after.before !== '' || text.slice(end, after.start).includes('\n');
    // "8 jaar docent", "12 leerlingen": the number counts something else. After "van"/"of" any verb may follow
    // ("mijn zoon van 12 wil op voetbal"), but not a counted noun.
    // A subordinate clause puts the verb after the age: "Sara, die gisteren 16 werd", "omdat ze morgen 18 wordt".
    if (!unit && subordinateAge(tokens, i, isPerson)) {
      let p = i - 1;
      while (p >= 0 && AGE_ADVERBS.has(tokens[p]!.lower)) p--;
      const s0 = tokens[p + 1]!.start;
      if (!SELF_BEFORE_RE.test(text.slice(Math.max(0, s0 - 30), s0)) && !notPerson(text, s0, tokens[i + 1]!.end)) {
        out.push({ category: 'birthdate', start: s0, end: tokens[i + 1]!.end, priority: 5 });
      }
      continue;
    }
    const open = !!after && !closes && !AGE_FOLLOW.has(after.lower);
    const byVan = i > 0 && (tokens[i - 1]!.lower === 'van' || tokens[i - 1]!.lower === 'of') && t.before === '';
    if (open && (!byVan || COUNTED.has(after!.lower))) continue;
    // Left side: a bracket or comma right before the age ("dochter (6)", "Isla, 7 today"), or a verb / "van"
    // after the person ("ze is pas 8", "mijn zoon van 12"), or the Dutch inversion with the verb before the
    // person ("Vandaag wordt Sanne 14", "morgen wordt mijn zoon 12").
    const bracket = t.before === '(' && text[t.end] === ')';
    let k = i - 1;
    let start = t.start;
    let tied = false;
    if (bracket || t.before === ',') {
      // "Gerrie van der Meer (82)": a capital after a surname particle is a surname even when it is a word.
      const afterParticle = bracket && k >= 1 && tokens[k]!.cap && /^(?:van|de|der|den|ter|ten|het|te|la|le|du|da|di|el|al|bin|ben)$/.test(tokens[k - 1]!.lower);
      tied = k >= 0 && (isPerson(k) || (bracket && (nameLike(tokens[k]!) || afterParticle) && personInLine(text, t.start)));
      if (bracket) end = Math.max(end, t.end);
    } else {
      while (k >= 0 && i - k <= 3 && tokens[k + 1]!.before === '' && AGE_ADVERBS.has(tokens[k]!.lower)) k--;
      if (k >= 0 && tokens[k + 1]!.before === '' && AGE_VERBS.has(tokens[k]!.lower)) {
        if (tokens[k]!.lower === 'van' || tokens[k]!.lower === 'of') start = tokens[k]!.start;
        k--;
        while (k >= 0 && i - k <= 6 && tokens[k + 1]!.before === '' && AGE_ADVERBS.has(tokens[k]!.lower)) k--;
        tied = k >= 0 && tokens[k + 1]!.before === '' && isPerson(k);
        // "kinderen van 12", "kids of 10" without a possessive: an age group, not one person's age.
        if (tied && start !== t.start && GROUP_NOUNS.has(tokens[k]!.lower) && !(k > 0 && POSSESSIVES.has(tokens[k - 1]!.lower))) tied = false;
      } else if (k >= 0 && k === i - 1 && t.before === '' && CONTRACTED.has(tokens[k]!.lower)) {
        // "she's 15.", "he's 4 and …": the verb is inside the pronoun.
        tied = true;
      } else if (k >= 0 && k === i - 1 && t.before === '' && isPerson(k)) {
        let v = k - 1;
        if (v >= 0 && POSSESSIVES.has(tokens[v]!.lower)) v--;
        while (v >= 0 && k - v <= 4 && AGE_ADVERBS.has(tokens[v]!.lower)) v--;
        tied = v >= 0 && /^(?:wordt|werd|is|was|turns|turned|wurdt|waard)$/.test(tokens[v]!.lower);
      }
    }
    if (!tied && !bracket) tied = becomesAge(tokens, text, i, unit, isPerson);
    // An age opening a sentence with its subject left out, right after a sentence about a named person: "Our
    // Ellie got her diploma today. 6 years old and fearless!", "Sanne heeft haar A-diploma! 7 jaar oud en …".
    // Only with "old"/"oud" spelled out, and a name at most 120 characters back.
    if (!tied && !bracket && t.sentenceStart && unit && /^(?:old|oud)$/.test(tokens[j - 1]!.lower) && namedJustBefore(nameEnds, t.start)) tied = true;
    // "16 jaar en al zoveel verdriet.", "14 years and already …": a sentence that opens with an age and goes on
    // with "en"/"and" speaks of the person of the sentence before (a name or a pronoun there).
    if (!tied && !bracket && t.sentenceStart && unit && /^(?:jaar|years|jier)$/.test(tokens[j - 1]!.lower) && after && /^(?:en|and)$/.test(after.lower) && (namedJustBefore(nameEnds, t.start) || PERSON_LINE_RE.test(previousSentence(text, t.start)))) tied = true;
    // "My son Tariq got his black belt at 11 years old", "op 52-jarige leeftijd" is elsewhere: "at"/"op" with "old",
    // "young" or "oud" is the age of the one the sentence is about (a person there, or a name just before).
    if (!tied && !bracket && i > 0 && /^(?:at|op)$/.test(tokens[i - 1]!.lower) && unit && /^(?:old|young|oud|jong)$/.test(tokens[j - 1]!.lower) && (namedJustBefore(nameEnds, t.start) || PERSON_LINE_RE.test(previousSentence(text, t.start) + ' ' + text.slice(Math.max(0, t.start - 120), t.start)))) {
      tied = true;
      start = tokens[i - 1]!.start;
    }
    if (!tied) continue;
    if (SELF_BEFORE_RE.test(text.slice(Math.max(0, start - 30), start))) continue;
    if (!notPerson(text, start, end)) out.push({ category: 'birthdate', start: bracket ? t.start : start, end, priority: 5 });
  }
}

/**
 * "die gisteren 16 werd", "who turned 16" is English order and handled elsewhere; Dutch subordinate clauses put
 * the verb of becoming after the age: a relative pronoun or "ze/hij" (after "omdat", "dat") before the age, at
 * most four adverbs between, and "werd"/"wordt"/"geworden" right after it.
 */
function subordinateAge(tokens: Token[], i: number, isPerson: (k: number) => boolean): boolean {
  const v = tokens[i + 1];
  if (!v || v.before !== '' || !/^(?:werd|wordt|geworden|wurdt|waard)$/.test(v.lower)) return false;
  // Up to four words of the clause between the subject and the age ("die volgende week 65 wordt", "die dan 90
  // wordt"): a subordinate clause keeps its time words there. No punctuation and no other number between.
  let p = i - 1;
  while (p >= 0 && i - p <= 4 && tokens[p + 1]!.before === '' && !tokens[p]!.numeric && !/^(?:die|wie|dy't|ze|zij|hij|hy|sy)$/.test(tokens[p]!.lower)) p--;
  if (p < 0 || tokens[p + 1]!.before !== '') return false;
  const w = tokens[p]!.lower;
  if (/^(?:ze|zij|hij|hy|sy)$/.test(w)) return true;
  // "die"/"wie" need a person before them ("Sara, die …", "mijn neef die …"), not "de ploeg die 2 werd".
  return /^(?:die|wie|dy't)$/.test(w) && p > 0 && isPerson(p - 1);
}

/** The line around `start`–`end`, at most 60 characters before and 40 after (bounded, linear on long pastes). */
function lineAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 60);
  const window = text.slice(from, Math.min(text.length, end + 40));
  const rel = start - from;
  return window.slice(window.lastIndexOf('\n', rel) + 1).split('\n', 1)[0]!;
}

/** The sentence before the one starting at `at` (at most 160 characters). */
function previousSentence(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 160), at).replace(/[\s.!?]+$/u, '');
  const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n'));
  return before.slice(cut + 1);
}

/** Does a person's name end within 120 characters before `at`? */
function namedJustBefore(nameEnds: Set<number>, at: number): boolean {
  for (const e of nameEnds) if (e <= at && at - e <= 120) return true;
  return false;
}

/**
 * "Jesse uit mijn mentorklas wordt vandaag 14", "wordt morgen 18, feestje!", "Lars is jarig: 15 jaar alweer":
 * a verb of becoming with a person a few words back in the clause, or an age in a line about a birthday.
 */
function becomesAge(tokens: Token[], text: string, i: number, unit: boolean, isPerson: (k: number) => boolean): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= 4 && AGE_ADVERBS.has(tokens[k]!.lower)) k--;
  const verb = k >= 0 && BECOME_VERBS.has(tokens[k]!.lower);
  const t = tokens[i]!;
  // The birthday cue often closes the post ("… reading glasses 🤓🎂 happy birthday"): 80 characters after the age.
  const line = text.slice(Math.max(0, t.start - 60), Math.min(text.length, t.end + 80));
  const rel = t.start - Math.max(0, t.start - 60);
  const own = line.slice(line.lastIndexOf('\n', rel) + 1).split('\n', 1)[0]!;
  if (verb) {
    // A person within six words before the verb, in the same clause.
    for (let p = k - 1; p >= 0 && k - p <= 6; p--) {
      if (/[.!?;:]/.test(tokens[p + 1]!.before)) break;
      if (isPerson(p)) return true;
    }
    return BIRTHDAY_CUE_RE.test(own);
  }
  // "After 6 years in the classroom 🎉" is a duration: a preposition before it, or more words after it.
  if (k >= 0 && DURATION_BEFORE.has(tokens[k]!.lower) && k === i - 1) return false;
  let j = i + 1;
  while (j < tokens.length && j <= i + 2 && AGE_UNITS.has(tokens[j]!.lower)) j++;
  const after = tokens[j];
  const closes = !after || /[.!?;:,\n]/.test(after.before) || AGE_CLOSE.has(after.lower);
  const today = tokens[i + 1]?.lower === 'vandaag' || tokens[i + 1]?.lower === 'today';
  return (unit || today) && closes && BIRTHDAY_CUE_RE.test(own);
}

/** The writer as the subject right before an age or a birth date ("ik ben vandaag", "I was born"). */
export const SELF_BEFORE_RE = /(?<![\p{L}])(?:ik\s+ben|ben\s+ik|ik\s+bin|bin\s+ik|ik\s+word|word\s+ik|ik\s+werd|werd\s+ik|i\s+am|i'm|i\s+was|i\s+turned|i\s+turn|i\s+hit|i\s+hits|ik\s+heb|heb\s+ik|i've|i\s+have|ik\s+zie)(?:\s+(?:vandaag|gisteren|today|yesterday|eindelijk|finally|officieel|officially|net|just|hjoed))?\s*$/iu;

/** `scope`: the token pass (ages), the whole-text patterns (dates of birth), or both. */
export function detectBirthdate(
  { norm, tokens }: DetectorInput,
  names: readonly { start: number; end: number }[] = [],
  scope: 'all' | 'tokens' | 'text' = 'all',
): Candidate[] {
  const out: Candidate[] = [];
  const text = norm.text;
  if (scope !== 'text' && tokens.length > 0) {
    // Only the names inside this token range: a Set of every name in a long paste per range would be quadratic.
    const nameEnds = new Set<number>();
    const from = tokens[0]!.start;
    const to = tokens[tokens.length - 1]!.end;
    let lo = 0;
    let hi = names.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (names[mid]!.end < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < names.length && names[k]!.start <= to; k++) nameEnds.add(names[k]!.end);
    detectAges(tokens, text, nameEnds, out);
  }
  if (scope === 'tokens') return out;
  for (const re of BIRTHDATE_PATTERNS) {
    eachMatch(re, text, (m) => {
      // For "Hylke (15)" only the bracketed age is the birth data; the name is reported by the name detector.
      const bracketed = m[0].endsWith(')') && m[0].includes('(');
      const start = bracketed ? m.index + m[0].search(/\d/) : m.index;
      const end = bracketed ? m.index + m[0].length - 1 : m.index + m[0].length;
      if (notPerson(text, start, end)) return;
      // "Ik ben vandaag 40 geworden", "I was born on …": the writer's own date is not someone else's data.
      if (SELF_BEFORE_RE.test(text.slice(Math.max(0, start - 30), start))) return;
      out.push({ category: 'birthdate', start, end, priority: 5 });
    });
  }
  return out;
}
