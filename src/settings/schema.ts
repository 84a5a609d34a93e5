// The single source of the settings' shape and defaults. Pure: no browser APIs, so the CLI and tests use it too.
import { z } from 'zod';
import { LIUDGER_PROFILE } from './profile-liudger.ts';

export const SCHEMA_VERSION = 5;

export const ROLES = ['medewerker', 'leerling', 'ouder'] as const;
export const SITES = ['facebook', 'x', 'linkedin', 'instagram', 'threads', 'bluesky', 'youtube', 'tiktok', 'whatsapp'] as const;
export type SiteId = (typeof SITES)[number];

const accountMode = z.enum(['private', 'official']);
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const shortText = z.string().trim().max(200);
const longText = z.string().max(1000);
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM');

export const disclaimerTextsSchema = z.object({
  /** Disclosure sentence (C3/B2); placeholders `{functie}` and `{school}`. */
  disclosure: longText,
  /** Personal-opinion sentence (C4); placeholder `{school}`. */
  opinion: longText,
  /** One short line with both, used where space is tight (X's 280 characters). */
  short: longText,
  /** Disclosure when the writer has no function in this language (no English function set); placeholder `{school}`. */
  disclosureNoFunction: longText,
  /** The short line without a function, likewise. */
  shortNoFunction: longText,
});

/** A profile text per interface language; an empty English text is left out of English texts, never replaced by Dutch. */
export const perLanguageText = z.object({ nl: z.string().trim().max(200), en: z.string().trim().max(200) });
export type PerLanguageText = z.infer<typeof perLanguageText>;

/** The rules a profile can have; the same keys switch them on and off in `settings.rules`. */
export const RULE_KEYS = ['disclosure', 'opinion', 'personalData', 'abusive', 'mediaConsent', 'lessonTime', 'lessonRecording', 'photoMetadata', 'groupChat'] as const;
export type RuleKey = (typeof RULE_KEYS)[number];
/** Articles the texts refer to without a rule of their own. */
export const REFERENCE_KEYS = ['workContext', 'colleagues', 'escalation', 'report'] as const;
export type ReferenceKey = (typeof REFERENCE_KEYS)[number];

/** An article's label in the school's own protocol: 'C3', 'Art. 4.2', '§ 3'; empty shows no label. */
const articleLabel = z.string().trim().max(24);

/** One rule as the school's protocol has it. */
export const ruleArticleSchema = z.object({
  /** Whether the protocol has this rule at all; a rule it lacks never runs, whatever `settings.rules` says. */
  inProtocol: z.boolean(),
  label: articleLabel,
  /** The school's own one-line title for a finding of this rule, per language; empty keeps Postwacht's title. */
  title: perLanguageText,
  /** The article's own wording (placeholder `{school}`), per language; empty keeps Postwacht's explanation. */
  text: z.object({ nl: z.string().trim().max(1000), en: z.string().trim().max(1000) }),
});
export type RuleArticle = z.infer<typeof ruleArticleSchema>;

/** An article only referred to: B2 (work context), C1 (colleagues' data), B3/B4 (escalation), A9 (report). */
export const referenceArticleSchema = z.object({ label: articleLabel });

export const articlesSchema = z.object({
  ...(Object.fromEntries(RULE_KEYS.map((k) => [k, ruleArticleSchema])) as Record<RuleKey, typeof ruleArticleSchema>),
  ...(Object.fromEntries(REFERENCE_KEYS.map((k) => [k, referenceArticleSchema])) as Record<ReferenceKey, typeof referenceArticleSchema>),
});
export type Articles = z.infer<typeof articlesSchema>;
export type ArticleKey = RuleKey | ReferenceKey;

/**
 * How a chat's title shows a class or parents' group (B1), and what the reminder offers instead. Words are matched
 * as whole words, accents and case aside ('âlden' = 'Alden'), and as the head of a compound with a common tail
 * ('oudergroep', 'mentorklas', 'leerlingenraad'); see src/protocol/chat-title.ts. Words, not patterns: a profile
 * set by policy can never bring a slow regular expression into the page.
 */
export const groupChatsSchema = z.object({
  /** Words naming pupils or parents ('ouders', 'leerlingen', Frisian 'âlden'): with a class code, group word or the school's name, always a group. */
  audienceWords: z.array(shortText.min(2)).max(100),
  /** Words naming a class or its group ('klas', 'mentorklas', 'brugklas'), and the school's own class codes. */
  groupWords: z.array(shortText.min(2)).max(100),
  /** Words of groups the reminder is not for: colleagues, sections, reunions ('collega's', 'sectie', 'reünie'). */
  exceptWords: z.array(shortText.min(2)).max(100),
  /** Recognise the usual class codes: '2B', 'h4c', 'V5', '3 havo', '4vwo'. */
  classCodes: z.boolean(),
  /** The school's name and aliases in a chat's title mark a school group. */
  schoolNames: z.boolean(),
  /** The school's own ways to reach pupils and parents, named in the reminder, per language: 'mail, telefoon of Magister'. */
  alternatives: perLanguageText,
});
export type GroupChats = z.infer<typeof groupChatsSchema>;

export const schoolProfileSchema = z.object({
  name: shortText.min(1),
  /** Other names the school goes by, e.g. 'Liudger', 'Liudger Drachten'. */
  aliases: z.array(shortText.min(2)).max(50),
  /** Social-media handles without '@'. */
  handles: z.array(shortText.min(2)).max(50),
  /** Hashtags without '#'. */
  hashtags: z.array(shortText.min(2)).max(100),
  /** E-mail / web domains of the school, e.g. 'liudger.nl'. */
  domains: z.array(shortText.min(3)).max(20),
  locations: z.array(shortText.min(2)).max(50),
  /** Who to turn to when a post goes wrong or a parent complains (B3/B4), per language: 'je leidinggevende'. */
  escalationContact: perLanguageText,
  /** E-mail address of the escalation contact, when the school has one. */
  escalationEmail: z.union([z.email(), z.literal('')]),
  /** Where to report something that crosses a line (A9), per language. */
  reportTo: perLanguageText,
  /** Web page or form for reports (A9). */
  reportUrl: z.union([z.url({ protocol: /^https$/ }), z.literal('')]),
  protocolUrl: z.union([z.url({ protocol: /^https$/ }), z.literal('')]),
  consentUrl: z.union([z.url({ protocol: /^https$/ }), z.literal('')]),
  disclaimers: z.object({ nl: disclaimerTextsSchema, en: disclaimerTextsSchema }),
  /** The school's protocol as data: per rule whether it is in the protocol, its label and wording. */
  articles: articlesSchema,
  /** Which WhatsApp Web chats are class or parents' groups (B1), and the alternatives the reminder names. */
  groupChats: groupChatsSchema,
});

const lessonBlock = z.object({ start: clock, end: clock });

export const settingsSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  role: z.enum(ROLES),
  /** Staff function used in the disclaimer, e.g. 'docent wiskunde'. */
  function: shortText,
  /** The function in English for English disclaimers ('maths teacher'); empty means `function` is used. */
  functionEn: shortText,
  /** Per site: is this browser's account a private one or an official school channel? */
  accounts: z.object(Object.fromEntries(SITES.map((s) => [s, accountMode])) as Record<SiteId, typeof accountMode>),
  /** Per site: does Postwacht watch the compose boxes there at all? Off means the site is left alone entirely. */
  sites: z.object(Object.fromEntries(SITES.map((s) => [s, z.boolean()])) as Record<SiteId, z.ZodBoolean>),
  school: schoolProfileSchema,
  rules: z.object({
    disclosure: z.boolean(),
    opinion: z.boolean(),
    personalData: z.boolean(),
    abusive: z.boolean(),
    mediaConsent: z.boolean(),
    lessonTime: z.boolean(),
    lessonRecording: z.boolean(),
    photoMetadata: z.boolean(),
    /** B1 on WhatsApp Web: off means chats are never judged at all. */
    groupChat: z.boolean(),
  }),
  /** Lesson (or for pupils: school) hours per weekday, in the school's local time. */
  lessonHours: z.object(Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(lessonBlock).max(12)])) as Record<
    (typeof WEEKDAYS)[number],
    z.ZodArray<typeof lessonBlock>
  >),
  /** IANA time zone of the school. */
  timeZone: shortText,
  uiLanguage: z.enum(['auto', 'nl', 'en']),
  /** Warnings are paused until this time (ms since epoch); 0 means not paused. */
  pausedUntil: z.number().int().min(0),
  /** The user has answered the popup's first-run questions (role and function). */
  setupDone: z.boolean(),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SchoolProfile = z.infer<typeof schoolProfileSchema>;
export type Role = (typeof ROLES)[number];

const schoolDay = [{ start: '08:30', end: '16:15' }];

export const DEFAULT_SETTINGS: Settings = {
  schemaVersion: SCHEMA_VERSION,
  role: 'medewerker',
  function: 'docent',
  functionEn: '',
  accounts: Object.fromEntries(SITES.map((s) => [s, 'private'])) as Settings['accounts'],
  sites: Object.fromEntries(SITES.map((s) => [s, true])) as Settings['sites'],
  school: LIUDGER_PROFILE,
  rules: {
    disclosure: true,
    opinion: true,
    personalData: true,
    abusive: true,
    mediaConsent: true,
    lessonTime: true,
    lessonRecording: true,
    photoMetadata: true,
    groupChat: true,
  },
  lessonHours: {
    mon: schoolDay,
    tue: schoolDay,
    wed: schoolDay,
    thu: schoolDay,
    fri: schoolDay,
    sat: [],
    sun: [],
  },
  timeZone: 'Europe/Amsterdam',
  uiLanguage: 'auto',
  pausedUntil: 0,
  setupDone: false,
};
