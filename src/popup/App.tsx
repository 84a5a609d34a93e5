// The popup: who you are (role, function), per-site account mode, a live disclaimer preview, checks, lesson
// hours, language, pause, where to turn, the school profile, and import/export. Every edit is validated per
// field and stored at once; open tabs follow through storage.onChanged.
import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { DAY_LABELS, RULE_LABELS } from '../i18n/labels.ts';
import { translator, type Translate } from '../i18n/translate.ts';
import { articlesOf, inProtocol } from '../protocol/articles.ts';
import { buildDisclaimer } from '../protocol/disclaimer.ts';
import type { Lang, Site } from '../protocol/types.ts';
import { isPaused, PAUSE_MS, resolveUiLanguage, type SettingsState } from '../settings/effective.ts';
import { formatLessonHours, formatList, parseLessonHours, parseList, withField } from '../settings/form.ts';
import { getAt, isLockedPath, setAt, type Path } from '../settings/paths.ts';
import { profileText } from '../settings/profile-text.ts';
import { REFERENCE_KEYS, ROLES, SITES, WEEKDAYS, type ReferenceKey, type Role, type Settings } from '../settings/schema.ts';
import { onSettingsStateChange, saveUserSettings } from '../settings/store.ts';
import { exportFileName, exportSettings, importSettings, MAX_IMPORT_BYTES } from '../settings/transfer.ts';
import { Checkbox, LockNote, Section, Select, TextField } from './controls.tsx';
import { Watching } from './watching.tsx';

const RULE_KEYS = Object.keys(RULE_LABELS) as (keyof Settings['rules'])[];
const ROLE_LABELS: Record<Role, string> = { medewerker: 'popup_role_medewerker', leerling: 'popup_role_leerling', ouder: 'popup_role_ouder' };
const SITE_LABELS: Record<Site, string> = {
  facebook: 'popup_site_facebook',
  x: 'popup_site_x',
  linkedin: 'popup_site_linkedin',
  instagram: 'popup_site_instagram',
  threads: 'popup_site_threads',
  bluesky: 'popup_site_bluesky',
  youtube: 'popup_site_youtube',
  tiktok: 'popup_site_tiktok',
  whatsapp: 'popup_site_whatsapp',
};
const LANG_LABELS: Record<Lang, string> = { nl: 'popup_preview_nl', en: 'popup_preview_en' };

/** Effective settings for `user`, keeping the policy's values where it locked a field. */
function withLocks(user: Settings, previous: SettingsState): Settings {
  let out = user;
  for (const path of previous.locked) out = setAt(out, path, getAt(previous.effective, path));
  return out;
}

export function App({ initial, browserLanguage }: { initial: SettingsState; browserLanguage: string | undefined }) {
  const [state, setState] = useState(initial);
  const [status, setStatus] = useState('');
  const [now, setNow] = useState(Date.now());
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<Settings | null>(null);

  const { effective, user, locked } = state;
  const lang: Lang = resolveUiLanguage(effective.uiLanguage, browserLanguage);
  // Article labels follow the school's protocol (the profile's articles), also as a policy changes them.
  const articles = articlesOf(effective);
  const t: Translate = useMemo(() => translator(lang, undefined, articles), [lang, articles]);
  const isLocked = (path: Path) => isLockedPath(locked, path);

  // A layout effect, not a plain one: it runs in the same task as the first render, so nothing (a screen
  // reader, a test reading <html lang>) can see the page's text in one language under the other's lang.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('popup_title');
  }, [lang, t]);

  useEffect(() => {
    const ac = new AbortController();
    onSettingsStateChange((next) => {
      // Our own pending edit is newer than what storage reports back.
      if (!pending.current) setState(next);
    }, ac.signal);
    const tick = setInterval(() => setNow(Date.now()), 30_000);
    return () => {
      ac.abort();
      clearInterval(tick);
    };
  }, []);

  const flush = async () => {
    const next = pending.current;
    if (!next) return;
    await saveUserSettings(next);
    if (pending.current === next) pending.current = null;
    setStatus(t('popup_saved'));
  };

  const store = (nextUser: Settings, immediate = false) => {
    setState((prev) => ({ ...prev, user: nextUser, effective: withLocks(nextUser, prev), fallbacks: [] }));
    pending.current = nextUser;
    setStatus('');
    clearTimeout(saveTimer.current);
    // Typing is saved after a short pause so each keystroke does not wake every open tab.
    saveTimer.current = setTimeout(() => void flush(), immediate ? 0 : 250);
  };

  /** Sets one field of the user's settings; false when the schema refuses the value. */
  const set = (path: Path, value: unknown, immediate = true): boolean => {
    const next = withField(pending.current ?? user, path, value);
    if (!next) return false;
    store(next, immediate);
    return true;
  };

  const text = (path: Path, labelKey: string, opts: { multiline?: boolean; hint?: string } = {}) => (
    <TextField<string>
      id={`f-${path.replace(/\./g, '-')}`}
      label={t(labelKey)}
      t={t}
      locked={isLocked(path)}
      value={getAt(effective, path) as string}
      format={(v) => v}
      parse={(s) => s}
      commit={(v) => set(path, v, false)}
      {...opts}
    />
  );

  const list = (path: Path, labelKey: string) => (
    <TextField<string[]>
      id={`f-${path.replace(/\./g, '-')}`}
      label={t(labelKey)}
      hint={t('popup_list_hint')}
      t={t}
      locked={isLocked(path)}
      value={getAt(effective, path) as string[]}
      format={formatList}
      parse={parseList}
      commit={(v) => set(path, v, false)}
    />
  );

  const setupDone = user.setupDone;
  const staff = effective.role === 'medewerker';

  const roleAndFunction = (
    <>
      <fieldset class="roles">
        <legend>{t('popup_role_legend')}</legend>
        {ROLES.map((role, i) => (
          <label key={role} class="radio">
            <input
              type="radio"
              name="role"
              value={role}
              checked={effective.role === role}
              autoFocus={!setupDone && i === 0}
              onChange={() => set('role', role)}
            />
            {t(ROLE_LABELS[role])}
          </label>
        ))}
      </fieldset>
      {staff && text('function', 'popup_function_label', { hint: t('popup_function_hint') })}
      {staff && text('functionEn', 'popup_function_en_label', { hint: t('popup_function_en_hint') })}
    </>
  );

  const notices = (
    <>
      {state.fallbacks.length > 0 && (
        <p class="notice" role="status">
          {t('popup_notice_fallback', [state.fallbacks.join(', ')])}
        </p>
      )}
      {state.managedInvalid.length > 0 && (
        <p class="notice" role="status">
          {t('popup_notice_managed_invalid', [state.managedInvalid.join(', ')])}
        </p>
      )}
      {(state.managedInvalid.length > 0 || state.locked.length > 0) && <p class="hint">{t('popup_notice_managed_browser')}</p>}
    </>
  );

  if (!setupDone) {
    return (
      <main class="firstrun">
        <h1>{t('popup_firstrun_title')}</h1>
        <Watching t={t} lang={lang} />
        {notices}
        <p>{t('popup_firstrun_intro')}</p>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            set('setupDone', true);
          }}
        >
          {roleAndFunction}
          <button type="submit" class="primary">
            {t('popup_firstrun_done')}
          </button>
        </form>
      </main>
    );
  }

  return (
    <main>
      <header>
        <h1>{t('popup_title')}</h1>
        <Pause t={t} lang={lang} settings={effective} now={now} onPause={(until) => set('pausedUntil', until)} />
      </header>
      <Watching t={t} lang={lang} />
      {notices}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>

      <Section id="you" title={t('popup_section_you')}>
        {roleAndFunction}
      </Section>

      <Preview t={t} settings={effective} />

      <Section id="accounts" title={t('popup_section_accounts')}>
        <p class="hint">{t('popup_accounts_hint')}</p>
        {SITES.map((site) => (
          <Select
            key={site}
            id={`f-accounts-${site}`}
            label={t(SITE_LABELS[site])}
            t={t}
            locked={isLocked(`accounts.${site}`)}
            value={effective.accounts[site]}
            options={[
              { value: 'private', label: t('popup_account_private') },
              { value: 'official', label: t('popup_account_official') },
            ]}
            onChange={(v) => set(`accounts.${site}`, v)}
          />
        ))}
      </Section>

      <Section id="sites" title={t('popup_section_sites')}>
        <p class="hint">{t('popup_sites_hint')}</p>
        {SITES.map((site) => (
          <Checkbox
            key={site}
            id={`f-sites-${site}`}
            label={t(SITE_LABELS[site])}
            t={t}
            locked={isLocked(`sites.${site}`)}
            checked={effective.sites[site]}
            onChange={(v) => set(`sites.${site}`, v)}
          />
        ))}
      </Section>

      <Section id="rules" title={t('popup_section_rules')}>
        {/* A rule the school's protocol does not have never runs; offering its switch would only mislead. */}
        {RULE_KEYS.filter((rule) => inProtocol(effective, rule)).map((rule) => (
          <Checkbox
            key={rule}
            id={`f-rules-${rule}`}
            label={t(RULE_LABELS[rule])}
            t={t}
            locked={isLocked(`rules.${rule}`)}
            checked={effective.rules[rule]}
            onChange={(v) => set(`rules.${rule}`, v)}
          />
        ))}
      </Section>

      <Section id="lessons" title={t('popup_section_lessons')}>
        <p class="hint" id="lessons-hint">
          {t('popup_lessons_hint')}
        </p>
        {WEEKDAYS.map((day) => (
          <TextField
            key={day}
            id={`f-lessonHours-${day}`}
            label={t(DAY_LABELS[day])}
            t={t}
            locked={isLocked(`lessonHours.${day}`)}
            value={effective.lessonHours[day]}
            format={formatLessonHours}
            parse={parseLessonHours}
            commit={(v) => set(`lessonHours.${day}`, v, false)}
            invalidText={t('popup_lessons_invalid')}
            inline
          />
        ))}
      </Section>

      <Section id="language" title={t('popup_section_language')}>
        <Select
          id="f-uiLanguage"
          label={t('popup_section_language')}
          t={t}
          value={effective.uiLanguage}
          options={[
            { value: 'auto', label: t('popup_lang_auto') },
            { value: 'nl', label: t('popup_lang_nl') },
            { value: 'en', label: t('popup_lang_en') },
          ]}
          onChange={(v) => set('uiLanguage', v)}
        />
      </Section>

      <Help t={t} lang={lang} school={effective.school} />

      <details class="school">
        <summary>
          <h2>{t('popup_section_school')}</h2>
        </summary>
        <p class="hint">{t('popup_school_hint')}</p>
        <EditorLink t={t} />
        {text('school.name', 'popup_school_name')}
        {list('school.aliases', 'popup_school_aliases')}
        {list('school.handles', 'popup_school_handles')}
        {list('school.hashtags', 'popup_school_hashtags')}
        {list('school.domains', 'popup_school_domains')}
        {list('school.locations', 'popup_school_locations')}
        {text('school.escalationEmail', 'popup_school_escalationEmail')}
        {text('school.reportUrl', 'popup_school_reportUrl')}
        {text('school.protocolUrl', 'popup_school_protocolUrl')}
        {text('school.consentUrl', 'popup_school_consentUrl')}
        <Articles t={t} settings={effective} isLocked={isLocked} set={set} text={text} />
        {(['nl', 'en'] as const).map((l) => (
          <fieldset key={l} lang={l}>
            <legend>{t('popup_profile_texts_heading', [t(LANG_LABELS[l])])}</legend>
            {text(`school.escalationContact.${l}`, 'popup_school_escalationContact')}
            {text(`school.reportTo.${l}`, 'popup_school_reportTo')}
            {text(`school.disclaimers.${l}.disclosure`, 'popup_disclaimer_disclosure', { multiline: true })}
            {text(`school.disclaimers.${l}.opinion`, 'popup_disclaimer_opinion', { multiline: true })}
            {text(`school.disclaimers.${l}.short`, 'popup_disclaimer_short', { multiline: true })}
            {text(`school.disclaimers.${l}.disclosureNoFunction`, 'popup_disclaimer_disclosure_nofunction', { multiline: true })}
            {text(`school.disclaimers.${l}.shortNoFunction`, 'popup_disclaimer_short_nofunction', { multiline: true })}
          </fieldset>
        ))}
      </details>

      <Transfer t={t} state={state} onImport={(s) => store(s, true)} />
    </main>
  );
}

const REFERENCE_LABELS: Record<ReferenceKey, string> = {
  workContext: 'popup_article_ref_workContext',
  colleagues: 'popup_article_ref_colleagues',
  escalation: 'popup_article_ref_escalation',
  report: 'popup_article_ref_report',
};

/**
 * The school's protocol as data: per rule whether the protocol has it and what its article is called there, and
 * the labels of the articles the texts refer to. (Titles and wording per language come with a settings file or
 * a policy; see the README.)
 */
function Articles(props: {
  t: Translate;
  settings: Settings;
  isLocked: (path: Path) => boolean;
  set: (path: Path, value: unknown, immediate?: boolean) => boolean;
  text: (path: Path, labelKey: string) => JSX.Element;
}) {
  const { t, settings, isLocked, set, text } = props;
  return (
    <fieldset class="articles">
      <legend>{t('popup_articles_heading')}</legend>
      <p class="hint">{t('popup_articles_hint')}</p>
      {RULE_KEYS.map((rule) => (
        <fieldset key={rule}>
          <legend>{t(RULE_LABELS[rule])}</legend>
          <Checkbox
            id={`f-school-articles-${rule}-inProtocol`}
            label={t('popup_article_in_protocol')}
            t={t}
            locked={isLocked(`school.articles.${rule}.inProtocol`)}
            checked={articlesOf(settings)[rule].inProtocol}
            onChange={(v) => set(`school.articles.${rule}.inProtocol`, v)}
          />
          {text(`school.articles.${rule}.label`, 'popup_article_label')}
        </fieldset>
      ))}
      {REFERENCE_KEYS.map((key) => (
        <div key={key}>{text(`school.articles.${key}.label`, REFERENCE_LABELS[key])}</div>
      ))}
    </fieldset>
  );
}

function Pause({ t, lang, settings, now, onPause }: { t: Translate; lang: Lang; settings: Settings; now: number; onPause: (until: number) => void }) {
  const paused = isPaused(settings, now);
  const until = new Date(settings.pausedUntil).toLocaleTimeString(lang === 'nl' ? 'nl-NL' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
  return (
    <div class="pause">
      <p>{paused ? t('popup_status_paused', [until]) : t('popup_status_active')}</p>
      {paused ? (
        <button type="button" onClick={() => onPause(0)}>
          {t('popup_resume_button')}
        </button>
      ) : (
        <button type="button" onClick={() => onPause(Date.now() + PAUSE_MS)}>
          {t('popup_pause_button')}
        </button>
      )}
    </div>
  );
}

function Preview({ t, settings }: { t: Translate; settings: Settings }) {
  const [site, setSite] = useState<Site>('facebook');
  const staff = settings.role === 'medewerker';
  return (
    <Section id="preview" title={t('popup_section_preview')}>
      {staff ? (
        <>
          <Select
            id="f-preview-site"
            label={t('popup_preview_site')}
            t={t}
            value={site}
            options={SITES.map((s) => ({ value: s, label: t(SITE_LABELS[s]) }))}
            onChange={setSite}
          />
          {(['nl', 'en'] as const).map((l) => (
            <figure key={l} class="preview">
              <figcaption>{t(LANG_LABELS[l])}</figcaption>
              <blockquote lang={l} data-preview-lang={l}>
                {buildDisclaimer(settings, l, site)}
              </blockquote>
            </figure>
          ))}
        </>
      ) : (
        <p class="hint">{t('popup_preview_not_staff')}</p>
      )}
    </Section>
  );
}

function Help({ t, lang, school }: { t: Translate; lang: Lang; school: Settings['school'] }) {
  const escalation = profileText(school.escalationContact, lang);
  const reportTo = profileText(school.reportTo, lang);
  return (
    <Section id="help" title={t('popup_section_help')}>
      {escalation && (
        <p>
          {t('popup_escalation', [escalation])}
          {school.escalationEmail && (
            <>
              {' '}
              <a href={`mailto:${school.escalationEmail}`}>{school.escalationEmail}</a>
            </>
          )}
        </p>
      )}
      {reportTo && (
        <p>
          {t('popup_report', [reportTo])}
          {school.reportUrl && (
            <>
              {' '}
              <a href={school.reportUrl} target="_blank" rel="noopener noreferrer">
                {t('popup_report_link')}
              </a>
            </>
          )}
        </p>
      )}
      {school.protocolUrl && (
        <p>
          <a href={school.protocolUrl} target="_blank" rel="noopener noreferrer">
            {t('popup_protocol_link')}
          </a>
        </p>
      )}
    </Section>
  );
}

/** The options page: the full profile editor for the communications office, and the policy bundles for IT. */
function EditorLink({ t }: { t: Translate }) {
  const open = (e: Event) => {
    e.preventDefault();
    void browser.runtime.openOptionsPage().then(() => window.close(), () => undefined);
  };
  return (
    <p>
      <a href={browser.runtime.getURL('src/options/index.html')} target="_blank" rel="noopener" class="editor-link" onClick={open}>
        {t('popup_open_editor')}
      </a>
    </p>
  );
}

function Transfer({ t, state, onImport }: { t: Translate; state: SettingsState; onImport: (s: Settings) => void }) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const exportFile = () => {
    const blob = new Blob([exportSettings(state.effective)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = exportFileName(new Date());
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const importFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return setMessage({ text: t('settings_import_too_large'), error: true });
    let content: string;
    try {
      content = await file.text();
    } catch {
      return setMessage({ text: t('settings_import_unreadable'), error: true });
    }
    const r = importSettings(content, state.user);
    if (!r.ok) return setMessage({ text: t(r.messageKey, r.args), error: true });
    onImport(r.settings);
    setMessage({ text: t('popup_import_done'), error: false });
  };
  return (
    <Section id="transfer" title={t('popup_section_transfer')}>
      <EditorLink t={t} />
      <button type="button" onClick={exportFile}>
        {t('popup_export_button')}
      </button>
      <div class="field">
        <label for="f-import">{t('popup_import_label')}</label>
        <input id="f-import" type="file" accept="application/json,.json" onChange={(e) => void importFile(e)} />
      </div>
      {message && (
        <p class={message.error ? 'error' : 'ok'} role={message.error ? 'alert' : 'status'} data-import-result={message.error ? 'error' : 'ok'}>
          {message.text}
        </p>
      )}
      {state.locked.length > 0 && (
        <p class="hint">
          <LockNote id="lock-summary" t={t} />
        </p>
      )}
    </Section>
  );
}
