// Dates of birth and exact ages tied to a person: "50e verjaardag", "je 40e", "16 geworden", "7 today",
// "born on 3 March 2011", "Geboren op 14 oktober", "Hylke (15)". Bare ages in general talk ("vanaf 16 jaar",
// "a 13-year-old") are not tied to anyone and stay unflagged.
import { eachMatch } from './match.ts';
import type { Candidate, DetectorInput } from './types.ts';

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|' +
  'jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|' +
  'january|february|march|may|june|july|august|october';
const DATE = `(?:\\d{1,2}(?:st|nd|rd|th|e)? (?:${MONTHS})(?: \\d{4})?|(?:${MONTHS}) \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?|\\d{1,2}[-/.]\\d{1,2}[-/.](?:19|20)?\\d{2})`;

export const BIRTHDATE_PATTERNS: readonly RegExp[] = [
  // Date of birth.
  new RegExp(`\\b(?:geboren|born|geb\\.|geboortedatum|date of birth|dob|d\\.o\\.b\\.|birthday is|jarig op)(?: on| op| in)?:? ${DATE}`, 'gi'),
  // Ordinal birthday: "50e verjaardag", "her 16th birthday", "40ste verjaardag".
  /\b\d{1,3}(?:e|ste|de|th|st|nd|rd) (?:verjaardag|birthday|bday)\b/gi,
  // "met je 40e", "on your 18th": an ordinal right after a possessive, not followed by a counted noun.
  /\b(?:je|jouw|zijn|haar|your|his|her)\s\d{1,3}(?:e|ste|th|st|nd|rd)\b(?![ \-](?:keer|plaats|minuut|uur|jaar|les|dag|week|maand|time|place|minute|hour|year|day|week|month|lesson|try|attempt|poging|rij|row|klas|grade|verdieping|floor))/gi,
  // "is vandaag 16 geworden", "16 jaar geworden", "wordt 18", "turned 16", "turns 7".
  /\b\d{1,3} (?:jaar )?geworden\b/gi,
  /\b(?:wordt|werd|turned|turns|turning) (?:vandaag |today |morgen )?\d{1,3}\b(?! (?:keer|times|minuten|minutes|km|kilo|euro|procent|percent|%))/gi,
  // "7 today", "16 vandaag", "12 years old", "8 jaar oud".
  /\b\d{1,3} (?:today|vandaag)(?=[ !.,)]|$)/gi,
  /\b(?:is|was|nu|now|, )\s?\d{1,3}(?: |-)(?:years?|jaar)(?: |-)old\b|\b(?:is|was|nu|, )\s?\d{1,3} jaar oud\b/gi,
  // "Hylke (15)": a capitalised word with a bare age in brackets.
  /\p{Lu}\p{Ll}{1,30} \(\d{1,2}\)|\(\p{Lu}\p{Ll}{1,30}, \d{1,2}\)/gu,
];

// "Hylke (15)" and "(Timo, 12)": a capitalised word with a bare age in brackets; only the age is reported.
// "Onze Roos is 3 jaar geworden! 🐶" and anniversaries: an animal or a service length is not a person's age.
const NOT_PERSON = /\b(?:hond|kat|poes|paard|konijn|dog|cat|puppy|kitten|horse|in dienst|getrouwd|samen|married|together|bestaat|jubileum|anniversary)/i;

export function detectBirthdate({ norm }: DetectorInput): Candidate[] {
  const out: Candidate[] = [];
  const text = norm.text;
  for (const re of BIRTHDATE_PATTERNS) {
    eachMatch(re, text, (m) => {
      // For "Hylke (15)" only the bracketed age is the birth data; the name is reported by the name detector.
      const bracketed = m[0].endsWith(')') && m[0].includes('(');
      const start = bracketed ? m.index + m[0].search(/\d/) : m.index;
      const end = bracketed ? m.index + m[0].length - 1 : m.index + m[0].length;
      // The same line, at most 60 characters before and 40 after (bounded, so long pastes stay linear).
      const window = text.slice(Math.max(0, start - 60), Math.min(text.length, end + 40));
      const rel = start - Math.max(0, start - 60);
      const around = window.slice(window.lastIndexOf('\n', rel) + 1).split('\n', 1)[0]!;
      if (NOT_PERSON.test(around)) return;
      out.push({ category: 'birthdate', start, end, priority: 5 });
    });
  }
  return out;
}
