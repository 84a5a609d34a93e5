// Instagram: the caption box of a new post and comment boxes, found by structure (the aria-labels such as
// "Write a caption…" / "Schrijf een bijschrift…" are localised).
//
// Markup it expects:
//   New post: <div role="dialog"> with steps (select → crop → filter → caption; the dialog stays, its content is
//             replaced per step) … (image preview as <img src="blob:…"> or a blob: background-image) …
//               <div aria-label="Write a caption..." contenteditable="true" role="textbox" data-lexical-editor="true"><p>…</p></div>
//             the "select from computer" <input type="file" accept="image/jpeg,image/png,…,video/mp4,…">
//   Comments: <section> … <form method="POST"> <textarea autocomplete="off" …></textarea> <div role="button">Post</div> </form>
//             (newer builds: a Lexical contenteditable inside the same form)
//   Direct messages (/direct/) are private conversation: excluded; so is the messages panel that opens at the
//   bottom right of ordinary pages (a contenteditable "Message..." box), by isMessagesSurface() in editor.ts.
import type { SiteAdapter } from './types.ts';

export const instagram: SiteAdapter = {
  site: 'instagram',
  hosts: ['www.instagram.com'],
  examples: ['https://www.instagram.com/', 'https://www.instagram.com/create/select/', 'https://www.instagram.com/p/AbCdEf123/'],
  excludePaths: [/^\/direct(\/|$)/],
  editors: [
    '[contenteditable="true"][aria-label="Write a caption..."]',
    '[role="dialog"] [contenteditable="true"][role="textbox"]',
    'form textarea',
    'form [contenteditable="true"][role="textbox"]',
  ],
  excludeWithin: [],
  composers: ['[role="dialog"]', 'form', 'section'],
  media: {
    photos: ['img[src^="blob:"]', '[style*="blob:"]'],
    videos: ['video[src^="blob:"]'],
  },
  // A comment box is a row (textarea + Post button): the banner goes below the whole form.
  anchor: (editor) => (editor.closest('[role="dialog"] [data-lexical-editor]') ? null : editor.closest('form')),
};
