// Student numbers: five to eight digits right after a word that says so (leerlingnummer 204718, lln.nr 207745,
// llnr: 204718, stamnummer 204718, student no. 211093, student ID 234567, student 214407's), and a bare
// six-digit number right beside a capitalised name ("Sanne de Vries (204718)", "204718 - Daan"), which is how
// pupil lists and screenshots show them. Hand-written: no library knows Dutch school administration numbers.
import { eachMatch } from './match.ts';
import type { Candidate, DetectorInput } from './types.ts';
import { NOT_NAMES, STOPWORDS } from './words.ts';

export const STUDENT_NUMBER_RE =
  /\b(?:leerling(?:en)?[- ]?(?:nummer|nummers|nr|id)|leerling(?= ?#)|ll?n?\.? ?-?(?:nr|nummer)|llnr|lln|leerlingnr|stamnummer|stamnr|studentnummer|studentnr|student(?:en)?[- ]?(?:no|nr|number|num|id|#)|stud\.? ?(?:nr|no|nummer)\.?|student|pupil(?:[- ](?:no|nr|number|id))?|schoolpas ?(?:nummer|nr)|ov-?nummer|learlingnûmer|learlingnûmers|sid)\.?(?: (?:van|of|fan)(?: [\p{L}-]{1,20}){1,4})?(?: is| was| =| wie)?(?:[ .:#]{0,3})(\d{5,8}|\d{2,5}(?:[ .-]\d{2,5}){1,2})(?!\d|,\d)/giu;

/** A capitalised name (with particles) right before or after a bare six-digit number. */
export const NAME_THEN_NUMBER_RE =
  /(\p{Lu}[\p{Ll}'-]{1,20}(?: (?:van|de|der|den|ter|ten|het|'t|v\.d\.|el|al|bin)){0,2}(?: \p{Lu}[\p{Ll}'-]{1,20}| \p{Lu}\.)?)(?: ?[(\-–:,] ?| )(\d{6})\)?(?!\d|[.,:/-]\d)/gu;
/** A short label in brackets right after a name: "Sanne (nr. 204718)", "Daan (id 213344)", "Tim (#204411)". */
export const NAME_BRACKET_LABEL_RE = /\p{Lu}[\p{Ll}'-]{1,20}\.? \((?:nr|no|id|#|nummer)\.?:? ?#?(\d{5,8})\)/gu;
/**
 * A bare label ("id 204718", "nr. 213344", "#204411") with a pupil word in the same sentence ("pasje gevonden, id
 * 204718, van een brugklasser"): the label alone could be any number, the pupil makes it theirs.
 */
export const BARE_LABEL_RE = /(?<![\p{L}\p{N}])(?:id|nr|no|nummer|#)\.?:?(?: is| was| =)? ?#?(\d{5,8})(?![\p{N}]|[.,]\d)/giu;
const PUPIL_WORD_RE = /(?<![\p{L}])(?:leerling|leerlinge|leerlingen|lln|brugklasser|brugklassers|pupil|pupils|student|students|learling|mentorleerling|tutee|scholier)(?![\p{L}])/iu;

/**
 * A plural label and, later in the same sentence, a list: "the following student numbers still owe the deposit –
 * 214090, 216733", "deze leerlingnummers missen nog: 204718 en 204733". The label says what the list is.
 */
export const PLURAL_LABEL_RE = /(?<![\p{L}])(?:leerlingnummers|leerlingnrs|llnrs|stamnummers|studentnummers|student numbers|student ids|pupil numbers|learlingnûmers)(?![\p{L}])/giu;
/** A pupil-number label that asks about such a number rather than giving one ("does the student ID change?"). */
export const LABEL_ONLY_RE = /(?<![\p{L}])(?:student[- ]?id|student number|pupil number|leerlingnummer|leerling-id|stamnummer|studentnummer|llnr)(?=\s{0,2}[?!]|\s+(?:change|veranderen|verandert|wijzigen|wijzigt|blijft|stays|staat|zien|see))/giu;
export const LIST_NUMBER_RE = /(?<![\p{N}.,€$-])\d{5,8}(?![\p{N}]|[.,]\d)/gu;

/** The next number of a list after a labelled pupil number: a comma, "en", "and", "&", "/" or "of" between them. */
export const LIST_NEXT_RE = /^(?:,? (?:en|and|of|or|fan|&) |, ?| ?\/ ?)(\d{5,8})(?![\d\p{L}]|[.,]\d)/u;

export const NUMBER_THEN_NAME_RE = /(?<![\d.,:/€$-])(\d{6})(?: ?[\-–:,)] ?| | ?\((?=\p{Lu}))(\p{Lu}[\p{Ll}'-]{1,20})/gu;
/**
 * A name, the pupil's class and a six-digit number, as pupil lists are pasted: "Jan Bakker, 3H, 214578", "Noor
 * Visser - h4c - 218842", "Daan (2b) 204411".
 */
export const NAME_CLASS_NUMBER_RE =
  /(\p{Lu}[\p{Ll}'-]{1,20}(?: (?:van|de|der|den|ter|ten|el|al)){0,2}(?: \p{Lu}[\p{Ll}'-]{1,20})?)(?:, ?| ?[-–(] ?)(?:[1-6] ?(?:[a-zA-Z]{1,2}\d?|havo|vwo|mavo|vmbo|gym|hv|vh)|[hvmaHVMA][1-6][a-zA-Z]?)(?:, ?| ?[-–)] ?| )(\d{6})(?!\d|[.,:/-]\d)/gu;

// Words before a six-digit number that make it another kind of number (an order, a box, a case).
export const OTHER_NUMBER_WORDS = new Set(
  ('postbus tel telefoon fax kvk btw order bestelling bestelnummer factuur factuurnummer ticket code pin pincode ' +
    'rekening dossier zaak zaaknummer artikel artikelnummer klant klantnummer lid lidnummer lidmaatschap polis ' +
    'polisnummer kenteken bsn referentie kenmerk box invoice ref case account pass flight vlucht nummer number ' +
    'no nr totaal total prijs price euro eur bedrag amount iban postcode zip serie serial versie version').split(' '),
);

/**
 * A grouped number ("2041-556", "204 718") is a pupil number when its digits are five to eight in all, and it is
 * not a school year ("2024-2025") or a date ("12-05-2024").
 */
export function pupilDigits(digits: string): boolean {
  const count = digits.replace(/\D/g, '').length;
  return count >= 5 && count <= 8 && !/^(?:19|20)\d\d[-/ ](?:19|20)\d\d$/.test(digits) && !/^\d{1,2}[-.]\d{1,2}[-.]\d{2,4}$/.test(digits);
}

export function isNameWord(word: string): boolean {
  const w = word.toLowerCase();
  // "Ordernummer", "Factuurnr", "Klantcode": a word for a number is never a name.
  return !STOPWORDS.has(w) && !NOT_NAMES.has(w) && !OTHER_NUMBER_WORDS.has(w) && !/(?:nummer|nr|number|code|id)$/.test(w);
}

export function detectStudentNumber({ norm }: DetectorInput): Candidate[] {
  const out: Candidate[] = [];
  const text = norm.text;
  eachMatch(STUDENT_NUMBER_RE, text, (m) => {
    const digits = m[1]!;
    if (!pupilDigits(digits)) return;
    const start = m.index + m[0].length - digits.length;
    // "(e.g. 123456)" in instructions is an example, not someone's number.
    const after = norm.lower.slice(m.index + m[0].length, m.index + m[0].length + 3);
    const before = norm.lower.slice(Math.max(0, start - 8), start);
    if (/e\.g\.|bijv|bv\.|zoals/.test(before)) return;
    if (/^\s?(?:jaar|years|euro|km|uur)/.test(after)) return;
    out.push({ category: 'student-number', start, end: start + digits.length, priority: 8 });
    // One label before a list ("lln 220934 en 220981", "leerlingnummers 204718, 204733 & 204790"): the numbers
    // that follow, of the same length, are pupil numbers too.
    let at = start + digits.length;
    for (let more = 0; more < 40; more++) {
      const next = LIST_NEXT_RE.exec(text.slice(at, at + 40));
      if (!next || next[1]!.length !== digits.length || !pupilDigits(next[1]!)) break;
      const s = at + next[0].length - next[1]!.length;
      out.push({ category: 'student-number', start: s, end: s + next[1]!.length, priority: 8 });
      at = s + next[1]!.length;
    }
  });
  const seen = new Set(out.map((c) => c.start));
  // A label with no number after it, then the number in the next sentence: "does the student ID change? We have
  // 217745 showing up in both". The first five-to-eight-digit number within 160 characters is the one meant.
  eachMatch(LABEL_ONLY_RE, text, (m) => {
    const from = m.index + m[0].length;
    const n = LIST_NUMBER_RE.exec(text.slice(from, from + 160));
    LIST_NUMBER_RE.lastIndex = 0;
    if (!n || !pupilDigits(n[0])) return;
    const start = from + n.index;
    const after = norm.lower.slice(start + n[0].length, start + n[0].length + 8);
    const prev = /([\p{L}]+)[\s.:#]*$/u.exec(norm.lower.slice(Math.max(0, start - 14), start))?.[1];
    if (seen.has(start) || /^\s?(?:jaar|years|euro|km|uur|keer|times)/.test(after) || (prev && OTHER_NUMBER_WORDS.has(prev))) return;
    seen.add(start);
    out.push({ category: 'student-number', start, end: start + n[0].length, priority: 7 });
  });
  eachMatch(PLURAL_LABEL_RE, text, (m) => {
    // To the sentence's end (a list's own commas and dashes do not end it), at most 200 characters.
    const from = m.index + m[0].length;
    const rest = text.slice(from, from + 200);
    const stop = rest.search(/[!?\n]|\.(?:\s|$)/u);
    const span = stop >= 0 ? rest.slice(0, stop) : rest;
    eachMatch(LIST_NUMBER_RE, span, (n) => {
      const start = from + n.index;
      if (seen.has(start) || !pupilDigits(n[0])) return;
      seen.add(start);
      out.push({ category: 'student-number', start, end: start + n[0].length, priority: 8 });
    });
  });
  const add = (start: number) => {
    if (seen.has(start)) return;
    seen.add(start);
    out.push({ category: 'student-number', start, end: start + 6, priority: 7 });
  };
  eachMatch(NAME_THEN_NUMBER_RE, text, (m) => {
    const name = m[1]!;
    const first = name.split(' ')[0]!;
    const last = name.split(' ').pop()!;
    if (!isNameWord(first) || !isNameWord(last)) return;
    add(m.index + m[0].lastIndexOf(m[2]!));
  });
  eachMatch(NAME_BRACKET_LABEL_RE, text, (m) => {
    const start = m.index + m[0].lastIndexOf(m[1]!);
    if (!seen.has(start)) (seen.add(start), out.push({ category: 'student-number', start, end: start + m[1]!.length, priority: 8 }));
  });
  eachMatch(BARE_LABEL_RE, text, (m) => {
    const start = m.index + m[0].lastIndexOf(m[1]!);
    if (seen.has(start)) return;
    // The sentence around it, at most 80 characters either way.
    const from = Math.max(0, m.index - 80);
    const before = text.slice(from, m.index);
    const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n'));
    const afterAll = text.slice(start + m[1]!.length, start + m[1]!.length + 80);
    const end = afterAll.search(/[.!?\n]/u);
    const sentence = before.slice(cut + 1) + ' ' + (end >= 0 ? afterAll.slice(0, end) : afterAll);
    const prev = /([\p{L}]+)[\s.:#]*$/u.exec(norm.lower.slice(Math.max(0, m.index - 14), m.index))?.[1];
    if (!PUPIL_WORD_RE.test(sentence) || (prev && OTHER_NUMBER_WORDS.has(prev))) return;
    seen.add(start);
    out.push({ category: 'student-number', start, end: start + m[1]!.length, priority: 7 });
  });
  eachMatch(NUMBER_THEN_NAME_RE, text, (m) => {
    if (!isNameWord(m[2]!)) return;
    const before = norm.lower.slice(Math.max(0, m.index - 14), m.index);
    const prevWord = /([\p{L}]+)[\s.:#]*$/u.exec(before)?.[1];
    // "nr. 223456 (Yusuf)": a bare "number" label is no other kind of number when a name in brackets follows.
    const bracketed = text[m.index + 6] === '(' || text[m.index + 7] === '(';
    if (prevWord && (OTHER_NUMBER_WORDS.has(prevWord) || (bracketed && /(?:nummer|nr|number|code)$/.test(prevWord))) && !(bracketed && /^(?:nr|no|nummer|number)$/.test(prevWord))) return;
    add(m.index);
  });
  eachMatch(NAME_CLASS_NUMBER_RE, text, (m) => {
    const first = m[1]!.split(' ')[0]!;
    if (!isNameWord(first)) return;
    add(m.index + m[0].lastIndexOf(m[2]!));
  });
  return out;
}
