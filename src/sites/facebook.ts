// Facebook: the Lexical composer in the create-post dialog, and comment boxes.
//
// Markup it expects (the "comet" interface, 2023–2026):
//   Create post:  mounted in a portal at the end of <body>, not in the feed it was opened from:
//                 <div role="dialog"> … <form> …
//                   <div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="…">
//                     <p dir="auto"><span data-lexical-text="true">text</span></p> …
//                   with aria-placeholder and a placeholder sibling <div aria-hidden="true">; choosing a background
//                   (or another step) unmounts the editor and mounts a new one with the same text: picked up by
//                   compose-warnings.ts's remount watch.
//                 media previews: <img src="blob:…">, <video src="blob:…">; <input type="file" accept="image/*,…">
//   Comments:     <form> … <div contenteditable="true" role="textbox" data-lexical-editor="true"> … </form>
//   The aria-labels are localised, so nothing here depends on them.
import type { SiteAdapter } from './types.ts';

export const facebook: SiteAdapter = {
  site: 'facebook',
  hosts: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com'],
  examples: ['https://www.facebook.com/', 'https://www.facebook.com/groups/123456789', 'https://www.facebook.com/some.page/posts/123'],
  excludePaths: [/^\/messages(\/|$)/],
  editors: [
    '[contenteditable="true"][data-lexical-editor="true"]',
    '[contenteditable="true"][role="textbox"]',
  ],
  excludeWithin: ['[data-pagelet*="Messenger"]', '[data-pagelet*="ChatTab"]'],
  composers: ['[role="dialog"]', 'form'],
  media: {
    photos: ['img[src^="blob:"]'],
    videos: ['video[src^="blob:"]'],
  },
  // In a comment form the editor sits in a row with emoji and photo buttons: the banner goes below the form.
  anchor: (editor) => (editor.closest('[role="dialog"]') ? null : editor.closest('form')),
};
