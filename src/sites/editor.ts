// Generic editor handling shared by every site adapter: finding an editor from a focus target, its kind, its
// text with line breaks, its composer, the banner's anchor, and the attached media.
import { ancestorsDeep, closestDeep } from './dom.ts';
import type { EditableElement, EditorKind, SiteAdapter } from './types.ts';

export function isEditable(el: Element | null): el is EditableElement {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return !el.readOnly && !el.disabled;
  return el instanceof HTMLElement && el.isContentEditable && el.getAttribute('contenteditable') !== 'false';
}

/** The outermost editable root: focus may land on a nested editable inside a rich editor. */
function editableRoot(el: EditableElement): EditableElement {
  let root: EditableElement = el;
  while (root.parentElement && isEditable(root.parentElement) && !(root instanceof HTMLTextAreaElement)) root = root.parentElement;
  return root;
}

/**
 * The editor a focus (or input) target belongs to, if it is one of the site's post or comment boxes: first by
 * the adapter's selectors, then — when the site's markup has moved on — by what a post or comment box looks like
 * (`looksLikeComposer`). Never a box in a messages surface.
 */
export function findEditor(adapter: SiteAdapter, target: EventTarget | null, path = location.pathname): EditableElement | null {
  if (!(target instanceof Element)) return null;
  if (adapter.excludePaths.some((re) => re.test(path))) return null;
  let found: EditableElement | null = null;
  for (const selector of adapter.editors) {
    let el: Element | null;
    try {
      el = target.closest(selector);
    } catch {
      continue; // a selector the browser does not support (e.g. :has in an old engine): try the next one
    }
    if (!isEditable(el)) continue;
    found = editableRoot(el);
    break;
  }
  // A chat site's boxes are all messages: only its own selectors say which one is the chat's message box.
  if (!adapter.chat) found ??= genericComposer(target);
  if (!found) return null;
  const root = found;
  if (adapter.excludeWithin.some((s) => closestDeep(root, s))) return null;
  if (!adapter.chat && isMessagesSurface(root)) return null;
  return root;
}

const EDITABLE_SELECTOR = '[contenteditable]:not([contenteditable="false"]), textarea';
/** Where posts and comments are written: the page's main content or a dialog (create-post dialogs are portals). */
const CONTENT_OR_DIALOG = 'main, [role="main"], [role="dialog"], dialog, [aria-modal="true"]';
const NOT_A_COMPOSER = '[role="search"], [role="searchbox"], [role="combobox"], [role="grid"], [role="spinbutton"], [aria-readonly="true"]';

/**
 * The generic fallback: a box no adapter selector knows but that looks like a post or comment composer — an
 * editable element with the textbox role (a <textarea> has it implicitly), inside the main content or a dialog,
 * not a search or picker field. Its text goes through the generic insertion path and its read-back check.
 */
export function genericComposer(target: Element): EditableElement | null {
  let el: Element | null;
  try {
    el = target.closest(EDITABLE_SELECTOR);
  } catch {
    return null;
  }
  if (!isEditable(el)) return null;
  const root = editableRoot(el);
  if (!(root instanceof HTMLTextAreaElement) && root.getAttribute('role') !== 'textbox') return null;
  if (root.getAttribute('aria-multiline') === 'false') return null;
  if (!closestDeep(root, CONTENT_OR_DIALOG) || closestDeep(root, NOT_A_COMPOSER)) return null;
  return root;
}

/** A message box's own label or placeholder ("Message...", "Write a message…", "Aa" on Messenger). */
const MESSAGE_BOX_LABEL = /^(?:message|messages|send a message|write a message|new message|aa|bericht|stuur een bericht|schrijf een bericht|nieuw bericht) ?(?:\.\.\.|…)?$/i;
/** A container's label or heading that names a messages surface (panel, overlay, chat tab). */
// Not "conversation": X heads the replies under a post "Conversation", and those are posts.
const MESSAGES_LABEL = /\b(messages|messaging|messenger|direct messages?|chats?|inbox|berichten|chatgesprekken|gesprekken)\b/i;
/** A panel's own heading, exactly ("Messages", "Berichten", "Chats"). */
const MESSAGES_HEADING = /^\W*(messages|messaging|messenger|chats?|inbox|berichten|gesprekken)\W*$/i;
const HEADING = 'h1, h2, h3, [role="heading"]';
/** Links into a conversation: a panel that holds them is a messages surface. */
const CONVERSATION_LINK = 'a[href*="/direct/t/"], a[href^="/messages/t/"], a[href*="/messaging/thread/"], a[href^="/i/chat/"]';
const CONTENT = 'main, [role="main"], [role="feed"], body';
const SURFACE = '[role="dialog"], dialog, article, [role="article"], [role="listitem"]';

function labelOf(el: Element): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = el.getRootNode() as Document | ShadowRoot;
    const text = labelledBy
      .split(/\s+/)
      .map((id) => root.getElementById?.(id)?.textContent ?? '')
      .join(' ')
      .trim()
      .slice(0, 200);
    if (text) return text;
  }
  return (el.getAttribute('aria-label') ?? '').slice(0, 200);
}

/**
 * Private conversation, never judged: a box labelled as a message box, or one inside a panel labelled or headed
 * as messages/chat, or inside a panel that links to conversations (Instagram's messages panel opens at the bottom
 * right of ordinary pages, outside /direct/, and Facebook's chat tabs likewise).
 */
export function isMessagesSurface(editor: Element): boolean {
  for (const attr of ['aria-label', 'aria-placeholder', 'placeholder', 'data-placeholder']) {
    const v = editor.getAttribute(attr);
    if (v && MESSAGE_BOX_LABEL.test(v.trim().slice(0, 40))) return true;
  }
  for (const el of ancestorsDeep(editor)) {
    if (el === editor) continue;
    // The page's main content or feed is where posts live; a messages panel sits outside it.
    if (el.matches(CONTENT)) return false;
    if (MESSAGES_LABEL.test(labelOf(el))) return true;
    for (const child of el.children) {
      const heading = child.matches(HEADING) ? child : child.firstElementChild?.matches(HEADING) ? child.firstElementChild : null;
      if (heading && MESSAGES_HEADING.test((heading.textContent ?? '').trim().slice(0, 40))) return true;
    }
    if (el.querySelector(CONVERSATION_LINK)) return true;
    // A dialog or a feed item is a surface of its own: what lies beyond it says nothing about this box.
    if (el.matches(SURFACE)) return false;
  }
  return false;
}

export function editorKind(el: EditableElement): EditorKind {
  if (el instanceof HTMLTextAreaElement) return 'textarea';
  if (el.classList.contains('public-DraftEditor-content') || el.closest('.DraftEditor-root')) return 'draftjs';
  if (el.hasAttribute('data-lexical-editor')) return 'lexical';
  if (el.classList.contains('ProseMirror')) return 'prosemirror';
  if (el.classList.contains('ql-editor')) return 'quill';
  return 'contenteditable';
}

const BLOCK_TAGS = ['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'TABLE', 'TR'];
const BLOCK = new Set(BLOCK_TAGS);
const BLOCK_SELECTOR = BLOCK_TAGS.join(',').toLowerCase();

/**
 * The draft as the site will post it: one line per block, `<br>` as a line break except the placeholder `<br>`
 * editors keep at the end of a block so an empty line stays visible. Walks the DOM instead of using
 * `innerText`, which forces a layout and adds blank lines for paragraph margins.
 */
export function readText(el: EditableElement, nodes?: TextPiece[]): string {
  if (el instanceof HTMLTextAreaElement) return el.value;
  let out = '';
  let started = false; // a first line has begun (possibly empty)
  let pending = false; // a block ended: the next content starts a new line
  const emitPending = () => {
    if (pending) out += '\n';
    pending = false;
  };
  const walk = (node: Node, block: Element): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const t = (child as Text).data;
        if (t === '') continue;
        emitPending();
        nodes?.push({ node: child as Text, start: out.length });
        out += t;
        started = true;
        continue;
      }
      if (!(child instanceof HTMLElement)) continue;
      if (child.tagName === 'BR') {
        if (isPlaceholderBreak(child, block)) continue;
        emitPending();
        out += '\n';
        started = true;
        continue;
      }
      if (!BLOCK.has(child.tagName)) {
        walk(child, block);
        continue;
      }
      if (started) pending = true;
      const before = out.length;
      walk(child, child);
      if (out.length === before && !child.querySelector(BLOCK_SELECTOR)) {
        emitPending(); // an empty paragraph is an empty line
        started = true;
      }
      if (started) pending = true;
    }
  };
  walk(el, el);
  return out.replace(/\u00a0/g, ' ');
}

/** Where one text node of the editor sits in the text `readText` returns. */
export interface TextPiece {
  node: Text;
  start: number;
}

/**
 * A DOM range over `[start, end)` of the text `readText` returned with these pieces; null when the span falls
 * outside them (the draft changed since). Offsets between pieces (line breaks) snap to the nearest text.
 */
export function rangeOf(pieces: readonly TextPiece[], start: number, end: number): Range | null {
  if (!pieces.length || end <= start) return null;
  const at = (offset: number, leaning: 'start' | 'end'): [Text, number] | null => {
    // Binary search: the last piece that starts at or before the offset.
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const p = pieces[lo]!;
    const within = offset - p.start;
    if (within < 0) return leaning === 'start' ? [p.node, 0] : null;
    if (within <= p.node.data.length) return [p.node, within];
    // In a gap after this piece (a line break): the start moves to the next piece, the end stays here.
    if (leaning === 'end') return [p.node, p.node.data.length];
    const next = pieces[lo + 1];
    return next ? [next.node, 0] : null;
  };
  const a = at(start, 'start');
  const b = at(end, 'end');
  if (!a || !b) return null;
  const range = a[0].ownerDocument.createRange();
  try {
    range.setStart(a[0], a[1]);
    range.setEnd(b[0], b[1]);
  } catch {
    return null; // a node left the document meanwhile
  }
  return range.collapsed ? null : range;
}

/** A `<br>` with nothing but empty markup after it in its block only keeps the line open. */
function isPlaceholderBreak(br: Element, block: Element): boolean {
  for (let n: Node | null = br; n && n !== block; n = n.parentNode) {
    for (let s = n.nextSibling; s; s = s.nextSibling) {
      if (s.nodeType === Node.TEXT_NODE ? (s as Text).data !== '' : s instanceof Element && (s.tagName === 'BR' || s.textContent !== '' || s.querySelector('br'))) return false;
    }
  }
  return true;
}

export function composerOf(adapter: SiteAdapter, editor: EditableElement): Element {
  for (const s of adapter.composers) {
    const c = closestDeep(editor, s);
    if (c) return c;
  }
  return editor.parentElement ?? editor;
}

/** The editor's own wrapper: the banner goes right after it, outside anything the editor library renders. */
export function defaultAnchor(editor: EditableElement): Element {
  if (editor instanceof HTMLTextAreaElement) return editor;
  return editor.closest('.DraftEditor-root') ?? editor.closest('.ql-container') ?? editor.parentElement ?? editor;
}

export function anchorOf(adapter: SiteAdapter, editor: EditableElement): Element {
  return adapter.anchor?.(editor) ?? defaultAnchor(editor);
}

function countMatches(root: Element, selectors: readonly string[]): number {
  const seen = new Set<Element>();
  for (const s of selectors) {
    try {
      root.querySelectorAll(s).forEach((e) => seen.add(e));
    } catch {
      /* unsupported selector: skip */
    }
  }
  return seen.size;
}

/** Photos and videos shown as attached in the composer. */
export function countMedia(adapter: SiteAdapter, composer: Element): { photos: number; videos: number } {
  return { photos: countMatches(composer, adapter.media.photos), videos: countMatches(composer, adapter.media.videos) };
}
