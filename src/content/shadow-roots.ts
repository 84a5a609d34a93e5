// Open shadow roots the person has interacted with, learnt from events' composed paths, so features can listen
// inside them for events that do not cross a shadow boundary (`change` is not composed: a photo picked in
// LinkedIn's share box, which lives in a shadow root, never reaches a document listener). No page scan: a root
// becomes known the first time a pointer, focus or input event passes through it.

const known = new WeakSet<ShadowRoot>();
const roots: WeakRef<ShadowRoot>[] = [];
const subscribers = new Set<(root: ShadowRoot) => void>();

/** Calls `cb` for every shadow root known now and every one learnt later, until `signal` aborts. */
export function eachShadowRoot(cb: (root: ShadowRoot) => void, signal: AbortSignal): void {
  subscribers.add(cb);
  signal.addEventListener('abort', () => subscribers.delete(cb), { once: true });
  for (const ref of roots) {
    const root = ref.deref();
    if (root) cb(root);
  }
}

/** Learns the open shadow roots an event passed through. */
export function noteShadowRoots(e: Event): void {
  for (const node of e.composedPath()) {
    if (!(node instanceof ShadowRoot) || known.has(node)) continue;
    known.add(node);
    roots.push(new WeakRef(node));
    for (const cb of subscribers) {
      try {
        cb(node);
      } catch (err) {
        console.warn('Postwacht: shadow-root listener failed', err);
      }
    }
  }
}

let learning: AbortSignal | undefined;

/** The document listeners that learn shadow roots (once, however many features ask). */
export function learnShadowRoots(signal: AbortSignal): void {
  if (learning && !learning.aborted) return;
  learning = signal;
  for (const type of ['pointerdown', 'focusin', 'beforeinput', 'input', 'click'] as const) {
    document.addEventListener(type, noteShadowRoots, { capture: true, signal, passive: true });
  }
}
