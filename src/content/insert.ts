// Puts text at the end of a draft through the editor's own input path, so the site's editor state (not just the
// DOM) registers it and its undo removes it:
// - Draft.js (X) ignores DOM edits it did not make and has no beforeinput path for multi-line text, but handles
//   paste: a synthetic ClipboardEvent carrying text/plain at a collapsed end selection.
// - ProseMirror and Quill take `execCommand('insertText')` / `insertParagraph` with the caret placed at the end
//   first (both read the DOM change back into their model).
// - Lexical takes the same synthetic paste as Draft.js (see below why not execCommand).
// - A textarea takes `execCommand('insertText')` too where the browser supports it, which keeps the insertion
//   in the native undo stack; otherwise `setRangeText` plus an `input` event (React-controlled textareas pick
//   that up because their value tracker sees the changed value).
// Afterwards the draft is read back and checked (insert-verify.ts). On failure nothing is rolled back — a
// rollback could itself damage the draft — and the caller offers the disclaimer on the clipboard instead.
import { editorKind, readText } from '../sites/editor.ts';
import type { EditableElement, EditorKind } from '../sites/types.ts';
import { type InsertOutcome, verifyInsertion } from './insert-verify.ts';

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
const tick = (ms = 0) => new Promise<void>((r) => setTimeout(r, ms));

/** Waits for the browser's `selectionchange` (editors sync their model selection on it), at most `ms`. */
function selectionSettled(ms = 60): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      document.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      // Let the editor's own selectionchange handler run first.
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, ms);
    document.addEventListener('selectionchange', done);
  });
}

/** Deepest last position inside the editor that can hold a caret: the end of its last text, or its last block. */
function endPosition(editor: HTMLElement): { node: Node; offset: number } {
  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.length) last = n as Text;
  // Draft.js and Lexical keep zero-width or placeholder text nodes; the last non-empty text node is where
  // typing would continue. An editor with no text at all gets a caret inside its last block.
  if (last) return { node: last, offset: last.data.length };
  let block: Node = editor;
  while (block.lastChild && block.lastChild.nodeType === Node.ELEMENT_NODE && (block.lastChild as Element).tagName !== 'BR') block = block.lastChild;
  return { node: block, offset: block.childNodes.length && (block.lastChild as Element | null)?.tagName === 'BR' ? block.childNodes.length - 1 : block.childNodes.length };
}

function placeCaretAtEnd(editor: EditableElement): void {
  if (editor instanceof HTMLTextAreaElement) {
    editor.setSelectionRange(editor.value.length, editor.value.length);
    return;
  }
  const sel = editor.ownerDocument.getSelection();
  if (!sel) return;
  const { node, offset } = endPosition(editor);
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  sel.removeAllRanges();
  sel.addRange(range);
}

/** Returns whether the editor handled the paste (editors cancel the event when they insert it themselves). */
function pasteText(editor: HTMLElement, text: string): boolean {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  editor.dispatchEvent(event);
  return event.defaultPrevented;
}

function insertIntoTextarea(el: HTMLTextAreaElement, text: string): void {
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

async function insertByKind(kind: EditorKind, editor: EditableElement, text: string): Promise<void> {
  switch (kind) {
    case 'textarea':
      insertIntoTextarea(editor as HTMLTextAreaElement, text);
      return;
    case 'draftjs':
      pasteText(editor, text);
      return;
    case 'lexical':
      // execCommand fires no beforeinput in Chromium, so Lexical only sees the DOM change: it keeps new text
      // but reverts a new paragraph it did not make. Its paste handler (PASTE_COMMAND) does both, in one undo
      // step, and unlike a synthetic Enter it can never submit a comment box.
      // If the editor ignores the paste, nothing was inserted and the caller falls back to the clipboard:
      // better than a disclaimer glued to the last word.
      pasteText(editor, text);
      return;
    default: {
      // Line breaks go in as paragraphs: insertText with '\n' is not handled alike by every editor,
      // insertParagraph is. Each step waits for the editor to reconcile its DOM and selection (Lexical does so
      // in a microtask), or the next step would land at a stale caret.
      const lines = text.split('\n');
      for (let i = 0; i < lines.length; i++) {
        if (i > 0) {
          document.execCommand('insertParagraph');
          await tick();
        }
        if (lines[i]) document.execCommand('insertText', false, lines[i]);
      }
    }
  }
}

/**
 * Editors merge edits made within a short time into one undo step (Quill 1 s, Lexical's history up to 1 s,
 * ProseMirror 0.5 s). Inserting right after the last keystroke would make Ctrl+Z take the typed words away
 * with the disclaimer, so the insertion waits until that window has passed.
 */
const UNDO_GROUP_MS: Record<EditorKind, number> = { draftjs: 0, textarea: 0, prosemirror: 550, lexical: 1050, quill: 1050, contenteditable: 0 };

export interface InsertResult {
  outcome: InsertOutcome | 'gone';
}

/** Appends `text` (which carries its own leading line break) at the end of the draft and checks the result. */
export async function insertAtEnd(editor: EditableElement, text: string, lastEditAt = 0): Promise<InsertResult> {
  if (!editor.isConnected) return { outcome: 'gone' };
  const kind = editorKind(editor);
  const wait = lastEditAt + UNDO_GROUP_MS[kind] - performance.now();
  if (wait > 0) await tick(wait);
  const before = readText(editor);
  editor.focus({ preventScroll: true });
  placeCaretAtEnd(editor);
  if (kind !== 'textarea') await selectionSettled();
  if (!editor.isConnected) return { outcome: 'gone' };
  await insertByKind(kind, editor, text);
  // Editors render their new state asynchronously (React, Lexical's microtask, Quill's mutation observer).
  await tick();
  await frame();
  if (!editor.isConnected) return { outcome: 'gone' };
  return { outcome: verifyInsertion(before, readText(editor), text) };
}
