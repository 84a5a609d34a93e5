// BSN (burgerservicenummer): nine digits that pass the 11-proof. A number next to order/invoice words is
// not a BSN even when it passes by chance (one in eleven numbers does).
import { eachMatch } from './match.ts';
import type { Candidate, DetectorInput } from './types.ts';

export const BSN_RE = /(?<![\d\-.,/€$])(?:\d{9}|\d{4}[ .]\d{2}[ .]\d{3}|\d{3}[ .]\d{2}[ .]\d{2}[ .]\d{2})(?!\d|[\-,./]\d)/g;
export const BSN_CONTEXT_RE = /\b(?:bsn|burgerservicenummer|burger ?service ?nummer|sofinummer|sofi-nummer|citizen service number)\b/;
export const NOT_BSN_CONTEXT_RE =
  /\b(?:bestel|order|factuur|invoice|klant|customer|track|trace|zending|pakket|referentie|ref|kenmerk|dossier|ticket|artikel|product|serie|serial|account|rekening|transactie|leerling|lln|student|postcode|tel|telefoon|phone|bel|mobiel)\w*\W{0,3}(?:nr|nummer|number|no|id)?\W{0,3}$/;

export function elevenProof(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0 && digits !== '000000000';
}

export function detectBsn({ norm }: DetectorInput): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(BSN_RE, norm.text, (m) => {
    const digits = m[0].replace(/\D/g, '');
    if (!elevenProof(digits)) return;
    const before = norm.lower.slice(Math.max(0, m.index - 40), m.index);
    if (!BSN_CONTEXT_RE.test(before) && NOT_BSN_CONTEXT_RE.test(before)) return;
    if (/[€$£]\s?$/.test(before)) return; // an amount
    out.push({ category: 'bsn', start: m.index, end: m.index + m[0].length, priority: 8 });
  });
  return out;
}
