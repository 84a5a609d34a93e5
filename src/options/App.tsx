// The options page: the editor where the communications office writes the school profile, and where IT takes
// the policy bundles from. Edits go into a draft, validated field by field with the settings' own zod schema;
// Save stores the draft's valid values. Fields the school's policy sets are shown read-only.
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { translator, type Translate } from '../i18n/translate.ts';
import { articlesOf } from '../protocol/articles.ts';
import { resolveUiLanguage, type SettingsState } from '../settings/effective.ts';
import { fieldIssue, type FieldIssue } from '../settings/field-issue.ts';
import { withField } from '../settings/form.ts';
import { getAt, isLockedPath, setAt, type Path } from '../settings/paths.ts';
import type { Settings } from '../settings/schema.ts';
import { saveUserSettings } from '../settings/store.ts';
import { issueText, type Form } from './form.ts';
import { Articles } from './sections/Articles.tsx';
import { Contacts } from './sections/Contacts.tsx';
import { Disclaimers } from './sections/Disclaimers.tsx';
import { GroupChats } from './sections/GroupChats.tsx';
import { Lessons } from './sections/Lessons.tsx';
import { Policy } from './sections/Policy.tsx';
import { Rules } from './sections/Rules.tsx';
import { School } from './sections/School.tsx';

/** `user` with the policy's values where it locks a field. */
export function withLocks(user: Settings, state: SettingsState): Settings {
  let out = user;
  for (const path of state.locked) out = setAt(out, path, getAt(state.effective, path));
  return out;
}

export interface Env {
  browserLanguage: string | undefined;
  /** This extension's id in Chromium (for the Chrome and Edge forms); empty elsewhere. */
  chromeExtensionId: string;
  /** The add-on id in Firefox (for policies.json); undefined elsewhere. */
  firefoxId: string | undefined;
}

/** Calls `cb` with every later settings state (popup edits, a policy read late or changed) until `signal` aborts. */
export type Follow = (cb: (state: SettingsState) => void, signal: AbortSignal) => void;

export function App({ initial, env, follow }: { initial: SettingsState; env: Env; follow: Follow }) {
  const [stored, setStored] = useState(initial);
  const [draft, setDraft] = useState(initial.user);
  const [issues, setIssues] = useState<Record<Path, FieldIssue>>({});
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<{ text: string; error: boolean }>({ text: '', error: false });
  // Bumped when the whole draft is replaced (discard, import): the fields start over from its values, also those
  // still holding refused text.
  const [generation, setGeneration] = useState(0);

  const shown = withLocks(draft, stored);
  // The language the popup shows (what the extension acts on), so the two pages never disagree.
  const lang = resolveUiLanguage(stored.effective.uiLanguage, env.browserLanguage);
  const articles = articlesOf(shown);
  const t: Translate = useMemo(() => translator(lang, undefined, articles), [lang, articles]);

  // A layout effect, not a plain one: it runs in the same task as the first render, so nothing (a screen
  // reader, a test reading <html lang>) can see the page's text in one language under the other's lang.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('options_title');
  }, [lang, t]);

  // A policy read late, or settings changed in the popup: the locks follow at once; the draft only while it
  // holds no edits of its own.
  useEffect(() => {
    const ac = new AbortController();
    follow((next) => setStored(next), ac.signal);
    return () => ac.abort();
  }, [follow]);
  useEffect(() => {
    if (!dirty) setDraft(stored.user);
  }, [stored, dirty]);

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty) e.preventDefault();
    };
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);

  const isLocked = (path: Path) => isLockedPath(stored.locked, path);

  const clearIssue = (path: Path) =>
    setIssues((prev) => {
      if (!(path in prev)) return prev;
      const { [path]: _gone, ...rest } = prev;
      return rest;
    });

  const form: Form = {
    t,
    settings: shown,
    isLocked,
    error: (path) => (issues[path] ? issueText(t, issues[path]) : undefined),
    set(path, value) {
      if (isLocked(path)) return false;
      const issue = fieldIssue(path, value);
      if (issue) {
        setIssues((prev) => ({ ...prev, [path]: issue }));
        return false;
      }
      setDraft((prev) => withField(prev, path, value) ?? prev);
      clearIssue(path);
      setDirty(true);
      setStatus({ text: '', error: false });
      return true;
    },
    refuse(path, issue) {
      setIssues((prev) => ({ ...prev, [path]: issue }));
    },
  };

  const save = async () => {
    try {
      await saveUserSettings(draft);
    } catch {
      setStatus({ text: t('options_save_failed'), error: true });
      return;
    }
    // What was stored is the new baseline at once, so the fields never flash the old values while storage's
    // change event is on its way.
    setStored((prev) => ({ ...prev, user: draft, effective: withLocks(draft, prev) }));
    setDirty(false);
    const refused = Object.keys(issues);
    setStatus(refused.length ? { text: t('options_saved_with_errors', [refused.join(', ')]), error: true } : { text: t('popup_saved'), error: false });
  };

  const discard = () => {
    setDraft(stored.user);
    setIssues({});
    setGeneration((g) => g + 1);
    setDirty(false);
    setStatus({ text: t('options_discarded'), error: false });
  };

  return (
    <>
      <header>
        <h1>{t('options_title')}</h1>
        <p>{t('options_intro')}</p>
        {stored.locked.length > 0 && (
          <p class="notice" data-locked-notice>
            {t('options_locked_notice')}
          </p>
        )}
        {stored.managedInvalid.length > 0 && <p class="notice">{t('popup_notice_managed_invalid', [stored.managedInvalid.join(', ')])}</p>}
      </header>
      <main>
        <div key={generation}>
          <School form={form} />
          <Disclaimers form={form} />
          <Contacts form={form} />
          <Articles form={form} />
          <Rules form={form} />
          <Lessons form={form} />
          <GroupChats form={form} />
        </div>
        <Policy
          form={form}
          draft={draft}
          defaultExtensionId={env.chromeExtensionId}
          firefoxId={env.firefoxId}
          onImport={(next) => {
            setDraft(next);
            setIssues({});
            setGeneration((g) => g + 1);
            setDirty(true);
            setStatus({ text: t('options_unsaved'), error: false });
          }}
        />
      </main>
      <footer class="savebar">
        <button type="button" class="primary" data-save onClick={() => void save()}>
          {t('options_save')}
        </button>
        <button type="button" onClick={discard} disabled={!dirty}>
          {t('options_discard')}
        </button>
        <p role="status" aria-live="polite" class={status.error ? 'error' : 'status'} data-save-status>
          {status.text || (dirty ? t('options_unsaved') : '')}
        </p>
      </footer>
    </>
  );
}
