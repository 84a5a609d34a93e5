// LinkedIn: the "Create a post" share box and comment boxes.
//
// Markup it expects (2026; evidence and dates in docs/sites.md and the replicas in tests/fixtures/):
//   Share box: the whole dialog lives in an OPEN shadow root on <div id="interop-outlet"
//     data-testid="interop-shadowdom"> at the end of <body>:
//       <div role="dialog" data-test-modal-id="sharebox" class="artdeco-modal share-box-v2__modal"> …
//         <div class="share-creation-state__text-editor"> <div class="ql-container">
//           <div class="ql-editor" contenteditable="true" role="textbox" data-test-ql-editor-contenteditable="true"
//                aria-label="Text editor for creating content"><p>…</p></div>            ← Quill 1
//         media: <div class="share-creation-state__media-preview"> with blob: previews;
//                <input type="file" id="media-editor-file-selector__file-input"> — inside the shadow root too
//     Found through composed event paths (src/content/compose-warnings.ts), not document queries.
//   Feed comments (hashed class names, no <form>):
//     <div role="listitem"> … <div data-view-name="comment-box"> …
//       <div data-testid="ui-core-tiptap-text-editor-wrapper">
//         <div class="tiptap ProseMirror" contenteditable="true" role="textbox"
//              aria-label="Text editor for creating comment"><p>…</p></div>              ← TipTap; Enter posts
//   Older builds: the share box in the light DOM (TipTap or Quill), comments in
//     <form class="comments-comment-box__form"> … <div class="comments-comment-texteditor"> … .ql-editor
//   Messaging (.msg-form, /messaging/) is private conversation, not a post: excluded.
import type { SiteAdapter } from './types.ts';

export const linkedin: SiteAdapter = {
  site: 'linkedin',
  hosts: ['www.linkedin.com'],
  examples: ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/preload/sharebox/', 'https://www.linkedin.com/posts/someone_activity-123'],
  excludePaths: [/^\/messaging(\/|$)/],
  editors: [
    '.ql-editor[contenteditable="true"]',
    '[data-test-ql-editor-contenteditable="true"]',
    '.ProseMirror[contenteditable="true"]',
    '.tiptap[contenteditable="true"]',
    '[contenteditable="true"][aria-label^="Text editor for creating"]',
    '.share-creation-state__text-editor [contenteditable="true"]',
    '[data-view-name="comment-box"] [contenteditable="true"]',
    '.comments-comment-texteditor [contenteditable="true"]',
  ],
  excludeWithin: ['.msg-form', '.msg-overlay-conversation-bubble', '.msg-overlay-list-bubble'],
  composers: ['[role="dialog"]', '.share-box', '.share-creation-state', '[data-view-name="comment-box"]', '.comments-comment-box', '[role="listitem"]', 'form'],
  media: {
    photos: ['.share-creation-state__media-preview img', 'img[src^="blob:"]'],
    videos: ['.share-creation-state__media-preview video', 'video[src^="blob:"]'],
  },
  anchor: (editor) => {
    const old = editor.closest('.comments-comment-texteditor');
    if (old) return old;
    // New comment box: the editor sits in a row with the emoji button; the banner goes below that row, still
    // inside the comment box.
    const box = editor.closest('[data-view-name="comment-box"]');
    if (!box) return null;
    let row: Element = editor;
    while (row.parentElement && row.parentElement !== box) row = row.parentElement;
    return row;
  },
};
