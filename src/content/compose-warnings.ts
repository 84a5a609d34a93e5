// Feature: inline warnings beside the sites' compose boxes. Editors are found when they get focus (or input),
// not by scanning the page: single-page apps mount and unmount composers all the time, and a page-wide
// MutationObserver would run on every change of a busy feed.
import { findEditor } from '../sites/editor.ts';
import type { EditableElement } from '../sites/types.ts';
import type { Feature } from './feature.ts';
import { warmOneRule } from './evaluate-sliced.ts';
import { ComposeSession } from './session.tsx';
import { settingsNow } from './settings-live.ts';

/** Composers kept watched at once (a thread on X has one per post); the least recently used goes first. */
const MAX_SESSIONS = 8;
/** How often to check that watched editors are still on the page. */
const SWEEP_MS = 1000;

let warming = false;
/**
 * Warms the evaluator rule by rule, each in its own idle callback, once a composer has focus: the first
 * keystroke then finds it warm, and no piece comes near the 50 ms long-task line (see evaluate-sliced.ts).
 */
function warmUp(): void {
  if (warming) return;
  warming = true;
  const idle = (fn: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 30));
  const next = () => {
    const settings = settingsNow();
    if (!settings) return void setTimeout(next, 500);
    try {
      if (!warmOneRule(settings)) return;
    } catch {
      /* a failing rule shows up on the real draft, where the session handles it */
    }
    idle(next);
  };
  idle(next);
}

export const composeWarnings: Feature = {
  id: 'compose-warnings',
  runsOn: () => true,
  start({ adapter, signal }) {
    const sessions = new Map<EditableElement, ComposeSession>();
    let sweep: ReturnType<typeof setInterval> | undefined;

    const drop = (editor: EditableElement) => {
      sessions.get(editor)?.dispose();
      sessions.delete(editor);
      if (!sessions.size && sweep !== undefined) {
        clearInterval(sweep);
        sweep = undefined;
      }
    };

    const watch = (target: EventTarget | null) => {
      const editor = findEditor(adapter, target);
      if (!editor) return;
      const existing = sessions.get(editor);
      if (existing && !existing.disposed) {
        sessions.delete(editor); // re-insert: most recently used last
        sessions.set(editor, existing);
        return;
      }
      // A new editor is often the old one's replacement (a re-rendered textarea): let go of those that left first.
      for (const [el, s] of sessions) if (!el.isConnected || s.disposed) drop(el);
      sessions.set(editor, new ComposeSession(adapter, editor, signal));
      warmUp();
      while (sessions.size > MAX_SESSIONS) drop(sessions.keys().next().value!);
      // Editors that leave the page are let go: a cheap isConnected check on the few watched editors only.
      sweep ??= setInterval(() => {
        for (const [el, s] of sessions) if (!el.isConnected || s.disposed) drop(el);
      }, SWEEP_MS);
    };

    const onEvent = (e: Event) => watch(e.composedPath()[0] ?? e.target);
    document.addEventListener('focusin', onEvent, { capture: true, signal });
    // Text put in without focus moving there first (a site restoring a saved draft while focused elsewhere).
    document.addEventListener('beforeinput', onEvent, { capture: true, signal });
    signal.addEventListener('abort', () => {
      for (const el of [...sessions.keys()]) drop(el);
    });
    // The page may have been focused in a composer before this script ran (it runs at document_idle).
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    watch(active);
  },
};
