// Bluesky (bsky.app): the post composer (new posts, replies, quotes), a TipTap editor in a dialog.
//
// Markup it expects (2025–2026):
//   <div role="dialog"> … <div data-testid="composePostView"> …
//     <div class="tiptap ProseMirror" contenteditable="true" role="textbox" aria-label="Rich-Text Editor"> <p>…</p>
//   Evidence: Bluesky's own client, bluesky-social/social-app src/view/com/composer/text-input/TextInput.web.tsx
//   (TipTap with Document, Paragraph, Text, HardBreak, History, Mention, Placeholder; Mod+Enter publishes, Enter
//   splits a paragraph), and tang-vu/social-posting-skills DOM_SELECTORS.md (captured 2026-02-27):
//   `div[role="textbox"][aria-label="Rich-Text Editor"]`, language-independent, publish button
//   `button[data-testid="composerPublishBtn"]`, media `button[data-testid="openMediaBtn"]`, 300-character counter.
//   Attached images are previewed as <img src="blob:…"> inside the composer.
//   Chat (/messages, /messages/<convo>) is private conversation: excluded by path; its box is a plain <textarea>.
import type { SiteAdapter } from './types.ts';

export const bluesky: SiteAdapter = {
  site: 'bluesky',
  hosts: ['bsky.app'],
  examples: ['https://bsky.app/', 'https://bsky.app/profile/someone.bsky.social/post/3kabcdefghij2'],
  excludePaths: [/^\/messages(\/|$)/],
  editors: [
    '[data-testid="composePostView"] .ProseMirror[contenteditable="true"]',
    '.ProseMirror[contenteditable="true"][aria-label="Rich-Text Editor"]',
    '[role="dialog"] .ProseMirror[contenteditable="true"]',
  ],
  excludeWithin: [],
  composers: ['[data-testid="composePostView"]', '[role="dialog"]'],
  media: {
    photos: ['img[src^="blob:"]'],
    videos: ['video[src^="blob:"]'],
  },
};
