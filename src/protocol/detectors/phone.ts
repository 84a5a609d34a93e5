// Dutch phone numbers: mobile (06, +31 6), landline with area code (0512-571200, 0512 46 83 21), in any
// spacing. Service numbers (0800/0900/0909, 112, 14 0xx) are institutional and not reported.
import { eachMatch } from './match.ts';
import type { Candidate, DetectorInput } from './types.ts';

// Ten digits in total from the leading 0 (or country code + nine digits); spaces, hyphens or the closing
// bracket of an area code between them, up to three in a row: people type "06 - 33 71 29 04" with a spaced hyphen.
export const PHONE_RE = /(?<![\w+\-/.,])(?:(?:\+|00)31[ \-]?(?:\(0\)[ \-]?)?|\(?0)(?:[ \-)]{0,3}\d){9}(?![\w\-])/g;

const SERVICE = /^(?:\+31|0031|0)(?:800|900|906|909)/;

export function detectPhone({ norm }: DetectorInput): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(PHONE_RE, norm.text, (m) => {
    const compact = m[0].replace(/[^\d+]/g, '');
    if (SERVICE.test(compact)) return;
    out.push({ category: 'phone', start: m.index, end: m.index + m[0].length, priority: 7 });
  });
  return out;
}
