// @handles and profile links of private persons; the school's own handles and hashtags are left alone.
import { eachMatch } from './match.ts';
import type { Candidate, DetectorInput } from './types.ts';
import { NOT_NAMES, ORG_NOUNS, STOPWORDS } from './words.ts';

export const HANDLE_RE = /(?<![\w@./])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}[A-Za-z0-9_])?/g;
export const PROFILE_RE =
  /(?<![\w.])(?:https?:\/\/)?(?:www\.|m\.|nl\.)?(?:tiktok\.com\/@|instagram\.com\/|linkedin\.com\/in\/|facebook\.com\/|fb\.com\/|x\.com\/|twitter\.com\/|threads\.net\/@|snapchat\.com\/add\/|youtube\.com\/@)[A-Za-z0-9_.\-]{2,100}/gi;

// Accounts of businesses and institutions are not private persons; an obvious business word in the handle
// says so (tattoostudio_inkdrachten, bakkerij_dejong).
const BUSINESS = /(?:studio|shop|store|bakkerij|kapper|salon|garage|official|school|college|gemeente|bibliotheek|museum|team|club|vereniging|cafe|restaurant|media|news|nieuws|foto|photo|design|fc$|sc$|bv$)/;

/**
 * A Facebook or LinkedIn mention of a person by their full name: "@Jildou Bouma ja klopt", "@Youssef El
 * Idrissi". The site links the name, so it is the person's name, not an @username: reported as a name from
 * the first name to the surname. Particles may stand between; the surname must be capitalised and not a
 * function word ("@Jildou Ik ben …" is a one-word handle).
 */
export const MENTION_FULL_NAME_RE =
  /(?<![\w@./])@(\p{Lu}\p{Ll}{1,20}(?:-\p{Lu}\p{Ll}{1,20})?)((?: (?:van|de|der|den|ter|ten|te|het|'t|el|al|von|da|du|le|la|op|in|bin|ben)){0,3} \p{Lu}[\p{Ll}']{1,24}(?:-\p{Lu}\p{Ll}{1,24})?)/gu;

export function detectHandle({ norm, school }: DetectorInput): Candidate[] {
  const out: Candidate[] = [];
  const text = norm.text;
  eachMatch(PROFILE_RE, text, (m) => {
    const user = m[0].replace(/^.*\/@?/, '').toLowerCase();
    if (school.handles.has(user) || BUSINESS.test(user)) return;
    out.push({ category: 'handle', start: m.index, end: m.index + m[0].length, priority: 9 });
  });
  const fullNames = new Set<number>();
  eachMatch(MENTION_FULL_NAME_RE, text, (m) => {
    const rest = m[2]!.trim().split(' ');
    const last = rest[rest.length - 1]!.toLowerCase();
    const first = m[1]!.toLowerCase();
    // After a particle a capitalised word is a surname even when it is also a word ("van der Meer").
    const afterParticle = rest.length > 1;
    if ((!afterParticle && (STOPWORDS.has(last) || NOT_NAMES.has(last) || ORG_NOUNS.has(last))) || STOPWORDS.has(first) || NOT_NAMES.has(first)) return;
    if (school.handles.has(first) || BUSINESS.test(first) || BUSINESS.test(last)) return;
    fullNames.add(m.index);
    out.push({ category: 'name', start: m.index + 1, end: m.index + m[0].length, priority: 8 });
  });
  eachMatch(HANDLE_RE, text, (m) => {
    if (fullNames.has(m.index)) return;
    const user = m[0].slice(1).toLowerCase();
    if (school.handles.has(user) || school.hashtags.has(user) || BUSINESS.test(user)) return;
    out.push({ category: 'handle', start: m.index, end: m.index + m[0].length, priority: 8 });
  });
  return out;
}
