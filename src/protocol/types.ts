// Plain data shared by every rule, the CLI and the browser UI. Nothing here may touch the DOM or browser APIs.
import type { Settings } from '../settings/schema.ts';

export type { Settings };

export type Site = 'facebook' | 'x' | 'linkedin' | 'instagram' | 'threads' | 'bluesky' | 'youtube' | 'tiktok' | 'whatsapp';
export type Lang = 'nl' | 'en';
export type Related = 'explicit' | 'work' | 'none';
export type Severity = 'error' | 'warning' | 'info';

/** Articles of CSG Liudger's protocol (A1–A9, B1–B4, C1–C4), the default profile; other schools label their own. */
export type Article =
  | 'A1' | 'A2' | 'A3' | 'A4' | 'A5' | 'A6' | 'A7' | 'A8' | 'A9'
  | 'B1' | 'B2' | 'B3' | 'B4'
  | 'C1' | 'C2' | 'C3' | 'C4';

export type FindingCode =
  | 'disclosure-missing'
  | 'opinion-missing'
  | 'personal-data'
  | 'abusive'
  | 'media-consent'
  | 'during-lesson'
  | 'lesson-recording'
  | 'photo-metadata'
  | 'group-chat';

export type PersonalCategory =
  | 'name'
  | 'email'
  | 'phone'
  | 'bsn'
  | 'iban'
  | 'address'
  | 'birthdate'
  | 'student-number'
  | 'handle'
  | 'plate'
  | 'health';

/** Replace `[start, end)` of the original text by `text`. Offsets are UTF-16 code units. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  /** `_locales` key of the button label. */
  labelKey: string;
  edits: Edit[];
}

export interface Finding {
  /** The stable rule code; tools and the banner's logic go by this. */
  code: FindingCode;
  /** The article's label in the school's own protocol (the profile's), '' when it gives none: 'C3', 'Art. 4.2'. */
  article: string;
  severity: Severity;
  /** `_locales` key of the one-line title shown in the banner and the CLI. */
  messageKey: string;
  /** `_locales` key of the longer explanation. */
  detailKey?: string;
  /** Substitutions for `$1`… placeholders in the messages. */
  messageArgs?: string[];
  /** `[start, end)` UTF-16 offsets into the original draft, when the finding concerns a span. */
  start?: number;
  end?: number;
  /** Personal-data category, for `personal-data` findings. */
  category?: PersonalCategory;
  /** The original substring `[start, end)`, for display. */
  text?: string;
  fixes?: Fix[];
}

export interface Media {
  photos?: number;
  videos?: number;
  /** The attached video looks like a screen recording (file name or type). */
  screenRecording?: boolean;
  /** Metadata read from attached photos, e.g. by EXIF parsing in the content script. */
  photoMetadata?: { gps?: boolean; owner?: boolean }[];
}

/** The chat a message is written in (WhatsApp Web). Read from the page at judge time; never stored or sent. */
export interface Chat {
  /** The open chat's title as the page shows it. */
  title: string;
}

export interface Draft {
  text: string;
  site?: Site;
  /** Set for a chat message: only rules with `inChats` judge it (see evaluate.ts). */
  chat?: Chat;
  media?: Media;
  /** Milliseconds since the epoch; defaults to no time-based rules when absent. */
  now?: number;
}

export interface Evaluation {
  related: Related;
  lang: Lang;
  findings: Finding[];
  /** Set when only the first this-many characters of a giant draft were judged (see MAX_CHECKED_CHARS). */
  truncatedAt?: number;
}

export interface RuleMeta {
  code: FindingCode;
  /** The article in CSG Liudger's protocol; findings carry the school profile's label instead (see articles.ts). */
  article: Article;
  severity: Severity;
  /** `_locales` keys this rule reports with. */
  messageKeys: string[];
  /** Key in `settings.rules` that switches the rule on or off. */
  setting: keyof Settings['rules'];
  /**
   * The rule also judges chat messages (a draft with `chat`). Most rules are about public posts — the disclosure
   * and opinion statements, photo consent, posting in lesson time — and say nothing sensible about a message to a
   * group; personal data, abuse and B1 itself do.
   */
  inChats?: boolean;
}
