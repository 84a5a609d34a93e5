// Runs every personal-data detector over the normalised draft and resolves overlapping spans.
import type { NormalizedText } from '../normalize.ts';
import type { PersonalCategory, Settings } from '../types.ts';
import { detectAddress } from './address.ts';
import { BECOMING_RE, BIRTHDAY_CUE_RE, detectBirthdate } from './birthdate.ts';
import { detectBsn } from './bsn.ts';
import { detectEmail } from './email.ts';
import { detectHandle } from './handle.ts';
import { detectHealth } from './health.ts';
import { detectIban } from './iban.ts';
import { detectNames } from './names.ts';
import { detectPhone } from './phone.ts';
import { DIGIT_RE } from './match.ts';
import { detectPlate } from './plate.ts';
import { detectStudentNumber } from './student-number.ts';
import { chunkRanges, tokenize, type Token } from './tokenize.ts';
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

/**
 * Keeps, of overlapping candidates, the one with the highest priority (then the longest). One sweep in
 * start order: kept spans never overlap, so a new span can only clash with the last one kept.
 */
export function resolveOverlaps(cands: Candidate[]): Candidate[] {
  const sorted = cands.filter((c) => c.end > c.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) {
      kept.push(c);
      continue;
    }
    const better = c.priority > last.priority || (c.priority === last.priority && c.end - c.start > last.end - last.start);
    if (better) kept[kept.length - 1] = c;
  }
  return kept;
}

/**
 * Health facts a few words apart in one sentence ("is moslim en vast deze maand", "zwanger en misselijk") are one
 * fact about one person: one finding, not two. Gap at most 20 characters with no sentence end in it.
 */
function mergeNearby(health: Candidate[], text: string): Candidate[] {
  if (health.length < 2) return health;
  const sorted = [...health].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [sorted[0]!];
  for (let i = 1; i < sorted.length; i++) {
    const c = sorted[i]!;
    const last = out[out.length - 1]!;
    if (c.start <= last.end) {
      if (c.end > last.end) out[out.length - 1] = { ...last, end: c.end };
      continue;
    }
    if (c.start - last.end <= 20 && !/[.!?\n]/.test(text.slice(last.end, c.start))) out[out.length - 1] = { ...last, end: Math.max(last.end, c.end) };
    else out.push(c);
  }
  return out;
}

export function detectPersonalData(norm: NormalizedText, settings: Settings): PersonalSpan[] {
  const text = norm.text;
  const base: DetectorInput = { norm, tokens: [], settings, school: schoolWords(settings.school) };
  // Token-level detectors run range by range on long pastes (see chunkRanges); a draft is one range.
  const ranges = chunkRanges(text);
  let single: Token[] | null = null;
  const tokensOf = (r: [number, number]): Token[] => {
    if (ranges.length > 1) return tokenize(text, r[0], r[1]);
    return (single ??= tokenize(text, r[0], r[1]));
  };
  const structured = [...detectEmail(base), ...detectHandle(base)];
  // Every other structured category contains a digit; most short drafts have none or few.
  const digits = DIGIT_RE.test(text);
  if (digits) {
    structured.push(
      ...detectIban(base),
      ...detectPhone(base),
      ...detectBsn(base),
      ...detectStudentNumber(base),
      ...detectPlate(base),
      ...detectAddress(base),
    );
  }
  const found: Candidate[] = [...structured];
  for (const r of ranges) for (const c of detectNames({ ...base, tokens: tokensOf(r) })) found.push(c);
  // A name inside an e-mail address or handle is that item, not a separate name; health and ages need the
  // names to tie a diagnosis or an age to a person. Both use the resolved spans so this stays linear.
  const names = resolveOverlaps(found).filter((c) => c.category === 'name');
  const health = detectHealth(base, names, 'text');
  // Ages are digits, or words after a verb of becoming ("wordt vandaag zestien"): without either, skip the pass.
  // A birthday cue too: "Hoera, Yara is vandaag dertien!".
  const aged = digits || BECOMING_RE.test(norm.lower) || BIRTHDAY_CUE_RE.test(norm.lower);
  const ages = aged ? detectBirthdate(base, names, 'text') : [];
  for (const r of ranges) {
    const input = { ...base, tokens: tokensOf(r) };
    for (const c of detectHealth(input, names, 'tokens')) health.push(c);
    if (aged) for (const c of detectBirthdate(input, names, 'tokens')) ages.push(c);
  }
  return resolveOverlaps([...structured, ...names, ...mergeNearby(health, text), ...ages]).map((c) => {
    const [start, end] = norm.toOriginal(c.start, c.end);
    return { category: c.category, start, end, text: norm.original.slice(start, end) };
  });
}
