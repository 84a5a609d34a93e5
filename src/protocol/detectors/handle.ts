// @handles and profile links of private persons; the school's own handles and hashtags are left alone.
import { eachMatch } from './match.ts';
import { lexicon } from './lexicon.ts';
import type { Candidate, DetectorInput } from './types.ts';

export const HANDLE_RE = /(?<![\w@./])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}[A-Za-z0-9_])?/g;
export const PROFILE_RE =
  /(?<![\w.])(?:https?:\/\/)?(?:www\.|m\.|nl\.)?(?:tiktok\.com\/@|instagram\.com\/|linkedin\.com\/in\/|facebook\.com\/|fb\.com\/|x\.com\/|twitter\.com\/|threads\.net\/@|snapchat\.com\/add\/|youtube\.com\/@)[A-Za-z0-9_.\-]{2,100}/gi;

// Accounts of businesses and institutions are not private persons; an obvious business word in the handle
// says so (tattoostudio_inkdrachten, bakkerij_dejong).
const BUSINESS = /(?:studio|shop|store|bakkerij|kapper|salon|garage|official|school|college|gemeente|bibliotheek|museum|team|club|vereniging|cafe|restaurant|media|news|nieuws|foto|photo|design|fc$|sc$|bv$)/;
/** A business word as a whole part of the handle or as its head ("tattoostudio", "kapsalon", "fc"). */
const BUSINESS_HEADS = 'studio shop store bakkerij kapper salon garage official school college gemeente bibliotheek museum team club vereniging cafe restaurant media news nieuws foto photo photography fotografie design'.split(' ');
const BUSINESS_SHORT = new Set(['fc', 'sc', 'bv']);
const businessPart = (p: string) => BUSINESS_SHORT.has(p) || BUSINESS_HEADS.some((w) => p.endsWith(w));

/**
 * Is `user` a business's account? A business word anywhere in it says so ("annafotografie"), except when it is
 * only the start of a longer word in a handle with a person's first name as one of its parts: "daan.fotografeert"
 * (Daan takes photos) is a person's, "daan.fotostudio" or "studio_daan" a business's.
 */
function isBusiness(user: string): boolean {
  if (!BUSINESS.test(user)) return false;
  const parts = user.split(/[._\d]+/).filter(Boolean);
  if (parts.some(businessPart)) return true;
  const names = lexicon();
  return !parts.some((p) => names.strong.has(p));
}

const TAG_WORD_RE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?/u;
const TAG_NEXT_RE = /^ (?:\p{Lu}\p{Ll}|(?:van|de|der|den|ter|ten|te|el|al|ben|bin|da|di|du|le|la|von|mc) )/u;

/**
 * Facebook's reply tag "@Sanne de Jong", typed or pasted as text: an @ before a capitalised first name and then
 * a capitalised word or a surname particle. That is a person's name, not a handle (handles have no spaces); the
 * name detector reports it whole. Returns whether the @ at `at` opens such a tag.
 */
export function isPersonTag(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 64) return false;
  const word = TAG_WORD_RE.exec(text.slice(at + 1, at + 41));
  return !!word && TAG_NEXT_RE.test(text.slice(at + 1 + word[0].length, at + 6 + word[0].length));
}

export function detectHandle({ norm, school }: DetectorInput): Candidate[] {
  const out: Candidate[] = [];
  const text = norm.text;
  eachMatch(PROFILE_RE, text, (m) => {
    const user = m[0].replace(/^.*\/@?/, '').toLowerCase();
    if (school.handles.has(user) || isBusiness(user)) return;
    out.push({ category: 'handle', start: m.index, end: m.index + m[0].length, priority: 9 });
  });
  eachMatch(HANDLE_RE, text, (m) => {
    const user = m[0].slice(1).toLowerCase();
    if (school.handles.has(user) || school.hashtags.has(user) || isBusiness(user) || isPersonTag(text, m.index)) return;
    out.push({ category: 'handle', start: m.index, end: m.index + m[0].length, priority: 8 });
  });
  return out;
}
