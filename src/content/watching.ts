// The popup asks the tab's content script how many compose boxes it is watching (no permission needed for
// `tabs.sendMessage` to our own content script). Shared by both sides; no code, so the popup bundles nothing of
// the content script.
export const WATCHING_REQUEST = 'postwacht/watching';

export interface WatchingReply {
  /** Compose boxes with a live session on this page (focused or typed in since the page loaded). */
  count: number;
}
