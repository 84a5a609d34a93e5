// IBANs, spaced or not, checked with ibantools (checksum and country format) rather than by hand.
import { isValidIBAN } from 'ibantools';
import { eachMatch } from './match.ts';
import type { Candidate, DetectorInput } from './types.ts';

// Country code, check digits, then up to 30 alphanumerics with optional single spaces between them.
export const IBAN_RE = /\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){10,30}/g;

export function detectIban({ norm }: DetectorInput): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(IBAN_RE, norm.text, (m) => {
    const s = m[0];
    // The pattern may run on into the next word; try the longest prefix that validates.
    let compact = '';
    const ends: number[] = [];
    for (let i = 0; i < s.length; i++) {
      if (s[i] === ' ') continue;
      compact += s[i]!.toUpperCase();
      ends.push(i + 1);
    }
    let hit = false;
    for (let len = compact.length; len >= 14; len--) {
      if (isValidIBAN(compact.slice(0, len))) {
        out.push({ category: 'iban', start: m.index, end: m.index + ends[len - 1]!, priority: 10 });
        hit = true;
        break;
      }
    }
    // A Dutch account number in its exact shape (NL, two digits, a four-letter bank code, ten digits) is an
    // account number to the reader even with a typo in it: reported, so a mistyped IBAN is not published.
    const nl = /^NL\d{2}[A-Z]{4}\d{10}/.exec(compact);
    if (!hit && nl) out.push({ category: 'iban', start: m.index, end: m.index + ends[17]!, priority: 10 });
  });
  return out;
}
