// DOM helpers that do not care where a site puts its nodes: in the document or in an open shadow root (LinkedIn
// mounts its whole "Create a post" dialog in one, on `#interop-outlet`). `closest()`, `document.activeElement`
// and `document.getSelection()` all stop at a shadow boundary or report the host; these follow the node itself.

/** The element an event really started at, inside any open shadow root (`event.target` is retargeted to the host). */
export function eventOrigin(e: Event): EventTarget | null {
  return e.composedPath()[0] ?? e.target;
}

/** `el.closest(selector)`, continuing from the shadow host when the shadow root is reached. */
export function closestDeep(el: Element, selector: string): Element | null {
  for (let node: Element | null = el; node; ) {
    const hit = node.closest(selector);
    if (hit) return hit;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** Ancestors of `el` (itself first), crossing shadow boundaries up to the document. */
export function* ancestorsDeep(el: Element): Generator<Element> {
  for (let node: Element | null = el; node; ) {
    yield node;
    if (node.parentElement) node = node.parentElement;
    else {
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
  }
}

/** The focused element, inside open shadow roots. */
export function deepActiveElement(doc: Document = document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

type ShadowRootWithSelection = ShadowRoot & { getSelection?: () => Selection | null };
type SelectionWithComposedRanges = Selection & { getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => StaticRange[] };

/**
 * The selection object to use for `node`: the shadow root's own selection where the browser has one (Chromium's
 * `ShadowRoot.getSelection()`), else the document's. Both are live Selections whose ranges can be set.
 */
export function selectionFor(node: Node): Selection | null {
  const root = node.getRootNode() as ShadowRootWithSelection;
  if (root instanceof ShadowRoot && typeof root.getSelection === 'function') return root.getSelection();
  return node.ownerDocument?.getSelection() ?? null;
}

/**
 * The current selection as a range inside `node`'s tree, not retargeted to a shadow host:
 * `Selection.getComposedRanges()` (Chromium 137+, Firefox 142+, Safari 17+) with the node's shadow root, else the
 * shadow root's own selection, else the document's range. Null when the selection is not inside `node`.
 */
export function composedRangeIn(node: Node): AbstractRange | null {
  const root = node.getRootNode();
  const docSel = node.ownerDocument?.getSelection() as SelectionWithComposedRanges | null | undefined;
  let range: AbstractRange | undefined;
  if (root instanceof ShadowRoot && typeof docSel?.getComposedRanges === 'function') {
    range = docSel.getComposedRanges({ shadowRoots: [root] })[0];
  } else {
    const sel = selectionFor(node);
    range = sel && sel.rangeCount ? sel.getRangeAt(0) : undefined;
  }
  if (!range) return null;
  return node.contains(range.startContainer) && node.contains(range.endContainer) ? range : null;
}
