// Puts the disclaimer at the end of a draft through the editor's own input path, so the site's editor state (not
// just the DOM) registers it and its undo removes it.
//
// Rich editors (Draft.js on X, Lexical on Facebook and Instagram, ProseMirror/TipTap and Quill on LinkedIn) all
// get one synthetic paste of plain text at a collapsed caret placed at the very end of the draft. Each of them
// handles paste itself (reads text/plain, splits lines into blocks, records one undo step), and a paste is one
// event handled synchronously, so nothing typed meanwhile can land between two steps of it. It replaced
// `execCommand('insertParagraph')`, which ProseMirror turns into a synthetic Enter key press (LinkedIn's comment
// box binds Enter to "post") and which Quill could apply at a stale caret, splitting a word.
// Firefox ignores `clipboardData` in a synthetic ClipboardEvent's init; its own (non-standard) `dataType`/`data`
// members make the event carry the text there, so both are given.
//
// A textarea takes `execCommand('insertText')` where the browser supports it (native undo), otherwise
// `setRangeText` plus an `input` event (React-controlled textareas pick that up through their value tracker).
//
// The line break before the disclaimer is decided from the DOM text right before the caret it is inserted at
// (an empty last line needs none, anything else needs one), never from an assumption about where the caret is.
// Afterwards the draft is read back and checked (insert-verify.ts). On failure nothing is rolled back — a
// rollback could itself damage the draft — and the caller offers the disclaimer on the clipboard instead.
import { editorKind, readText } from '../sites/editor.ts';
import { selectionFor } from '../sites/dom.ts';
import type { EditableElement, EditorKind } from '../sites/types.ts';
import { type InsertOutcome, verifyInsertion } from './insert-verify.ts';

// A background tab gets no animation frames: the timeout keeps an insertion from waiting for the person to come back.
const frame = () =>
  new Promise<void>((r) => {
    requestAnimationFrame(() => r());
    setTimeout(r, 100);
  });
const tick = (ms = 0) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Editors merge edits made within a short time into one undo step: ProseMirror's history when the next change is
 * within `newGroupDelay` (500 ms) of the last one and adjacent to it, Quill's when it comes within `delay`
 * (1,000 ms) of the start of the current group. A content script cannot call their `closeHistory()` or
 * `history.cutoff()` (the editor objects live in the page's world), so the insertion waits until that window has
 * passed since the person's last edit — counting key presses too: ProseMirror and Quill handle Enter on keydown,
 * with no input event after it (see `watchEdits`). Draft.js starts a new undo step for every paste, and so does
 * Lexical (a paste is never the "same kind" of change as typing), so those need no wait.
 * The margin covers the editor stamping its change a little after our listener saw the event.
 */
const UNDO_GROUP_MS: Record<EditorKind, number> = { draftjs: 0, textarea: 0, prosemirror: 600, lexical: 0, quill: 1100, contenteditable: 0 };

/** Keys that never change a draft: they do not start an editor's undo group. */
const NON_EDITING_KEYS = new Set([
  'Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'Escape', 'Tab', 'Fn',
  'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown',
]);

/**
 * Follows the person's edits in `editor` and returns when the last one happened (performance.now()). Listens on
 * the window in the capture phase, so it sees every event before the editor's own handlers (which may stop it).
 */
export function watchEdits(editor: EditableElement, signal: AbortSignal): () => number {
  // A session starts on the first focus of or input into the editor, often while the person is typing (the
  // evaluator loads lazily): edits made before it are taken as just now, so the undo-group wait still holds.
  let last = performance.now();
  const stamp = (e: Event) => {
    // composedPath: at the window an event from inside a shadow root is retargeted to its host.
    const target = e.composedPath()[0] ?? e.target;
    if (!(target instanceof Node) || !editor.contains(target)) return;
    if (e.type === 'keydown' && NON_EDITING_KEYS.has((e as KeyboardEvent).key)) return;
    last = performance.now();
  };
  for (const type of ['keydown', 'beforeinput', 'input', 'paste', 'cut', 'drop', 'compositionend'] as const) {
    window.addEventListener(type, stamp, { capture: true, signal });
  }
  return () => last;
}

/** Waits for the browser's `selectionchange` (editors sync their model selection on it), at most `ms`. */
function selectionSettled(ms = 80): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      document.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      // Let the editor's own selectionchange handler run first (Quill defers its own by 1 ms).
      setTimeout(resolve, 2);
    };
    const timer = setTimeout(done, ms);
    document.addEventListener('selectionchange', done);
  });
}

const indexIn = (n: Node) => Array.prototype.indexOf.call(n.parentNode!.childNodes, n) as number;

/**
 * The last position inside the editor where typing would continue the draft: the end of its last text, or the
 * inside of its last (possibly empty) line, before the `<br>` editors keep there to hold an empty line open.
 * Skips empty text nodes; steps over non-editable islands (mentions, images) rather than into them.
 */
export function endPosition(editor: HTMLElement): { node: Node; offset: number } {
  let node: Node = editor;
  for (;;) {
    let child = node.lastChild;
    while (child && (child.nodeType === Node.COMMENT_NODE || (child.nodeType === Node.TEXT_NODE && (child as Text).data === ''))) {
      child = child.previousSibling;
    }
    if (!child) return { node, offset: node.childNodes.length };
    if (child.nodeType === Node.TEXT_NODE) return { node: child, offset: (child as Text).data.length };
    if (!(child instanceof Element)) return { node, offset: indexIn(child) + 1 };
    if (child.tagName === 'BR') return { node, offset: indexIn(child) };
    if (child.getAttribute('contenteditable') === 'false' || child.tagName === 'IMG') return { node, offset: indexIn(child) + 1 };
    node = child;
  }
}

function placeCaretAtEnd(editor: EditableElement): void {
  const sel = selectionFor(editor);
  if (!sel) return;
  const { node, offset } = endPosition(editor);
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  sel.removeAllRanges();
  sel.addRange(range);
}

/** The draft's text (as `readText` reads it) between the editor's start or end and a point inside it. */
function textOf(editor: HTMLElement, from: 'start' | 'end', node: Node, offset: number): string {
  const range = document.createRange();
  if (from === 'start') {
    range.setStart(editor, 0);
    range.setEnd(node, offset);
  } else {
    range.setStart(node, offset);
    range.setEnd(editor, editor.childNodes.length);
  }
  const box = document.createElement('div');
  box.append(range.cloneContents());
  return readText(box);
}

/**
 * Where the caret is now, if it is collapsed at the very end of the draft: the draft's text before it. Anything
 * else (a selection, a caret before some text or before an empty line) is not a place to insert at.
 */
function textBeforeEndCaret(editor: EditableElement): string | undefined {
  const sel = selectionFor(editor);
  if (!sel || sel.rangeCount === 0) return undefined;
  const r = sel.getRangeAt(0);
  if (!r.collapsed || !editor.contains(r.startContainer)) return undefined;
  if (textOf(editor, 'end', r.startContainer, r.startOffset) !== '') return undefined;
  return textOf(editor, 'start', r.startContainer, r.startOffset);
}

/** The line break to put before the disclaimer: none at the start of an empty line (or of an empty draft). */
export function separatorAfter(textBefore: string): string {
  return textBefore === '' || textBefore.endsWith('\n') ? '' : '\n';
}

/** Returns whether the editor handled the paste (editors cancel the event when they insert it themselves). */
function pasteText(editor: HTMLElement, text: string): boolean {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  // `dataType`/`data` are Firefox's ClipboardEventInit members; other browsers ignore them.
  const init = { clipboardData: data, dataType: 'text/plain', data: text, bubbles: true, cancelable: true, composed: true } as ClipboardEventInit;
  const event = new ClipboardEvent('paste', init);
  editor.dispatchEvent(event);
  return event.defaultPrevented;
}

/**
 * Quill 1 (LinkedIn's share box) takes a paste by letting the browser's own paste land in its hidden
 * `.ql-clipboard` and reading it a moment later, so a synthetic paste event inserts nothing (and moves focus to
 * that container). It follows the browser's editing commands through its mutation observer instead. Quill 2 has
 * no such container and reads clipboardData like the other editors.
 */
function isQuill1(editor: HTMLElement): boolean {
  return editor.classList.contains('ql-editor') && !!editor.parentElement?.querySelector(':scope > .ql-clipboard');
}

function insertIntoTextarea(el: HTMLTextAreaElement, text: string): void {
  el.setSelectionRange(el.value.length, el.value.length);
  const before = el.value;
  let ok = false;
  try {
    ok = document.execCommand('insertText', false, text);
  } catch {
    ok = false;
  }
  if (ok && el.value !== before) return;
  el.setRangeText(text, el.value.length, el.value.length, 'end');
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

/** Quill 1 (LinkedIn's share box): the browser's own editing commands, one line at a time, which Quill 1 picks up. */
function insertIntoContentEditable(text: string): void {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) document.execCommand('insertParagraph');
    if (lines[i]) document.execCommand('insertText', false, lines[i]);
  }
}

export interface InsertResult {
  outcome: InsertOutcome | 'gone';
}

/**
 * Appends `text` (the disclaimer; a leading line break in it is ignored, the right one is decided here) on a line
 * of its own at the end of the draft, and checks the result. `lastEditAt` tells when the person last edited (see
 * `watchEdits`).
 */
export async function insertAtEnd(editor: EditableElement, text: string, lastEditAt: () => number = () => 0): Promise<InsertResult> {
  if (!editor.isConnected) return { outcome: 'gone' };
  const kind = editorKind(editor);
  const line = text.replace(/^\n+/, '');
  // The person may type on while we wait: each edit restarts the editor's grouping window.
  for (let i = 0; i < 50; i++) {
    const wait = lastEditAt() + UNDO_GROUP_MS[kind] - performance.now();
    if (wait <= 0) break;
    await tick(wait);
  }
  if (!editor.isConnected) return { outcome: 'gone' };

  if (kind === 'textarea') {
    const ta = editor as HTMLTextAreaElement;
    const before = ta.value;
    const inserted = separatorAfter(before) + line;
    ta.focus({ preventScroll: true });
    insertIntoTextarea(ta, inserted);
    await tick();
    return { outcome: verifyInsertion(before, ta.value, inserted) };
  }

  // A person typing in the draft (they went back to it while we waited) gets their caret back afterwards, so
  // what they type next continues where they were rather than after the disclaimer.
  // Focus inside a shadow root (LinkedIn's share box) shows in the document only as the shadow host: ask the
  // editor's own root which element has it.
  const active = (editor.getRootNode() as Document | ShadowRoot).activeElement;
  const theirs = active && editor.contains(active) ? currentRange(editor) : undefined;
  editor.focus({ preventScroll: true });
  let textBefore: string | undefined;
  // Editors sync their own selection from the DOM's on `selectionchange`; a second try covers an editor (or a
  // keystroke) that moved the caret away in between.
  for (let attempt = 0; attempt < 2 && textBefore === undefined; attempt++) {
    placeCaretAtEnd(editor);
    await selectionSettled();
    if (!editor.isConnected) return { outcome: 'gone' };
    textBefore = textBeforeEndCaret(editor);
  }
  if (textBefore === undefined) return { outcome: 'missing' };
  // From here to the paste nothing yields, so the caret checked above is the one the editor inserts at.
  const before = readText(editor);
  const inserted = separatorAfter(textBefore) + line;
  if (isQuill1(editor)) insertIntoContentEditable(inserted);
  // A plain contenteditable (YouTube's comment box) has only the browser's own undo stack: one command, with its
  // line break inside, is one undo step in Chromium and Firefox alike (Firefox kept insertParagraph and insertText
  // as two steps, so one Ctrl+Z left an empty line behind).
  else if (kind === 'contenteditable') document.execCommand('insertText', false, inserted);
  else pasteText(editor, inserted);
  // Editors render their new state asynchronously (React, Lexical's microtask, Quill's mutation observer).
  await tick();
  await frame();
  if (!editor.isConnected) return { outcome: 'gone' };
  const outcome = verifyInsertion(before, readText(editor), inserted);
  if (theirs && editor.contains(theirs.startContainer) && editor.contains(theirs.endContainer)) {
    selectionFor(editor)?.setBaseAndExtent(theirs.startContainer, theirs.startOffset, theirs.endContainer, theirs.endOffset);
  }
  return { outcome };
}

/** The selection inside the editor, as a live range (it follows the editor's DOM changes), unless at the end. */
function currentRange(editor: EditableElement): Range | undefined {
  const sel = selectionFor(editor);
  if (!sel || sel.rangeCount === 0) return undefined;
  const r = sel.getRangeAt(0);
  if (!editor.contains(r.startContainer) || (r.collapsed && textOf(editor, 'end', r.startContainer, r.startOffset) === '')) return undefined;
  return r.cloneRange();
}
