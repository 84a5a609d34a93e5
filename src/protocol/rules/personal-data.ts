// A2/C1: personal data of pupils, parents and colleagues (AVG art. 4) must not be posted. One finding per
// item, with its category, so the banner can list what it found and offer to mask it.
import { detectPersonalData } from '../detectors/index.ts';
import { report, type Rule } from '../rule.ts';
import type { Edit, Finding, Fix, PersonalCategory, RuleMeta } from '../types.ts';

// Full literal keys, so a test can check every key is used and present in both locales.
const TITLE_KEYS: Record<PersonalCategory, string> = {
  name: 'pd_title_name',
  email: 'pd_title_email',
  phone: 'pd_title_phone',
  bsn: 'pd_title_bsn',
  iban: 'pd_title_iban',
  address: 'pd_title_address',
  birthdate: 'pd_title_birthdate',
  'student-number': 'pd_title_student_number',
  handle: 'pd_title_handle',
  plate: 'pd_title_plate',
  health: 'pd_title_health',
};

export const personalDataMeta: RuleMeta = {
  code: 'personal-data',
  article: 'A2',
  severity: 'warning',
  messageKeys: [...Object.values(TITLE_KEYS), 'pd_detail', 'pd_fix_initial', 'pd_fix_mask'],
  setting: 'personalData',
  inChats: true,
};

const TITLE_WORD = new Set(['mr', 'mrs', 'ms', 'miss', 'dr']);
export const UPPER_START_RE = /^\p{Lu}/u;
export const LETTER_RE = /\p{L}/u;

/** "Femke Bosma" → "F.", "P. de Boer" → "P.": keeps the sentence readable without identifying anyone. */
export function initialOf(name: string): string {
  // One pass over the words without split/filter arrays: a long paste can hold thousands of names.
  let first = '';
  let pos = 0;
  while (pos < name.length) {
    while (pos < name.length && /\s/.test(name[pos]!)) pos++;
    if (pos >= name.length) break;
    let end = pos;
    while (end < name.length && !/\s/.test(name[end]!)) end++;
    const w = name.slice(pos, end);
    if (!first) first = w;
    if (UPPER_START_RE.test(w) && !TITLE_WORD.has(w.replace(/\.$/, '').toLowerCase())) {
      first = w;
      break;
    }
    pos = end;
  }
  const letter = first.match(LETTER_RE)?.[0] ?? '';
  return letter ? `${letter.toUpperCase()}.` : '';
}

/** Keeps separators and the first two characters, masks every other letter or digit: "06-41827356" → "06-********". */
export function mask(text: string): string {
  let seen = 0;
  let out = '';
  for (const ch of text) {
    if (/[\p{L}\p{N}]/u.test(ch)) {
      out += seen < 2 && !text.includes('@') ? ch : '*';
      seen++;
    } else out += ch;
  }
  return out;
}

function fixesFor(category: PersonalCategory, start: number, end: number, text: string): Fix[] | undefined {
  const edit = (replacement: string): Edit[] => [{ start, end, text: replacement }];
  switch (category) {
    case 'name': {
      const initial = initialOf(text);
      return initial && initial !== text ? [{ labelKey: 'pd_fix_initial', edits: edit(initial) }] : undefined;
    }
    case 'health':
    case 'birthdate':
      // Masking a diagnosis or an age leaves a sentence that still says it; the writer must rephrase.
      return undefined;
    default:
      return [{ labelKey: 'pd_fix_mask', edits: edit(mask(text)) }];
  }
}

export const personalDataRule: Rule = {
  meta: personalDataMeta,
  check(ctx) {
    const findings: Finding[] = [];
    for (const span of detectPersonalData(ctx.norm, ctx.settings)) {
      findings.push(
        report(personalDataMeta, {
          messageKey: TITLE_KEYS[span.category],
          detailKey: 'pd_detail',
          messageArgs: [span.text],
          start: span.start,
          end: span.end,
          category: span.category,
          text: span.text,
          fixes: fixesFor(span.category, span.start, span.end, span.text),
        }),
      );
    }
    return findings;
  },
};
