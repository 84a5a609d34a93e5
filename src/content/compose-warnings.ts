// Feature: inline warnings beside the sites' compose boxes. Editors are found when they get focus (or input),
// not by scanning the page: single-page apps mount and unmount composers all the time, and a page-wide
// MutationObserver would run on every change of a busy feed.
//
// Where the site puts its nodes does not matter: focus and input events are followed through `composedPath()`
// into open shadow roots (LinkedIn's share box), and the same listeners are added inside every shadow root the
// person has used, for events a site dispatches without `composed`. When a watched editor is unmounted and a new
// one mounted in its place with the same text (Facebook's background picker, X after a media upload), the new
// one is picked up without waiting for focus.
import browser from 'webextension-polyfill';
import { deepActiveElement, eventOrigin } from '../sites/dom.ts';
import { composerOf, findEditor, isEditable, readText } from '../sites/editor.ts';
import type { EditableElement, SiteAdapter } from '../sites/types.ts';
import type { Feature } from './feature.ts';
import { warmOneRule } from './evaluate-sliced.ts';
import { ComposeSession } from './session.tsx';
import { settingsNow } from './settings-live.ts';
import { eachShadowRoot, learnShadowRoots } from './shadow-roots.ts';
import { WATCHING_REQUEST, type WatchingReply } from './watching.ts';

/** Composers kept watched at once (a thread on X has one per post); the least recently used goes first. */
const MAX_SESSIONS = 8;
/** How often to check that watched editors are still on the page. */
const SWEEP_MS = 1000;
/** Events that tell which box the person is in. */
const EDITOR_EVENTS = ['focusin', 'beforeinput', 'input'] as const;

let warming = false;
/**
 * Warms the evaluator rule by rule in idle callbacks once a composer has focus: the first keystroke then finds
 * it warm. One rule per callback at least, more while the browser says the idle period lasts (a quiet page warms
 * all rules in one or two callbacks instead of eight), so no piece comes near the 50 ms long-task line (see
 * evaluate-sliced.ts).
 */
/** Idle time that must be left to start warming one more rule in the same callback. */
const WARM_MORE_MS = 15;
function warmUp(): void {
  if (warming) return;
  warming = true;
  const idle = (fn: (deadline?: IdleDeadline) => void) => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 30));
  const next = (deadline?: IdleDeadline) => {
    const settings = settingsNow();
    if (!settings) return void setTimeout(next, 500);
    try {
      do {
        if (!warmOneRule(settings)) return;
      } while (deadline && !deadline.didTimeout && deadline.timeRemaining() > WARM_MORE_MS);
    } catch {
      /* a failing rule shows up on the real draft, where the session handles it */
    }
    idle(next);
  };
  idle(next);
}

/** An editor that took the place of `gone` in `composer`: one the adapter accepts, holding text or focus. */
function replacementIn(adapter: SiteAdapter, composer: Element, watched: (el: EditableElement) => boolean): EditableElement | null {
  if (!composer.isConnected) return null;
  const active = deepActiveElement();
  for (const candidate of composer.querySelectorAll('[contenteditable]:not([contenteditable="false"]), textarea')) {
    if (!isEditable(candidate)) continue;
    const editor = findEditor(adapter, candidate);
    if (!editor || watched(editor)) continue;
    if (editor === active || editor.contains(active) || readText(editor).trim()) return editor;
  }
  return null;
}

interface Watched {
  session: ComposeSession;
  /** Notices the editor being unmounted, to pick up the one mounted in its place. */
  remount?: MutationObserver;
}

const live = new Map<EditableElement, Watched>();

/** Compose boxes being watched on this page (for the popup). */
export function watchedCount(): number {
  let n = 0;
  for (const [el, w] of live) if (el.isConnected && !w.session.disposed) n++;
  return n;
}

export const composeWarnings: Feature = {
  id: 'compose-warnings',
  runsOn: () => true,
  start({ adapter, signal }) {
    const sessions = live;
    let sweep: ReturnType<typeof setInterval> | undefined;

    const drop = (editor: EditableElement) => {
      const w = sessions.get(editor);
      w?.remount?.disconnect();
      w?.session.dispose();
      sessions.delete(editor);
      if (!sessions.size && sweep !== undefined) {
        clearInterval(sweep);
        sweep = undefined;
      }
    };

    const start = (editor: EditableElement) => {
      const session = new ComposeSession(adapter, editor, signal);
      const watched: Watched = { session };
      const composer = composerOf(adapter, editor);
      if (composer !== editor && composer !== document.body && composer !== document.documentElement) {
        // Only this composer's subtree, and only while its editor is watched.
        watched.remount = new MutationObserver(() => {
          if (editor.isConnected) return;
          drop(editor);
          const next = replacementIn(adapter, composer, (el) => sessions.has(el));
          if (next) watchEditor(next);
        });
        watched.remount.observe(composer, { childList: true, subtree: true });
      }
      sessions.set(editor, watched);
    };

    const watchEditor = (editor: EditableElement) => {
      const existing = sessions.get(editor);
      if (existing && !existing.session.disposed) {
        sessions.delete(editor); // re-insert: most recently used last
        sessions.set(editor, existing);
        return;
      }
      if (existing) drop(editor);
      // A new editor is often the old one's replacement (a re-rendered textarea): let go of those that left first.
      for (const [el, w] of sessions) if (!el.isConnected || w.session.disposed) drop(el);
      start(editor);
      warmUp();
      while (sessions.size > MAX_SESSIONS) drop(sessions.keys().next().value!);
      // Editors that leave the page are let go: a cheap isConnected check on the few watched editors only.
      sweep ??= setInterval(() => {
        for (const [el, w] of sessions) if (!el.isConnected || w.session.disposed) drop(el);
      }, SWEEP_MS);
    };

    const watch = (target: EventTarget | null) => {
      // Typing in a box already watched (most events): no selector matching or ancestor walk per keystroke.
      if (target instanceof Node) {
        for (const [el, w] of sessions) {
          if (!w.session.disposed && el.contains(target)) return watchEditor(el);
        }
      }
      const editor = findEditor(adapter, target);
      if (editor) watchEditor(editor);
    };

    const onEvent = (e: Event) => watch(eventOrigin(e));
    // focusin and input are composed: from an open shadow root they reach the document with the real origin at
    // the head of composedPath(). beforeinput covers text put in without focus moving there first (a site
    // restoring a saved draft while focused elsewhere).
    for (const type of EDITOR_EVENTS) document.addEventListener(type, onEvent, { capture: true, signal });
    learnShadowRoots(signal);
    // The same inside shadow roots, for events a site dispatches there without `composed`.
    eachShadowRoot((root) => {
      for (const type of EDITOR_EVENTS) root.addEventListener(type, onEvent, { capture: true, signal });
    }, signal);

    const onMessage = (message: unknown): Promise<WatchingReply> | undefined => {
      if ((message as { type?: unknown } | null)?.type !== WATCHING_REQUEST) return undefined;
      return Promise.resolve({ count: watchedCount() });
    };
    browser.runtime.onMessage.addListener(onMessage);

    signal.addEventListener('abort', () => {
      browser.runtime.onMessage.removeListener(onMessage);
      for (const el of [...sessions.keys()]) drop(el);
    });
    // The page may have been focused in a composer before this script ran (it runs at document_idle).
    watch(deepActiveElement());
  },
};
