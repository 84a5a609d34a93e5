// Threads (threads.com): the composer for new posts and replies, a Lexical editor in a dialog (Meta's editor,
// as on Facebook and Instagram).
//
// Markup it expects (2026):
//   <div role="dialog"> …
//     <div contenteditable="true" role="textbox" data-lexical-editor="true"
//          aria-label="Empty text field. Type to compose a new post." aria-placeholder="What's new?"> <p>…</p>
//     "Add to thread" adds a second such editor below the first, in the same dialog; a reply opens the same
//     dialog with the post above. The Post and Cancel controls are <div role="button">, not <button>.
//   Evidence: tang-vu/social-posting-skills DOM_SELECTORS.md (captured 2026-02-27): text input
//   `div[role="textbox"][data-lexical-editor="true"]`, "stable across languages"; several in the DOM for a
//   multi-post thread; the aria-labels are localised. official5ETa/ThreadsAutoComment src/share/threadsQs.ts:
//   the reply box `div[role="textbox"][contenteditable="true"]:has(p)` inside `div[role="dialog"]`.
//   threads.net redirects to threads.com (since 2025), so the content script need not run there.
//   Messages: no web inbox was found in the evidence; /messages is excluded in case one appears there, and
//   editor.ts's isMessagesSurface() keeps any panel labelled as messages out as on the other sites.
import type { SiteAdapter } from './types.ts';

export const threads: SiteAdapter = {
  site: 'threads',
  hosts: ['www.threads.com'],
  examples: ['https://www.threads.com/', 'https://www.threads.com/@someone/post/AbCdEf123'],
  excludePaths: [/^\/messages(\/|$)/],
  editors: [
    '[role="dialog"] [contenteditable="true"][data-lexical-editor="true"]',
    '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  ],
  excludeWithin: [],
  composers: ['[role="dialog"]'],
  media: {
    photos: ['img[src^="blob:"]'],
    videos: ['video[src^="blob:"]'],
  },
};
