// Marks in the text, as Grammarly and Harper underline: the names, numbers and abusive words the banner lists
// are underlined where they stand in the draft. The marks live in an overlay of our own (a closed shadow root on
// a <postwacht-marks> element at the end of <body>), drawn from Range.getClientRects() over the editor's text
// nodes, so the editor's DOM — which the site's editor library owns and reconciles — is never touched.
//
// They follow the text: redrawn after every evaluation, on input (spans whose text no longer matches are hidden
// until the next evaluation), on any scroll (capture: the editor, a dialog or the page), on resize and when the
// editor's box changes size. Hovering a mark shows what it is, with "Negeren" for personal data; the marks
// themselves take no pointer events, so clicks and selection in the text go on as before. A textarea has no text
// nodes to measure, so it gets no marks (the banner still lists every item).
import type { Finding } from '../protocol/types.ts';
import { rangeOf, readText, type TextPiece } from '../sites/editor.ts';
import type { EditableElement } from '../sites/types.ts';
import { trusted } from './banner/Banner.tsx';

const TAG = 'postwacht-marks';
/** More marks than this are not drawn: a giant pasted list would cost more layout than it tells. */
const MAX_MARKS = 200;

export interface MarkLabels {
  /** What the mark is: "Naam", "Telefoonnummer", "Mogelijk kwetsend of bedreigend". */
  label(f: Finding): string;
  ignore: string;
}

const STYLES = `
:host { all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; overflow: visible; pointer-events: none;
  z-index: 2147483646; }
.mark { position: fixed; height: 2px; pointer-events: none; border-radius: 1px; }
.mark.personal { background: repeating-linear-gradient(90deg, #d97706 0 3px, transparent 3px 5px); }
.mark.abusive { background: #dc2626; }
.mark.hot { height: 3px; }
.tip { position: fixed; pointer-events: auto; display: flex; align-items: center; gap: 8px; max-width: 320px;
  padding: 4px 8px; border-radius: 6px; background: #1d2430; color: #fff; box-shadow: 0 2px 8px rgb(0 0 0 / 25%);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.tip[hidden] { display: none; }
button { all: initial; cursor: pointer; font: inherit; color: #fff; text-decoration: underline; padding: 2px 4px;
  border-radius: 4px; }
button:focus-visible { outline: 2px solid #8fb3ff; }
`;

interface Drawn {
  finding: Finding;
  rects: DOMRect[];
}

export class Highlights {
  readonly host: HTMLElement;
  readonly #root: ShadowRoot;
  private readonly layer: HTMLElement;
  private readonly tip: HTMLElement;
  private readonly tipText: HTMLElement;
  private readonly tipButton: HTMLButtonElement;
  private findings: Finding[] = [];
  private drawn: Drawn[] = [];
  private frame = 0;
  private tipFor: Finding | undefined;
  private labels: MarkLabels | undefined;

  constructor(
    private readonly editor: EditableElement,
    signal: AbortSignal,
    private readonly onIgnore: (f: Finding) => void,
  ) {
    this.host = document.createElement(TAG);
    this.#root = this.host.attachShadow({ mode: import.meta.env.MODE === 'e2e' ? 'open' : 'closed' });
    const style = document.createElement('style');
    style.textContent = STYLES;
    this.layer = document.createElement('div');
    this.tip = document.createElement('div');
    this.tip.className = 'tip';
    this.tip.hidden = true;
    this.tip.setAttribute('role', 'tooltip');
    this.tipText = document.createElement('span');
    this.tipButton = document.createElement('button');
    this.tipButton.type = 'button';
    this.tipButton.addEventListener(
      'click',
      trusted(() => {
        const f = this.tipFor;
        this.hideTip();
        if (f) this.onIgnore(f);
      }),
    );
    this.tip.append(this.tipText, this.tipButton);
    this.#root.append(style, this.layer, this.tip);
    for (const type of ['keydown', 'keyup', 'keypress'] as const) this.host.addEventListener(type, (e) => e.stopPropagation());

    const redraw = () => this.schedule();
    const opts = { capture: true, passive: true, signal };
    window.addEventListener('scroll', redraw, opts);
    window.addEventListener('resize', redraw, opts);
    editor.addEventListener('input', redraw, { signal });
    document.addEventListener('mousemove', (e) => this.hover(e), { passive: true, signal });
    const resize = new ResizeObserver(redraw);
    resize.observe(editor);
    signal.addEventListener(
      'abort',
      () => {
        resize.disconnect();
        cancelAnimationFrame(this.frame);
        this.host.remove();
      },
      { once: true },
    );
  }

  /** The spans to mark: personal data and abusive words with their place in the draft. */
  set(findings: readonly Finding[], labels: MarkLabels): void {
    this.labels = labels;
    this.findings = findings
      .filter((f) => (f.code === 'personal-data' || f.code === 'abusive') && f.start !== undefined && f.end !== undefined && f.end > f.start)
      .slice(0, MAX_MARKS);
    this.tipButton.textContent = labels.ignore;
    if (this.tipFor && !this.findings.includes(this.tipFor)) this.hideTip();
    this.schedule();
  }

  private schedule(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.draw());
  }

  private draw(): void {
    this.drawn = [];
    this.layer.replaceChildren();
    if (!this.findings.length || this.editor instanceof HTMLTextAreaElement || !this.editor.isConnected) {
      this.host.remove();
      return;
    }
    if (!this.host.isConnected) document.body.append(this.host);
    const pieces: TextPiece[] = [];
    const text = readText(this.editor, pieces);
    // Only what the person can see of the editor: a long draft scrolls inside its box.
    const box = this.editor.getBoundingClientRect();
    for (const f of this.findings) {
      if (text.slice(f.start, f.end) !== f.text) continue; // typed over since the evaluation: wait for the next one
      const range = rangeOf(pieces, f.start!, f.end!);
      if (!range) continue;
      const rects: DOMRect[] = [];
      for (const r of range.getClientRects()) {
        if (r.width < 1 || r.bottom < box.top || r.top > box.bottom || r.right < box.left || r.left > box.right) continue;
        rects.push(r);
        const mark = document.createElement('div');
        mark.className = `mark ${f.code === 'abusive' ? 'abusive' : 'personal'}${f === this.tipFor ? ' hot' : ''}`;
        mark.style.left = `${r.left}px`;
        mark.style.top = `${r.bottom - 1}px`;
        mark.style.width = `${r.width}px`;
        this.layer.append(mark);
      }
      if (rects.length) this.drawn.push({ finding: f, rects });
    }
    if (this.tipFor && !this.drawn.some((d) => d.finding === this.tipFor)) this.hideTip();
  }

  /** Hit-tests the pointer against the marks' text boxes; over the tooltip itself (our host) it stays open. */
  private hover(e: MouseEvent): void {
    if (!this.drawn.length || !this.labels) return;
    if (e.target === this.host) return;
    const hit = this.drawn.find((d) => d.rects.some((r) => e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom + 6));
    if (!hit) {
      if (this.tipFor) this.hideTip();
      return;
    }
    if (hit.finding === this.tipFor) return;
    this.tipFor = hit.finding;
    this.tipText.textContent = this.labels.label(hit.finding);
    this.tipButton.hidden = hit.finding.code !== 'personal-data';
    const r = hit.rects[hit.rects.length - 1]!;
    this.tip.style.left = `${Math.max(4, Math.min(r.left, window.innerWidth - 330))}px`;
    this.tip.style.top = `${r.bottom + 4}px`;
    this.tip.hidden = false;
    this.schedule();
  }

  private hideTip(): void {
    this.tipFor = undefined;
    this.tip.hidden = true;
    this.schedule();
  }
}
