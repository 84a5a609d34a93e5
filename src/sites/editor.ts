// Generic editor handling shared by every site adapter: finding an editor from a focus target, its kind, its
// text with line breaks, its composer, the banner's anchor, and the attached media.
import type { EditableElement, EditorKind, SiteAdapter } from './types.ts';

export function isEditable(el: Element | null): el is EditableElement {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return !el.readOnly && !el.disabled;
  return el instanceof HTMLElement && el.isContentEditable && el.getAttribute('contenteditable') !== 'false';
}

/** The editor a focus (or input) target belongs to, if it is one of the site's post or comment boxes. */
export function findEditor(adapter: SiteAdapter, target: EventTarget | null, path = location.pathname): EditableElement | null {
  if (!(target instanceof Element)) return null;
  if (adapter.excludePaths.some((re) => re.test(path))) return null;
  for (const selector of adapter.editors) {
    let el: Element | null;
    try {
      el = target.closest(selector);
    } catch {
      continue; // a selector the browser does not support (e.g. :has in an old engine): try the next one
    }
    if (!isEditable(el)) continue;
    // The outermost editable root: focus may land on a nested editable inside a rich editor.
    let root: EditableElement = el;
    while (root.parentElement && isEditable(root.parentElement) && !(root instanceof HTMLTextAreaElement)) root = root.parentElement;
    if (adapter.excludeWithin.some((s) => root.closest(s))) return null;
    return root;
  }
  return null;
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
export function readText(el: EditableElement): string {
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
    const c = editor.closest(s);
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
