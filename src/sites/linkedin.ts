// LinkedIn: the share-box composer (newer ProseMirror/TipTap editor and the older Quill one) and comment boxes.
//
// Markup it expects:
//   Share box (dialog "Create a post"):
//     <div role="dialog" class="artdeco-modal share-box-v2__modal"> … <div class="share-creation-state__text-editor">
//       newer: <div class="ProseMirror tiptap" contenteditable="true" role="textbox" aria-label="Text editor for creating content"><p>…</p></div>
//       older: <div class="ql-container"><div class="ql-editor" contenteditable="true" data-placeholder="…"><p>…</p></div></div>
//     media: <div class="share-creation-state__media-preview"> with <img>/<video> (blob: URLs); <input type="file" id="media-editor-file-selector__file-input">
//   Comments: <form class="comments-comment-box__form"> … <div class="comments-comment-texteditor"> … .ql-editor / .ProseMirror
//   Messaging (.msg-form) is private conversation, not a post: excluded.
import type { SiteAdapter } from './types.ts';

export const linkedin: SiteAdapter = {
  site: 'linkedin',
  hosts: ['www.linkedin.com'],
  examples: ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/feed/?shareActive=true', 'https://www.linkedin.com/posts/someone_activity-123'],
  excludePaths: [/^\/messaging(\/|$)/],
  editors: [
    '.ProseMirror[contenteditable="true"]',
    '.ql-editor[contenteditable="true"]',
    '.tiptap[contenteditable="true"]',
    '.share-creation-state__text-editor [contenteditable="true"]',
    '.comments-comment-texteditor [contenteditable="true"]',
  ],
  excludeWithin: ['.msg-form', '.msg-overlay-conversation-bubble'],
  composers: ['[role="dialog"]', '.share-box', '.share-creation-state', '.comments-comment-box', 'form'],
  media: {
    photos: ['.share-creation-state__media-preview img', 'img[src^="blob:"]'],
    videos: ['.share-creation-state__media-preview video', 'video[src^="blob:"]'],
  },
  anchor: (editor) => editor.closest('.comments-comment-texteditor') ?? null,
};
