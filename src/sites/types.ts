// The contract of a site adapter. Selectors are data, tried in order, so a site's markup change usually needs a
// new fallback line rather than new code. Everything site-specific lives in one small file per site.
import type { Site } from '../protocol/types.ts';

/** How an editor takes input: decides the insertion strategy (see src/content/insert.ts). */
export type EditorKind = 'draftjs' | 'lexical' | 'prosemirror' | 'quill' | 'textarea' | 'contenteditable';

export type EditableElement = HTMLElement; // a contenteditable element or a <textarea>

export interface SiteAdapter {
  site: Site;
  /** Host names the adapter serves (the manifest's content_scripts matches must cover them). */
  hosts: readonly string[];
  /** Pages where its composers appear, for people checking the selectors against the live site. */
  examples: readonly string[];
  /** Paths where an editable box is not a post (direct messages): never judged. */
  excludePaths: readonly RegExp[];
  /** Selectors of post/comment editors, most specific first; matched with `closest()` from a focus target. */
  editors: readonly string[];
  /** Ancestors that mean the box is not a post (e.g. a chat overlay). */
  excludeWithin: readonly string[];
  /** Container of one composer (dialog, share box, comment form): media are looked for inside it. */
  composers: readonly string[];
  /** Previews of attached media inside the composer. */
  media: { photos: readonly string[]; videos: readonly string[] };
  /**
   * Element beside which the banner goes (inserted right after it). Never the editable element's inside.
   * Defaults to the editor's own wrapper (see `defaultAnchor`).
   */
  anchor?(editor: EditableElement): Element | null;
  /**
   * A chat site (WhatsApp Web). Its message box is private conversation, judged only while the open chat's title
   * classifies as a class or parents' group (B1): the generic composer fallback and the messages-surface check do
   * not apply, and the title is read at judge time (see src/content/chat-gate.ts).
   */
  chat?: {
    /** Selectors of the open chat's title, tried in order; the first with text wins. */
    title: readonly string[];
  };
}
