// YouTube (www.youtube.com): comment and reply boxes under videos and Shorts, and community posts' comments.
//
// Markup it expects (Polymer custom elements, 2024–2026):
//   <ytd-comments id="comments"> … <ytd-comment-simplebox-renderer> (the new-comment box; replies use the same
//   box inside <ytd-comment-replies-renderer> / <ytd-comment-view-model>) …
//     <ytd-commentbox> … <div id="creation-box"> <tp-yt-paper-input-container> …
//       <yt-formatted-string id="contenteditable-textarea"> <div id="contenteditable-root" contenteditable="true"
//            aria-label="Add a comment…">text</div> …
//   A plain contenteditable, no editor library: the browser's own editing and undo stack, so the generic insertion
//   path with its read-back check applies. Enter makes a new line; the Comment button posts.
//   Evidence: open-source extensions' selectors (code search, 2025–2026): `ytd-comment-simplebox-renderer
//   #contenteditable-root`, `ytd-comment-renderer #contenteditable-root`, `#contenteditable-root[contenteditable=
//   "true"]`, `#placeholder-area` (the box before it is opened), `ytd-comments ytd-comment-simplebox-renderer`.
//   Private messages: YouTube has none since 2019. Live chat is a conversation, not a post: it runs in its own
//   frame at /live_chat (the content script does not run in frames; the path is excluded besides), and
//   <yt-live-chat-app> is excluded wherever it is mounted.
import type { SiteAdapter } from './types.ts';

export const youtube: SiteAdapter = {
  site: 'youtube',
  hosts: ['www.youtube.com'],
  examples: ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube.com/shorts/AbCdEf12345'],
  excludePaths: [/^\/live_chat(_replay)?(\/|$)/],
  editors: [
    'ytd-commentbox #contenteditable-root[contenteditable="true"]',
    'ytd-comment-simplebox-renderer #contenteditable-root[contenteditable="true"]',
    '#contenteditable-root[contenteditable="true"]',
  ],
  excludeWithin: ['yt-live-chat-app', 'yt-live-chat-renderer', '#chat-container'],
  composers: ['ytd-commentbox', 'ytd-comment-simplebox-renderer'],
  media: { photos: [], videos: [] },
  // Inside the box the custom elements lay out the avatar, the text and the buttons in rows: below the whole box.
  anchor: (editor) => editor.closest('ytd-commentbox') ?? editor.closest('ytd-comment-simplebox-renderer'),
};
