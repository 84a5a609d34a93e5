// X (x.com, twitter.com): the Draft.js composer for posts, replies, quotes and threads.
//
// Markup it expects (2024–2025):
//   <div data-testid="tweetTextarea_0RichTextInputContainer">
//     <div class="DraftEditor-root"><div class="DraftEditor-editorContainer">
//       <div class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox"
//            data-testid="tweetTextarea_0">            ← the editable root; _1, _2 … for the next posts of a thread
//         <div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block">
//           <span data-offset-key><span data-text="true">text</span></span> …
//   Attachments: <div data-testid="attachments"> with <img> / <video> previews (blob: URLs);
//   the media button's <input type="file" data-testid="fileInput">; toolbar [data-testid="toolBar"].
//   Home timeline inline composer, the compose dialog [role="dialog"] (also for quotes), inline replies.
//   After a media upload X re-creates the editor (a new element, new EditorState, same text; jackwener/OpenCLI
//   pull request #1180, 2026-04-25): the new one is picked up by compose-warnings.ts's remount watch.
//   Articles (/compose/articles/edit/…): a Draft.js editor under [data-testid="composer"], a title field above.
import type { SiteAdapter } from './types.ts';

export const x: SiteAdapter = {
  site: 'x',
  // mobile.x.com and mobile.twitter.com redirect to x.com, so the content script need not run there.
  hosts: ['x.com', 'twitter.com'],
  examples: ['https://x.com/home', 'https://x.com/compose/post', 'https://x.com/someone/status/1234567890'],
  excludePaths: [/^\/messages(\/|$)/, /^\/i\/chat(\/|$)/],
  editors: [
    '[data-testid^="tweetTextarea_"][contenteditable="true"]',
    '.public-DraftEditor-content[contenteditable="true"]',
    '[data-testid$="RichTextInputContainer"] [contenteditable="true"]',
  ],
  excludeWithin: ['[data-testid="DmActivityContainer"]', '[data-testid="dmComposerTextInput"]'],
  composers: ['[role="dialog"]', '[data-testid="composer"]', '[data-testid="inline_reply_offscreen"]', '[data-testid="primaryColumn"] [data-testid="cellInnerDiv"]', '[data-testid="primaryColumn"]'],
  media: {
    photos: ['[data-testid="attachments"] img', 'img[src^="blob:"]'],
    videos: ['[data-testid="attachments"] video', 'video[src^="blob:"]'],
  },
  anchor: (editor) => editor.closest('[data-testid$="RichTextInputContainer"]') ?? editor.closest('.DraftEditor-root'),
};
