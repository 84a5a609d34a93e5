// The school's protocol as data: which rules it has, what its articles are called and what they say. Rules keep
// their stable codes (`disclosure-missing`, …); every label a person sees comes from the profile, so a school
// whose protocol numbers the disclosure "Art. 4.2" sees that in the banner, the popup and the CLI.
//
// Locale messages refer to articles by key, never by a school's label: `{art:disclosure}` renders as " (C3)"
// for CSG Liudger, `{art:personalData,colleagues}` as " (A2, C1)", `{art:disclosure/workContext}` as
// " (C3/B2)". Keys whose label is empty are left out, and with no label left the reference disappears, space
// and brackets included, so a school without a separate article never sees "()".
import { LIUDGER_ARTICLES } from '../settings/profile-liudger.ts';
import type { ArticleKey, Articles, RuleArticle, RuleKey } from '../settings/schema.ts';
import type { Finding, FindingCode, Lang, Settings } from './types.ts';

export type { ArticleKey, Articles, RuleKey };

/** The rule (its `settings.rules` key and profile article) of each finding code. */
export const RULE_OF_CODE: Readonly<Record<FindingCode, RuleKey>> = {
  'disclosure-missing': 'disclosure',
  'opinion-missing': 'opinion',
  'personal-data': 'personalData',
  abusive: 'abusive',
  'media-consent': 'mediaConsent',
  'during-lesson': 'lessonTime',
  'lesson-recording': 'lessonRecording',
  'photo-metadata': 'photoMetadata',
  'group-chat': 'groupChat',
};

/** The profile's articles; a settings object from before version 4 (a published copy) reads as Liudger's. */
export function articlesOf(settings: Pick<Settings, 'school'>): Articles {
  return settings.school.articles ?? LIUDGER_ARTICLES;
}

export function ruleArticle(settings: Pick<Settings, 'school'>, rule: RuleKey): RuleArticle {
  return articlesOf(settings)[rule] ?? LIUDGER_ARTICLES[rule];
}

/** Whether the school's protocol has `rule`; a rule it lacks never runs and is not offered in the popup. */
export function inProtocol(settings: Pick<Settings, 'school'>, rule: RuleKey): boolean {
  return ruleArticle(settings, rule).inProtocol;
}

/** The label the school gives the article of `key` ('' when it gives none). */
export function articleLabel(articles: Articles, key: ArticleKey): string {
  return (articles[key] ?? LIUDGER_ARTICLES[key]).label.trim();
}

const KEYS = new Set<string>(Object.keys(LIUDGER_ARTICLES));
// `{art:` then keys joined by one kind of separator; linear: a key class that cannot contain the separators.
const REFERENCE = /\{art:([A-Za-z]+(?:[,/][A-Za-z]+)*)\}/g;

/** The article keys a message refers to, for the locale check. */
export function referencedKeys(message: string): string[] {
  return [...message.matchAll(REFERENCE)].flatMap((m) => m[1]!.split(/[,/]/));
}

/** Whether `key` names an article a profile can label. */
export function isArticleKey(key: string): key is ArticleKey {
  return KEYS.has(key);
}

/**
 * Replaces every `{art:…}` reference in a message by the school's labels (see the file comment). With
 * `forFormat`, a `$` in a label is doubled, so a message still to be formatted never reads a label as `$1`.
 */
export function resolveArticleRefs(message: string, articles: Articles, forFormat = false): string {
  if (!message.includes('{art:')) return message;
  return message.replace(REFERENCE, (_, keys: string) => {
    const sep = keys.includes('/') ? '/' : ', ';
    const labels = keys
      .split(/[,/]/)
      .filter(isArticleKey)
      .map((k) => articleLabel(articles, k))
      .filter(Boolean);
    const text = labels.length ? ` (${[...new Set(labels)].join(sep)})` : '';
    return forFormat ? text.replace(/\$/g, '$$$$') : text;
  });
}

/** A profile text with `{school}` filled in, in one pass so a `{school}` inside the name is not re-read. */
function renderProfileText(text: string, school: string): string {
  return text.replace(/\{school\}/g, () => school).trim();
}

/** The school's own title for `f` in `lang`, or undefined to keep Postwacht's. */
export function ownTitle(settings: Pick<Settings, 'school'>, f: Pick<Finding, 'code'>, lang: Lang): string | undefined {
  const own = ruleArticle(settings, RULE_OF_CODE[f.code]).title[lang]?.trim();
  return own ? renderProfileText(own, settings.school.name) : undefined;
}

/** The school's own wording of the article behind `f` in `lang`, or undefined to keep Postwacht's explanation. */
export function ownWording(settings: Pick<Settings, 'school'>, f: Pick<Finding, 'code'>, lang: Lang): string | undefined {
  const own = ruleArticle(settings, RULE_OF_CODE[f.code]).text[lang]?.trim();
  return own ? renderProfileText(own, settings.school.name) : undefined;
}
