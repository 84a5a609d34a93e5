// The banner's content. Plain data in, plain text out: every piece of the draft (the personal-data items) is
// rendered as a text node by Preact, never as HTML.
import type { Finding, Lang, Site } from '../../protocol/types.ts';
import type { Settings } from '../../settings/schema.ts';
import { translator } from '../../i18n/translate.ts';
import { ConsentLink, PhotoMetadataNote, ReportLine, shouldShowReport } from '../banner-media.tsx';
import { profileText } from '../../settings/profile-text.ts';
import { byHarm } from '../../protocol/harm-order.ts';
import { articlesOf, ownTitle, ownWording } from '../../protocol/articles.ts';
import { groupChatDetail } from '../../protocol/rules/group-chat.ts';
import { useRef, useState } from 'preact/hooks';

export type Notice = 'inserted' | 'inserted-check' | 'duplicated' | 'copied' | 'copy-failed' | 'gone';

export interface BannerProps {
  lang: Lang;
  settings: Settings;
  /** The site the composer is on: the photo-metadata note says what this site does with the file. */
  site?: Site;
  findings: Finding[];
  notice?: Notice;
  /** Set when only the first this-many characters of a giant draft were judged. */
  truncatedAt?: number;
  busy?: boolean;
  /** Bumped on every evaluation, so tools and the latency benchmark can see the banner is up to date. */
  rev: number;
  onInsert(): void;
  onNotRelated(): void;
  onIgnore(finding: Finding): void;
}

const DISCLAIMER_CODES = new Set(['disclosure-missing', 'opinion-missing']);

// Full key literals, so the locale check can see every key in use.
const CATEGORY_KEYS: Record<string, string> = {
  name: 'banner_category_name',
  email: 'banner_category_email',
  phone: 'banner_category_phone',
  bsn: 'banner_category_bsn',
  iban: 'banner_category_iban',
  address: 'banner_category_address',
  birthdate: 'banner_category_birthdate',
  'student-number': 'banner_category_student_number',
  handle: 'banner_category_handle',
  plate: 'banner_category_plate',
  health: 'banner_category_health',
};
/** What a marked span is, for the marks' tooltip: the personal-data category, or the A8 point. */
export function findingLabel(t: ReturnType<typeof translator>, f: Finding): string {
  if (f.code === 'personal-data') return t(CATEGORY_KEYS[f.category ?? ''] ?? 'banner_category_other');
  return t(f.code === 'abusive' ? 'banner_mark_abusive' : 'banner_short_other');
}

const NOTICE_KEYS: Record<Notice, string> = {
  inserted: 'banner_notice_inserted',
  'inserted-check': 'banner_notice_inserted_check',
  duplicated: 'banner_notice_duplicated',
  copied: 'banner_notice_copied',
  'copy-failed': 'banner_notice_copy_failed',
  gone: 'banner_notice_gone',
};

/**
 * Runs `action` only for a person's own click or key press. The page's scripts can reach no button in the closed
 * shadow root, but should one ever get a reference, its click() or dispatchEvent() still presses nothing.
 */
export const trusted =
  (action: () => void) =>
  (e: Event): void => {
    if (e.isTrusted) action();
  };

/** Findings of one code, in draft order, so one rule's several triggers (two insults) share one block. */
function byCode(findings: Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const g = groups.get(f.code);
    if (g) g.push(f);
    else groups.set(f.code, [f]);
  }
  return [...groups.values()];
}

/** The distinct trigger texts of a group (case and spacing aside), in the order they appear. */
function triggers(group: Finding[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const f of group) {
    const text = (f.text ?? '').replace(/\s+/g, ' ').trim();
    const key = text.toLowerCase();
    if (!text || seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}

/** The article's label in the school's own protocol; a profile that gives none shows no badge. */
function ArticleBadge({ article, url, label }: { article: string; url: string; label: string }) {
  if (!article) return null;
  return url ? (
    <a class="article" href={url} target="_blank" rel="noopener noreferrer" title={label}>
      {article}
    </a>
  ) : (
    <span class="article">{article}</span>
  );
}

// Short labels for the compact line, one per kind of point (full key literals, for the locale check).
const SHORT_KEYS: Record<string, string> = {
  abusive: 'banner_short_abusive',
  'photo-metadata': 'banner_short_photo_metadata',
  'media-consent': 'banner_short_media_consent',
  'lesson-recording': 'banner_short_lesson_recording',
  'during-lesson': 'banner_short_during_lesson',
  'group-chat': 'banner_short_group_chat',
};

/** "1 naam", "3 persoonsgegevens": names alone are named as such, any other mix is counted as personal data. */
function personalLabel(personal: Finding[], t: ReturnType<typeof translator>): string {
  const n = String(personal.length);
  const allNames = personal.every((f) => f.category === 'name');
  if (allNames) return t(personal.length === 1 ? 'banner_short_name_one' : 'banner_short_name_many', [n]);
  return t(personal.length === 1 ? 'banner_short_personal_one' : 'banner_short_personal_many', [n]);
}

export function Banner(props: BannerProps) {
  const { settings, lang, notice } = props;
  const t = translator(lang, undefined, articlesOf(settings));
  // Collapsed by default: one line with what needs attention and the one action; the details on request.
  // State lives in the component, which Preact keeps across re-renders into the same mount.
  const [expanded, setExpanded] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const school = settings.school;
  const protocolLabel = t('banner_protocol_link');
  const findings = byHarm(props.findings);
  const disclaimerFindings = findings.filter((f) => DISCLAIMER_CODES.has(f.code));
  const personal = findings.filter((f) => f.code === 'personal-data');
  const others = byCode(findings.filter((f) => !DISCLAIMER_CODES.has(f.code) && f.code !== 'personal-data'));
  const harmful = findings.some((f) => f.code === 'abusive');
  const lastDisclaimer = disclaimerFindings[disclaimerFindings.length - 1];
  const showReport = shouldShowReport(settings, findings, lang);

  // The live region is always there (an empty one), so screen readers announce findings when they appear.
  if (!findings.length && !notice) return <div class="pw" role="status" aria-live="polite" data-rev={props.rev} />;

  // Harm first: the compact line names the points in the order of what they can do to someone.
  const labels: string[] = [];
  for (const group of others.filter((g) => g[0]!.code === 'abusive')) labels.push(t(SHORT_KEYS[group[0]!.code]!));
  if (personal.length) labels.push(personalLabel(personal, t));
  for (const group of others.filter((g) => g[0]!.code !== 'abusive' && g[0]!.code !== 'during-lesson')) labels.push(t(SHORT_KEYS[group[0]!.code] ?? 'banner_short_other'));
  if (disclaimerFindings.length) labels.push(t('banner_short_disclaimer'));
  for (const group of others.filter((g) => g[0]!.code === 'during-lesson')) labels.push(t(SHORT_KEYS[group[0]!.code]!));

  // A disclaimer does not make an insult acceptable: with A8 in the draft, inserting it is offered only in the
  // details, as an ordinary button, and the line says why.
  const insertButton = (primary: boolean) => (
    <button type="button" class={primary ? 'primary' : undefined} data-action="insert-disclaimer" disabled={props.busy} onClick={trusted(props.onInsert)}>
      {t('banner_action_insert')}
    </button>
  );
  const collapse = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !expanded || !e.isTrusted) return;
    e.preventDefault();
    setExpanded(false);
    toggleRef.current?.focus();
  };

  return (
    <div class="pw" role="status" aria-live="polite" data-rev={props.rev}>
      <section class={harmful ? 'card harm' : 'card'} aria-label={t('banner_title')} onKeyDown={collapse}>
        {labels.length > 0 && (
          <div class="summary">
            <p class="head">
              <span class="brand">Postwacht</span>
              <span class="points">
                {t(labels.length === 1 ? 'banner_summary_one' : 'banner_summary_many', [String(labels.length), labels.join(' · ')])}
              </span>
            </p>
            <div class="actions">
              {disclaimerFindings.length > 0 && !harmful && insertButton(true)}
              {disclaimerFindings.length > 0 && (
                <button type="button" data-action="not-related" onClick={trusted(props.onNotRelated)}>
                  {t('banner_action_not_related')}
                </button>
              )}
              <button
                type="button"
                class="toggle"
                ref={toggleRef}
                aria-expanded={expanded ? 'true' : 'false'}
                aria-controls="pw-details"
                onClick={trusted(() => setExpanded(!expanded))}
              >
                {t(expanded ? 'banner_toggle_less' : 'banner_toggle_more')}
              </button>
            </div>
          </div>
        )}
        {harmful && disclaimerFindings.length > 0 && <p class="why">{t('banner_harm_first')}</p>}
        <div class="details" id="pw-details" hidden={!expanded}>
          <ul>
            {others
              .filter((g) => g[0]!.code === 'abusive')
              .map((group) => (
                <RuleBlock key={group[0]!.code} group={group} {...props} t={t} protocolLabel={protocolLabel} />
              ))}
            {personal.length > 0 && (
              <li class="finding group" data-article={personal[0]!.article} data-code="personal-data-group" key="pd">
                <ArticleBadge article={personal[0]!.article} url={school.protocolUrl} label={protocolLabel} />
                <span class="title">{ownTitle(settings, personal[0]!, lang) ?? t('banner_personal_title')}</span>
                <p class="detail">{ownWording(settings, personal[0]!, lang) ?? t('banner_personal_detail')}</p>
                <ul class="items">
                  {personal.map((f) => (
                    <li class="item" data-article={f.article} data-code={f.code} data-category={f.category} key={`${f.start}:${f.end}`}>
                      <span class="cat">{t(CATEGORY_KEYS[f.category ?? ''] ?? 'banner_category_other')}</span>
                      <span class="text">{f.text ?? ''}</span>
                      <button type="button" class="small" data-action="ignore" onClick={trusted(() => props.onIgnore(f))}>
                        {t('banner_action_ignore')}
                      </button>
                    </li>
                  ))}
                </ul>
              </li>
            )}
            {others
              .filter((g) => g[0]!.code !== 'abusive' && g[0]!.code !== 'during-lesson')
              .map((group) => (
                <RuleBlock key={group[0]!.code} group={group} {...props} t={t} protocolLabel={protocolLabel} />
              ))}
            {disclaimerFindings.map((f) => (
              <li class="finding" data-article={f.article} data-code={f.code} key={f.code}>
                <ArticleBadge article={f.article} url={school.protocolUrl} label={protocolLabel} />
                <FindingText f={f} t={t} settings={settings} lang={lang} />
                {f === lastDisclaimer && harmful && <div class="actions">{insertButton(false)}</div>}
              </li>
            ))}
            {others
              .filter((g) => g[0]!.code === 'during-lesson')
              .map((group) => (
                <RuleBlock key={group[0]!.code} group={group} {...props} t={t} protocolLabel={protocolLabel} />
              ))}
          </ul>
          <p class="foot">
            {/* B3/B4 (ask your manager) are staff articles; pupils and parents get the A9 report line instead. */}
            {settings.role === 'medewerker' && profileText(school.escalationContact, lang) && <span>{t('banner_contact', [profileText(school.escalationContact, lang)])} </span>}
            {showReport && <ReportLine t={t} settings={settings} lang={lang} />}
            {school.protocolUrl && (
              <a href={school.protocolUrl} target="_blank" rel="noopener noreferrer">
                {protocolLabel}
              </a>
            )}
          </p>
        </div>
        {props.truncatedAt !== undefined && (
          <p class="notice warn" data-notice="truncated">
            {t('banner_notice_truncated', [props.truncatedAt.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB')])}
          </p>
        )}
        {notice && (
          <p class={notice === 'inserted' ? 'notice' : 'notice warn'} data-notice={notice}>
            {t(NOTICE_KEYS[notice])}
          </p>
        )}
      </section>
    </div>
  );
}

/** A finding's title and explanation: the school's own title and article wording where its profile gives them. */
function FindingText({ f, t, settings, lang }: { f: Finding; t: ReturnType<typeof translator>; settings: Settings; lang: Lang }) {
  // B1 names the school's alternatives in the banner's language, which may differ from the draft's.
  const own = f.code === 'group-chat' ? { ...f, ...groupChatDetail(settings, lang) } : f;
  const detail = ownWording(settings, f, lang) ?? (own.detailKey ? t(own.detailKey, own.messageArgs) : '');
  return (
    <>
      <span class="title">{ownTitle(settings, f, lang) ?? t(f.messageKey, f.messageArgs)}</span>
      {detail && <p class="detail">{detail}</p>}
    </>
  );
}

/** One rule's block in the details: its article, title, explanation and the words that triggered it. */
function RuleBlock(props: BannerProps & { group: Finding[]; t: ReturnType<typeof translator>; protocolLabel: string }) {
  const { group, t, settings } = props;
  const f = group[0]!;
  const texts = triggers(group);
  return (
    <li class="finding" data-article={f.article} data-code={f.code}>
      <ArticleBadge article={f.article} url={settings.school.protocolUrl} label={props.protocolLabel} />
      <FindingText f={f} t={t} settings={settings} lang={props.lang} />
      {texts.length > 0 && (
        <ul class="items">
          {texts.map((text) => (
            <li class="item" key={text.toLowerCase()}>
              <span class="text">{text}</span>
            </li>
          ))}
        </ul>
      )}
      {f.code === 'photo-metadata' && <PhotoMetadataNote t={t} site={props.site} />}
      {f.code === 'media-consent' && <ConsentLink t={t} settings={settings} />}
    </li>
  );
}
