// @handles and profile links of private persons; the school's own handles and hashtags are left alone.
import { eachMatch } from './match.ts';
import type { Candidate, DetectorInput } from './types.ts';

export const HANDLE_RE = /(?<![\w@./])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}[A-Za-z0-9_])?/g;
export const PROFILE_RE =
  /(?<![\w.])(?:https?:\/\/)?(?:www\.|m\.|nl\.)?(?:tiktok\.com\/@|instagram\.com\/|linkedin\.com\/in\/|facebook\.com\/|fb\.com\/|x\.com\/|twitter\.com\/|threads\.net\/@|snapchat\.com\/add\/|youtube\.com\/@)[A-Za-z0-9_.\-]{2,100}/gi;

// Accounts of businesses and institutions are not private persons; an obvious business word in the handle
// says so (tattoostudio_inkdrachten, bakkerij_dejong).
const BUSINESS = /(?:studio|shop|store|bakkerij|kapper|salon|garage|official|school|college|gemeente|bibliotheek|museum|team|club|vereniging|cafe|restaurant|media|news|nieuws|foto|photo|design|fc$|sc$|bv$)/;

export function detectHandle({ norm, school }: DetectorInput): Candidate[] {
  const out: Candidate[] = [];
  const text = norm.text;
  eachMatch(PROFILE_RE, text, (m) => {
    const user = m[0].replace(/^.*\/@?/, '').toLowerCase();
    if (school.handles.has(user) || BUSINESS.test(user)) return;
    out.push({ category: 'handle', start: m.index, end: m.index + m[0].length, priority: 9 });
  });
  eachMatch(HANDLE_RE, text, (m) => {
    const user = m[0].slice(1).toLowerCase();
    if (school.handles.has(user) || school.hashtags.has(user) || BUSINESS.test(user)) return;
    out.push({ category: 'handle', start: m.index, end: m.index + m[0].length, priority: 8 });
  });
  return out;
}
