// TikTok (www.tiktok.com): comment boxes under videos, and the caption of a new video in TikTok Studio. Both are
// Draft.js editors, as on X.
//
// Markup it expects (2024–2026):
//   Comments: <div class="…DivCommentFooter…"> … <div data-e2e="comment-input"> <div class="DraftEditor-root"> …
//               <div class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox"> …
//             posted with the red Post button (`[class*="DivPostButton"]`) or Enter.
//   Caption:  /tiktokstudio/upload (creator-center/upload redirects there): after the video is picked, the caption
//             editor `div.public-DraftEditor-content` inside the upload form; `div.btn-post > button` publishes.
//   Evidence: IsaiahDupree/MediaPoster Backend/automation/TIKTOK_COMMENT_AUTOMATION.md (2024-12-06: Draft.js,
//   `[data-e2e=comment-input]`, `[class*=DivPostButton]`) and its TikTok selectors reference (2026-01-30: "Draft.js",
//   DM input `#main-content-messages [class*="DivMessageInputAndSendButton"]`); formancy/tiktok-comment-bot
//   (`div.public-DraftEditor-content`); jackwener/OpenCLI clis/tiktok publish (2026, ported from
//   social-auto-upload): Studio caption editor `div.public-DraftEditor-content` (Draft.js), `div.btn-post`.
//   Older Studio builds put the upload form in an iframe (`iframe[data-tt="Upload_index_iframe"]`); the content
//   script does not run in frames, so such a caption is not checked (the current page has no iframe).
//   Messages (/messages) are private conversation: excluded by path, and #main-content-messages wherever it is.
import type { SiteAdapter } from './types.ts';

export const tiktok: SiteAdapter = {
  site: 'tiktok',
  hosts: ['www.tiktok.com'],
  examples: ['https://www.tiktok.com/@someone/video/7300000000000000000', 'https://www.tiktok.com/tiktokstudio/upload'],
  excludePaths: [/^\/messages(\/|$)/],
  editors: [
    '[data-e2e="comment-input"] .public-DraftEditor-content[contenteditable="true"]',
    '.public-DraftEditor-content[contenteditable="true"]',
  ],
  excludeWithin: ['#main-content-messages', '[class*="DivMessageInputAndSendButton"]'],
  composers: ['[data-e2e="comment-input"]', '[class*="DivCommentFooter"]', '.upload-container', 'form'],
  media: {
    photos: ['img[src^="blob:"]'],
    videos: ['video[src^="blob:"]'],
  },
  // A comment box is a row (editor, emoji and @ buttons, Post): the banner goes below the whole footer.
  anchor: (editor) => editor.closest('[class*="DivCommentFooter"]') ?? editor.closest('.DraftEditor-root'),
};
