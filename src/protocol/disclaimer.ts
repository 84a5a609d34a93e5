// The disclaimer Postwacht inserts (C3/B2 disclosure with the function, C4 personal opinion), rendered from the
// school's own texts in the settings, and the recognition of those same texts in a draft, so a school's
// custom wording always satisfies the rules it was written for.
import { LIUDGER_PROFILE } from '../settings/profile-liudger.ts';
import { normalize } from './normalize.ts';
import type { Edit, Lang, Settings, Site } from './types.ts';
import { escapeRegExp } from './escape.ts';
import { inProtocol } from './articles.ts';

type Texts = Settings['school']['disclaimers']['nl'];

const FALLBACK_FUNCTION: Record<Lang, string> = { nl: 'medewerker', en: 'staff member' };

/** Longest function text put into a disclaimer on X, so the line stays well under 280 weighted characters. */
const X_FUNCTION_MAX = 60;
/**
 * Sites whose posts are so short that the two full sentences (some 160 characters) would take most of them or
 * make the post unpostable: X (280), Bluesky (300 graphemes), TikTok comments (150). They get the one-line
 * `short` text. Threads (500) and YouTube comments (10,000) have room for the full sentences.
 */
const TIGHT_SITES: ReadonlySet<Site> = new Set<Site>(['x', 'bluesky', 'tiktok']);
const tight = (site?: Site) => site !== undefined && TIGHT_SITES.has(site);

/**
 * X's weighted length (twitter-text): most Latin, Greek, Cyrillic and general punctuation count 1, everything
 * else (CJK, emoji, …) 2 per code point. URLs are not expected in a disclaimer, so they are not special-cased.
 */
export function xWeightedLength(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const light = cp <= 0x10ff || (cp >= 0x2000 && cp <= 0x200d) || (cp >= 0x2010 && cp <= 0x201f) || (cp >= 0x2032 && cp <= 0x2037);
    n += light ? 1 : 2;
  }
  return n;
}

function textsFor(settings: Settings, lang: Lang): Texts {
  const own = settings.school.disclaimers[lang];
  const base = LIUDGER_PROFILE.disclaimers[lang];
  // A blank text from a misconfigured profile would insert nothing; fall back per field.
  const pick = (k: keyof Texts) => (own[k]?.trim() ? own[k] : base[k]);
  return {
    disclosure: pick('disclosure'),
    opinion: pick('opinion'),
    short: pick('short'),
    disclosureNoFunction: pick('disclosureNoFunction'),
    shortNoFunction: pick('shortNoFunction'),
  };
}

/**
 * Whether the writer has a function in `lang`: in English only an English function counts, so an English
 * disclaimer never reads "I work as docent aardrijkskunde"; it says "I work at {school}." instead.
 */
function hasFunctionIn(settings: Settings, lang: Lang): boolean {
  return (lang === 'en' ? settings.functionEn : settings.function).trim() !== '';
}

// One pass with a replacer function: a replacement string would expand `$&`, `$1`, `$'` in the function or the
// school's name ("docent R$&D"), and a second pass would re-read a function that itself says "{school}".
function render(template: string, fn: string, school: string): string {
  return template.replace(/\{(functie|school)\}/g, (_, which: string) => (which === 'functie' ? fn : school)).trim();
}

// Only where upper-casing keeps the length ('ß' would become 'SS'), so recognition still finds the function.
const capitalise = (s: string) => {
  const up = s ? s[0]!.toUpperCase() : '';
  return up.length === 1 ? up + s.slice(1) : s;
};

function functionText(settings: Settings, lang: Lang, site?: Site): string {
  const own = lang === 'en' && settings.functionEn.trim() ? settings.functionEn : settings.function;
  const fn = own.replace(/\s+/g, ' ').trim() || FALLBACK_FUNCTION[lang];
  return tight(site) && [...fn].length > X_FUNCTION_MAX ? [...fn].slice(0, X_FUNCTION_MAX).join('').trim() : fn;
}

/**
 * The disclaimer to insert for a draft in `lang` on `site`: the disclosure with the writer's function and the
 * personal-opinion sentence; only the disclosure on an account marked as an official school channel (the
 * opinion is not asked there); the one-line `short` text on X, Bluesky and TikTok, where every character counts. Only what the
 * school's protocol asks for: a protocol without the opinion article gets the disclosure alone, and the other
 * way round; with neither the disclaimer is empty.
 */
export function buildDisclaimer(settings: Settings, lang: Lang, site?: Site): string {
  const texts = textsFor(settings, lang);
  const fn = functionText(settings, lang, site);
  const official = site !== undefined && settings.accounts[site] === 'official';
  const school = settings.school.name.trim();
  const withFn = hasFunctionIn(settings, lang);
  const disclosureText = withFn ? texts.disclosure : texts.disclosureNoFunction;
  const wantDisclosure = inProtocol(settings, 'disclosure');
  const wantOpinion = !official && inProtocol(settings, 'opinion');
  const disclosure = wantDisclosure ? capitalise(render(disclosureText, fn, school)) : '';
  const opinion = wantOpinion ? capitalise(render(texts.opinion, fn, school)) : '';
  if (tight(site) && disclosure && opinion) return capitalise(render(withFn ? texts.short : texts.shortNoFunction, fn, school));
  return [disclosure, opinion].filter(Boolean).join(' ');
}

/** The edit that puts `disclaimer` at the end of `text` on its own line, without piling up blank lines. */
export function appendDisclaimerEdit(text: string, disclaimer: string): Edit {
  const len = text.length;
  const sep = len === 0 || text.endsWith('\n') ? '' : '\n';
  return { start: len, end: len, text: sep + disclaimer };
}

// --- Recognition of the configured texts -------------------------------------------------------------------

const PLACEHOLDER = /\{(?:functie|school)\}/;

/**
 * A template as a pattern over normalised, lower-cased text: its literal parts in order, anything short in
 * place of `{functie}`, the school's name in place of `{school}`. Leading and trailing placeholders are
 * dropped, so the pattern starts with a literal and stays cheap on long drafts.
 */
function templatePattern(template: string, school: string, functions: string[]): RegExp | null {
  const parts = template.split(PLACEHOLDER).map((p) => normalize(p).lower.replace(/\s+/g, ' ').trim());
  const placeholders = [...template.matchAll(/\{(functie|school)\}/g)].map((m) => m[1]);
  const asPattern = (t: string) => escapeRegExp(normalize(t).lower.trim()).replace(/\s+/g, '\\s+');
  const schoolPat = asPattern(school);
  // The writer's own function exactly, or any other short function text on one line.
  const fnPat = `\\s*(?:${[...new Set(functions.map(asPattern).filter(Boolean))].map((f) => `${f}\\s*|`).join('')}[^\\n]{1,250}?)`;
  let source = '';
  let first = 0;
  let last = parts.length - 1;
  while (first <= last && !parts[first]) first++;
  while (last >= first && !parts[last]) last--;
  if (first > last) return null;
  for (let i = first; i <= last; i++) {
    source += escapeRegExp(parts[i]!).replace(/ /g, '\\s+');
    if (i < last) source += placeholders[i] === 'school' ? `\\s*(?:${schoolPat})\\s*` : fnPat;
  }
  // Too little literal text would match ordinary prose.
  return parts.slice(first, last + 1).join('').replace(/[^\p{L}]/gu, '').length >= 6 ? new RegExp(source, 'u') : null;
}

interface Configured {
  disclosure: RegExp[];
  opinion: RegExp[];
}

const cache = new WeakMap<Settings['school'], Map<string, Configured>>();

function configured(settings: Settings): Configured {
  const school = settings.school;
  let byFunction = cache.get(school);
  if (!byFunction) cache.set(school, (byFunction = new Map()));
  const key = `${settings.function}\u0000${settings.functionEn}`;
  let c = byFunction.get(key);
  if (c) return c;
  // Either function may stand in either language's sentence: people mix them.
  const fns = [settings.function, ...(['nl', 'en'] as const).flatMap((lang) => [functionText(settings, lang), functionText(settings, lang, 'x')])];
  const pats = (pick: (t: Texts) => string) =>
    (['nl', 'en'] as const)
      .flatMap((lang) => [pick(school.disclaimers[lang]), pick(LIUDGER_PROFILE.disclaimers[lang])])
      .map((t) => templatePattern(t, school.name, fns))
      .filter((r): r is RegExp => r !== null);
  c = {
    disclosure: [...pats((t) => t.disclosure), ...pats((t) => t.short), ...pats((t) => t.disclosureNoFunction ?? ''), ...pats((t) => t.shortNoFunction ?? '')],
    opinion: [...pats((t) => t.opinion), ...pats((t) => t.short), ...pats((t) => t.shortNoFunction ?? '')],
  };
  if (byFunction.size > 16) byFunction.clear();
  byFunction.set(key, c);
  return c;
}

/** Does `lower` (normalised, lower-cased draft) contain the school's configured disclosure or short text? */
export function hasConfiguredDisclosure(lower: string, settings: Settings): boolean {
  return configured(settings).disclosure.some((re) => re.test(lower));
}

/** Does `lower` contain the school's configured opinion or short text? */
export function hasConfiguredOpinion(lower: string, settings: Settings): boolean {
  return configured(settings).opinion.some((re) => re.test(lower));
}
