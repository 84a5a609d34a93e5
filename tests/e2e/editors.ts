// Every editor replica the insertion tests drive, with where its editor is and which model text is its own.
// Shared by the Chromium e2e tests, the randomized insertion suite and the Firefox tests.
import type { PageName } from '../fixtures/pages.ts';

export interface EditorCase {
  name: string;
  /** Short id for figures and file names. */
  id: string;
  page: PageName;
  /**
   * CSS selector of the editable element; ` >>> ` steps into the open shadow root of what precedes it (puppeteer's
   * deep combinator). Playwright takes `cssOf(editor)` (its CSS pierces open roots); scripts in the page take
   * `DEEP_QUERY`.
   */
  editor: string;
  /** Index of its model text (window.__modelText(i)). */
  model: number;
  /** Draft.js, Lexical, ProseMirror, Quill or a textarea. */
  library: 'draftjs' | 'lexical' | 'prosemirror' | 'quill' | 'textarea';
}

/** How the editor's model text separates two lines: Lexical's getTextContent() puts a blank line between paragraphs. */
export const lineBreakOf = (c: EditorCase): string => (c.library === 'lexical' ? '\n\n' : '\n');

/** The selector for playwright, whose CSS engine pierces open shadow roots by itself. */
export const cssOf = (selector: string): string => selector.split(' >>> ').join(' ');

/**
 * Source of a page-side function `(selector) => Element | null` that follows ` >>> ` into open shadow roots. Kept
 * as text: a transpiled function would carry the transpiler's helpers into the page.
 */
export const DEEP_QUERY = `function (sel) {
  var parts = sel.split(' >>> '), root = document, el = null;
  for (var i = 0; i < parts.length; i++) {
    el = root.querySelector(parts[i]);
    if (!el) return null;
    if (i < parts.length - 1) { root = el.shadowRoot; if (!root) return null; }
  }
  return el;
}`;

export const EDITORS: EditorCase[] = [
  { name: 'X post (Draft.js)', id: 'x-draftjs', page: 'x', editor: '[data-testid="tweetTextarea_0"]', model: 0, library: 'draftjs' },
  { name: 'Facebook create post (Lexical)', id: 'facebook-post-lexical', page: 'facebook', editor: '[role="dialog"] [data-lexical-editor="true"]', model: 0, library: 'lexical' },
  { name: 'Facebook comment (Lexical)', id: 'facebook-comment-lexical', page: 'facebook', editor: 'form.comment [data-lexical-editor="true"]', model: 1, library: 'lexical' },
  { name: 'LinkedIn share box (TipTap/ProseMirror)', id: 'linkedin-tiptap', page: 'linkedin-tiptap', editor: '.ProseMirror', model: 0, library: 'prosemirror' },
  { name: 'LinkedIn share box (Quill)', id: 'linkedin-quill-post', page: 'linkedin-quill', editor: '.share-creation-state__text-editor .ql-editor', model: 0, library: 'quill' },
  { name: 'LinkedIn comment (Quill)', id: 'linkedin-quill-comment', page: 'linkedin-quill', editor: '.comments-comment-texteditor .ql-editor', model: 1, library: 'quill' },
  // LinkedIn's "Create a post" as it is in 2026: Quill 1 inside an open shadow root (tests/fixtures/linkedin-share.ts).
  { name: 'LinkedIn share box (Quill 1 in a shadow root)', id: 'linkedin-quill1-share', page: 'linkedin-share', editor: '#interop-outlet >>> .ql-editor', model: 0, library: 'quill' },
  { name: 'Instagram caption (Lexical)', id: 'instagram-caption-lexical', page: 'instagram', editor: '[role="dialog"] [contenteditable="true"]', model: 0, library: 'lexical' },
  { name: 'Instagram comment (textarea)', id: 'instagram-comment-textarea', page: 'instagram', editor: 'form textarea', model: 1, library: 'textarea' },
];

/** The LinkedIn comment replica whose Enter key posts the comment (tests/fixtures/linkedin-comment.ts). */
export const ENTER_POSTS: EditorCase = {
  name: 'LinkedIn comment, Enter posts (TipTap/ProseMirror)',
  id: 'linkedin-comment-tiptap',
  page: 'linkedin-comment',
  editor: '.comments-comment-texteditor .ProseMirror',
  model: 0,
  library: 'prosemirror',
};
