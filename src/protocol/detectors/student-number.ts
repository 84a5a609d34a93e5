// Student numbers: five to eight digits right after a word that says so (leerlingnummer 204718,
// lln.nr 207745, student no. 211093, student 214407's).
import { eachMatch } from './match.ts';
import type { Candidate, DetectorInput } from './types.ts';

export const STUDENT_NUMBER_RE =
  /\b(?:leerling(?:en)?(?:nummer|nr|id)|lln\.? ?nr|llnr|lln|leerlingnr|studentnummer|studentnr|student(?:en)? ?(?:no|nr|number|num|id|#)|student|pupil(?: no| number| id)?|schoolpas ?(?:nummer|nr))(?:[ .:#]{0,3})(\d{5,8})(?![\d,])/gi;

export function detectStudentNumber({ norm }: DetectorInput): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(STUDENT_NUMBER_RE, norm.text, (m) => {
    const digits = m[1]!;
    const start = m.index + m[0].length - digits.length;
    // "(e.g. 123456)" in instructions is an example, not someone's number.
    const after = norm.lower.slice(m.index + m[0].length, m.index + m[0].length + 3);
    const before = norm.lower.slice(Math.max(0, start - 8), start);
    if (/e\.g\.|bijv|bv\.|zoals/.test(before)) return;
    if (/^\s?(?:jaar|years|euro|km|uur)/.test(after)) return;
    out.push({ category: 'student-number', start, end: start + digits.length, priority: 8 });
  });
  return out;
}
