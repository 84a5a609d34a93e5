// Feature: remembers the photos and videos a person attaches in a composer, as File objects, for the checks
// that read them (consent, photo metadata; issue 5). Sites often clear the file input right after reading it,
// so the files are captured from the `change` event (and from drops and pastes into an editor) as they arrive.
import { closestDeep, deepActiveElement, eventOrigin } from '../sites/dom.ts';
import { composerOf, findEditor } from '../sites/editor.ts';
import type { SiteAdapter } from '../sites/types.ts';
import type { Feature } from './feature.ts';
import { eachShadowRoot, learnShadowRoots } from './shadow-roots.ts';

const byComposer = new WeakMap<Element, File[]>();
const listeners = new Set<(composer: Element) => void>();
let lastAnywhere: { files: File[]; at: number } | undefined;

const isMedia = (f: File) => /^(image|video)\//.test(f.type);

/** Files attached in this composer that are still shown (the preview count caps them; see `countMedia`). */
export function filesFor(composer: Element): File[] {
  return byComposer.get(composer) ?? [];
}

export function onFilesChange(cb: (composer: Element) => void, signal: AbortSignal): void {
  listeners.add(cb);
  signal.addEventListener('abort', () => listeners.delete(cb), { once: true });
}

/** Files already taken in: a pick is seen by its `input` event and again by its `change` event. */
const taken = new WeakSet<File>();

function remember(composer: Element, files: File[]): void {
  const media = files.filter((f) => isMedia(f) && !taken.has(f));
  for (const f of media) taken.add(f);
  if (!media.length) return;
  byComposer.set(composer, [...filesFor(composer), ...media].slice(-20));
  for (const l of listeners) l(composer);
}

/** The composer a file input belongs to: its own dialog or form, else the composer of the focused editor. */
function composerForInput(adapter: SiteAdapter, input: HTMLInputElement): Element | undefined {
  for (const s of adapter.composers) {
    const c = closestDeep(input, s);
    if (c) return c;
  }
  const editor = findEditor(adapter, deepActiveElement());
  return editor ? composerOf(adapter, editor) : undefined;
}

export const mediaFiles: Feature = {
  id: 'media-files',
  runsOn: () => true,
  start({ adapter, signal }) {
    const onPick = (e: Event) => {
      const input = eventOrigin(e);
      if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files?.length) return;
      const files = [...input.files];
      if (files.every((f) => taken.has(f))) return;
      lastAnywhere = { files, at: Date.now() };
      const composer = composerForInput(adapter, input);
      if (composer) remember(composer, files);
    };
    // A file input fires `input` (composed: it crosses shadow boundaries) and then `change` (not composed: from
    // inside a shadow root it never reaches the document). Both are heard at the document, and `change` also
    // inside every shadow root the person has used (LinkedIn's share box with its file input).
    for (const type of ['input', 'change'] as const) document.addEventListener(type, onPick, { capture: true, signal });
    learnShadowRoots(signal);
    eachShadowRoot((root) => root.addEventListener('change', onPick, { capture: true, signal }), signal);
    for (const type of ['drop', 'paste'] as const) {
      document.addEventListener(
        type,
        (e) => {
          const dt = type === 'drop' ? (e as DragEvent).dataTransfer : (e as ClipboardEvent).clipboardData;
          if (!dt?.files.length) return;
          const editor = findEditor(adapter, eventOrigin(e));
          if (editor) remember(composerOf(adapter, editor), [...dt.files]);
        },
        { capture: true, signal },
      );
    }
  },
};

/** Files picked anywhere on the page in the last `ms` (for composers whose file input sits outside them). */
export function recentFiles(ms = 60_000): File[] {
  return lastAnywhere && Date.now() - lastAnywhere.at < ms ? lastAnywhere.files.filter(isMedia) : [];
}
