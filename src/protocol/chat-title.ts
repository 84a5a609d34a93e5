// B1: does a chat's title look like a class or parents' group? Pure, so the content script (which decides whether
// to judge a WhatsApp Web chat at all) and the rule (which names the reminder) ask the same question.
//
// The title is folded (compatibility forms, accents and case aside: '𝟮𝗕' = '2B', 'Âlden' = 'alden'), cut into
// words of letters and digits (emoji, punctuation and hyphens separate), and read for four signs:
//   audience  words naming pupils or parents: 'ouders', 'leerlingen', Frisian 'âlden', 'learlingen';
//   group     words naming a class or its group: 'klas', 'mentor', 'mentorklas', 'brugklas';
//   class     class codes: '2B', '1ha', 'h4c', 'V5', '4vwo', '3 havo', 'havo 4';
//   school    the school's name or one of its aliases.
// A title with a group word, a class code or the school's name is a group, unless it also has an except word
// (colleagues, a section, a reunion): 'Docenten 2B' is the team around a class, not the class. A word naming pupils
// or parents overrides that ('Docenten en ouders 2B' is a group), but on its own it is not enough: 'Ouders ❤️' is
// more often a family chat than a school one. A compound whose head is such a word ('oudergroep', 'ouderapp',
// 'leerlingenraad') is enough on its own.
//
// Only words from the profile and fixed, anchored, bounded patterns on one word: no regular expression here can
// backtrack, and none comes from settings.
import type { GroupChats, SchoolProfile } from '../settings/schema.ts';
import { LIUDGER_GROUP_CHATS } from '../settings/profile-liudger.ts';

/** No chat title is longer (WhatsApp caps a group's subject at 100 characters); more is read as cut off here. */
export const MAX_TITLE_CHARS = 300;

/** Tails that make a compound of a profile word: 'ouder|groep', 'klassen|app', 'mentor|klas', 'leerlingen|raad'. */
const COMPOUND_TAILS = ['groep', 'groepje', 'app', 'appje', 'chat', 'klas', 'klasse', 'raad', 'ried', 'avond', 'uur'] as const;

// One word: letters and digits, with an inner apostrophe ("collega's"); after folding, so ’ is already '.
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
// Inside a word, letters apart from digits: 'ouders2b' → 'ouders', '2', 'b'.
const PART = /\p{L}+|\p{N}+/gu;

// Class codes on one word. Years 1–6; a class letter, but not d, e, g, k, o or x, which make '3D', '1e', '5G',
// '4K', 'H2O' and '4x4' (so a class '2D' is recognised only with another sign, e.g. 'ouders 2D').
const CLASS_YEAR_LETTER = /^[1-6][abcfhijlmnpqrstuvwyz][1-9]?$/;
// Year and a level's letter and a class letter: '1ha', '3hv', '2tl', '4vb', '3kb', '2mh1'.
const CLASS_YEAR_LEVEL = /^[1-6][hvmtgbk][a-z][1-9]?$/;
// Level letter first: 'h4c', 'v5', 'm2'; 'a', 'g' and 't' only with a class letter ('a5b', 'g3a'), since 'A4',
// 'G7' and 'T5' are usually something else.
const CLASS_LEVEL_YEAR = /^(?:[hvm][1-6][a-np-z]?|[agt][1-6][a-np-z])$/;
const LEVELS = 'havo|vwo|mavo|vmbo|tl|gt|kb|bb|kgt|gym|gymnasium|atheneum|lyceum|tto';
// Year and level in one word: '4vwo', '3havob', 'vwo5', 'havo4b'.
const CLASS_JOINED = new RegExp(`^(?:[1-6](?:${LEVELS})[a-z]?|(?:${LEVELS})[1-6][a-z]?)$`);
const LEVEL = new RegExp(`^(?:${LEVELS})$`);
const YEAR = /^[1-6]$/;

export type ChatSign = 'audience' | 'group' | 'class' | 'school' | 'except';

export interface ChatClassification {
  /** The title looks like a class or parents' group: B1 applies. */
  group: boolean;
  /** The signs found, for tests and explanations; never stored or sent. */
  signs: ChatSign[];
}

/** Compatibility forms, accents and case folded; curly apostrophes made straight. */
export function foldTitle(text: string): string {
  return text
    .slice(0, MAX_TITLE_CHARS)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .toLowerCase();
}

/** The words of a folded text. */
function wordsOf(folded: string): string[] {
  return folded.match(WORD) ?? [];
}

/** A profile word or phrase as a list of folded words ('oud-leerlingen' → ['oud', 'leerlingen']). */
function phrase(entry: string): string[] {
  return wordsOf(foldTitle(entry.trim()));
}

interface Token {
  text: string;
  used: boolean;
}

/**
 * Marks the tokens where `entry` occurs and says whether it did, and whether as a compound. A phrase matches
 * consecutive tokens; its last word may carry a compound tail.
 */
function findPhrase(tokens: Token[], words: string[], compounds: boolean): 'word' | 'compound' | undefined {
  if (!words.length) return undefined;
  let found: 'word' | 'compound' | undefined;
  for (let i = 0; i + words.length <= tokens.length; i++) {
    let kind: 'word' | 'compound' | undefined = 'word';
    for (let j = 0; j < words.length && kind; j++) {
      const token = tokens[i + j]!;
      const word = words[j]!;
      if (token.used) kind = undefined;
      else if (token.text === word) continue;
      else if (compounds && j === words.length - 1 && token.text.startsWith(word) && (COMPOUND_TAILS as readonly string[]).includes(token.text.slice(word.length))) kind = 'compound';
      else kind = undefined;
    }
    if (!kind) continue;
    for (let j = 0; j < words.length; j++) tokens[i + j]!.used = true;
    if (found !== 'compound') found = kind;
  }
  return found;
}

/** Any of `entries` in the tokens (marking them). */
function findAny(tokens: Token[], entries: readonly string[], compounds: boolean): 'word' | 'compound' | undefined {
  let found: 'word' | 'compound' | undefined;
  for (const entry of entries) {
    const kind = findPhrase(tokens, phrase(entry), compounds);
    if (kind && found !== 'compound') found = kind;
  }
  return found;
}

function hasClassCode(words: string[], parts: string[]): boolean {
  if (words.some((w) => CLASS_YEAR_LETTER.test(w) || CLASS_YEAR_LEVEL.test(w) || CLASS_LEVEL_YEAR.test(w) || CLASS_JOINED.test(w))) return true;
  // Year and level as two words: '3 havo', 'havo 3', 'vwo-5'.
  for (let i = 0; i + 1 < parts.length; i++) {
    const a = parts[i]!;
    const b = parts[i + 1]!;
    if ((YEAR.test(a) && LEVEL.test(b)) || (LEVEL.test(a) && YEAR.test(b))) return true;
  }
  return false;
}

/**
 * Classifies a chat's title with the profile's words. `school` gives the names and the group words; a profile
 * from before version 5 (a published copy) reads with the default words.
 */
export function classifyChatTitle(title: string, school: Pick<SchoolProfile, 'name' | 'aliases'> & { groupChats?: GroupChats }): ChatClassification {
  const config = school.groupChats ?? LIUDGER_GROUP_CHATS;
  const folded = foldTitle(typeof title === 'string' ? title : '');
  const words = wordsOf(folded);
  const parts = words.flatMap((w) => w.match(PART) ?? []);
  // Words split at letter–digit seams too, so 'Ouders2B' still has 'ouders'; whole words are tried first.
  const whole: Token[] = words.map((text) => ({ text, used: false }));
  const split: Token[] = parts.map((text) => ({ text, used: false }));
  const signs: ChatSign[] = [];

  // Except words first, and they use up their words: 'oud-leerlingen' is not 'leerlingen'.
  const except = Boolean(findAny(whole, config.exceptWords, false) ?? findAny(split, config.exceptWords, false));
  markUsed(split, whole);
  // Each list looks at the words the except words left, in a copy of its own.
  const left = (list: Token[]): Token[] => list.map((t) => ({ ...t }));
  const find = (entries: readonly string[], compounds: boolean) => findAny(left(whole), entries, compounds) ?? findAny(left(split), entries, compounds);

  const audience = find(config.audienceWords, true);
  const group = find(config.groupWords, true);
  const classCode = config.classCodes && hasClassCode(words.filter((_, i) => !whole[i]!.used), parts.filter((_, i) => !split[i]!.used));
  const names = config.schoolNames ? [school.name, ...school.aliases].filter((n) => typeof n === 'string' && n.trim()) : [];
  const schoolName = Boolean(find(names, false));

  if (audience) signs.push('audience');
  if (group) signs.push('group');
  if (classCode) signs.push('class');
  if (schoolName) signs.push('school');
  if (except) signs.push('except');

  const strong = Boolean(group) || classCode || schoolName;
  const isGroup = audience ? strong || audience === 'compound' : strong && !except;
  return { group: isGroup, signs };
}

/** Marks as used every part that belongs to a used whole word (parts are the words' pieces, in order). */
function markUsed(split: Token[], whole: Token[]): void {
  let k = 0;
  for (const w of whole) {
    const pieces = w.text.match(PART) ?? [];
    for (let j = 0; j < pieces.length && k < split.length; j++, k++) if (w.used) split[k]!.used = true;
  }
}

/** The patterns above, exported for tests/unit/regex-safety.test.ts (which checks every exported pattern). */
export const CHAT_TITLE_PATTERNS = { WORD, PART, CLASS_YEAR_LETTER, CLASS_YEAR_LEVEL, CLASS_LEVEL_YEAR, CLASS_JOINED, LEVEL, YEAR } as const;
