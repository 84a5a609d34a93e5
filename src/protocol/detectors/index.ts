// Runs every personal-data detector over the normalised draft and resolves overlapping spans.
import type { NormalizedText } from '../normalize.ts';
import type { PersonalCategory, Settings } from '../types.ts';
import { detectAddress } from './address.ts';
import { detectBirthdate } from './birthdate.ts';
import { detectBsn } from './bsn.ts';
import { detectEmail } from './email.ts';
import { detectHandle } from './handle.ts';
import { detectHealth } from './health.ts';
import { detectIban } from './iban.ts';
import { detectNames } from './names.ts';
import { detectPhone } from './phone.ts';
import { detectPlate } from './plate.ts';
import { detectStudentNumber } from './student-number.ts';
import { tokenize } from './tokenize.ts';
import type { Candidate, DetectorInput, SchoolWords } from './types.ts';

export type { Candidate } from './types.ts';
export { tokenize, type Token } from './tokenize.ts';

export interface PersonalSpan {
  category: PersonalCategory;
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  text: string;
}

const SPLIT_RE = /[^\p{L}\p{N}]+/u;

const schoolCache = new WeakMap<Settings['school'], SchoolWords>();
function schoolWords(school: Settings['school']): SchoolWords {
  let w = schoolCache.get(school);
  if (!w) {
    const words = new Set<string>();
    for (const s of [school.name, ...school.aliases, ...school.locations]) {
      for (const part of s.toLowerCase().split(SPLIT_RE)) if (part.length > 3) words.add(part);
    }
    w = {
      words,
      handles: new Set(school.handles.map((h) => h.toLowerCase().replace(/^@/, ''))),
      hashtags: new Set(school.hashtags.map((h) => h.toLowerCase().replace(/^#/, ''))),
      domains: school.domains.map((d) => d.toLowerCase()),
    };
    schoolCache.set(school, w);
  }
  return w;
}

/** Keeps, of overlapping candidates, the one with the highest priority (then the longest). */
export function resolveOverlaps(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (c.end <= c.start) continue;
    // Health and birth data sit inside sentences about a named person; they may touch but not overlap.
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function detectPersonalData(norm: NormalizedText, settings: Settings): PersonalSpan[] {
  const input: DetectorInput = { norm, tokens: tokenize(norm.text), settings, school: schoolWords(settings.school) };
  const structured = [
    ...detectEmail(input),
    ...detectHandle(input),
    ...detectIban(input),
    ...detectPhone(input),
    ...detectBsn(input),
    ...detectStudentNumber(input),
    ...detectPlate(input),
    ...detectAddress(input),
    ...detectBirthdate(input),
  ];
  const names = detectNames(input).filter((n) => !structured.some((s) => s.start < n.end && n.start < s.end && s.priority > n.priority && s.category !== 'birthdate'));
  const health = detectHealth(input, names);
  return resolveOverlaps([...structured, ...names, ...health]).map((c) => {
    const [start, end] = norm.toOriginal(c.start, c.end);
    return { category: c.category, start, end, text: norm.original.slice(start, end) };
  });
}
