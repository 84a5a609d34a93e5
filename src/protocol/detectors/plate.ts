// Dutch licence plates in every sidecode since 1951, written with hyphens (34-LHK-7, VK-482-B, HN-77-TP).
import { eachMatch } from './match.ts';
import type { Candidate, DetectorInput } from './types.ts';

const L = '[A-Z]';
const SIDECODES = [
  'LL-99-99', '99-99-LL', '99-LL-99', 'LL-99-LL', 'LL-LL-99', '99-LL-LL', '99-LLL-9', '9-LLL-99',
  'LL-999-L', 'L-999-LL', 'LLL-99-L', 'L-99-LLL', '9-LL-999', '999-LL-9', 'LLL-999', '999-LLL',
];
const alt = SIDECODES.map((c) => c.replace(/L/g, L).replace(/9/g, '\\d')).join('|');

export const PLATE_RE = new RegExp(`(?<![\\w-])(?:${alt})(?![\\w-])`, 'g');
// Lower-case or unhyphenated plates only with the word for it right before.
export const PLATE_CONTEXT_RE = /\b(?:kenteken|kentekenplaat|nummerbord|licen[cs]e plate|number plate|plate)\W{0,3}([a-z0-9]{1,3}-?[a-z0-9]{1,3}-?[a-z0-9]{1,3})(?![\w-])/gi;

export function detectPlate({ norm }: DetectorInput): Candidate[] {
  const out: Candidate[] = [];
  eachMatch(PLATE_RE, norm.text, (m) => {
    // A bare "999-LLL"/"LLL-999" is rare as a plate and common as a code; require letters not to be a word.
    out.push({ category: 'plate', start: m.index, end: m.index + m[0].length, priority: 7 });
  });
  eachMatch(PLATE_CONTEXT_RE, norm.text, (m) => {
    const plate = m[1]!;
    const compact = plate.replace(/-/g, '');
    if (compact.length !== 6 || !/\d/.test(compact) || !/[a-z]/i.test(compact)) return;
    const start = m.index + m[0].length - plate.length;
    out.push({ category: 'plate', start, end: start + plate.length, priority: 7 });
  });
  return out;
}
