// The banner's host: a <postwacht-banner> element placed right after the compose box's wrapper (never inside the
// editable element), with an open shadow root that holds the UI and its styles, so the page's CSS cannot reach
// in and ours cannot leak out. Sites re-render their composers freely, so the host re-attaches itself when the
// site removes it, with a cap so a site that keeps removing it cannot make us fight it in a loop.
//
// Nothing about the draft goes on the host itself (no attributes, no globals, no messages): page scripts can
// read only what the banner visibly shows.
import { STYLES } from './styles.ts';

const TAG = 'postwacht-banner';
const MAX_REATTACH_PER_MINUTE = 30;

export class BannerHost {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  readonly mount: HTMLElement;
  private observer: MutationObserver | undefined;
  private observed: Node | undefined;
  private reattachTimes: number[] = [];

  constructor(
    private readonly anchor: () => Element | null,
    signal: AbortSignal,
  ) {
    this.host = document.createElement(TAG);
    // customElements is unavailable in content scripts' isolated world; an undefined element with a valid
    // custom-element name still takes a shadow root.
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLES;
    this.mount = document.createElement('div');
    this.root.append(style, this.mount);
    // Keys typed in the banner must not trigger the site's shortcuts (X: "n" new post, "j"/"k" navigation).
    for (const type of ['keydown', 'keyup', 'keypress'] as const) this.host.addEventListener(type, (e) => e.stopPropagation());
    this.attach();
    signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  /** Puts the host right after the anchor if it is not there; watches the anchor's parent for removal. */
  attach(): boolean {
    const anchor = this.anchor();
    const parent = anchor?.parentNode;
    if (!anchor || !parent) return false;
    if (anchor.nextSibling !== this.host) anchor.after(this.host);
    if (this.observed !== parent) {
      this.observer?.disconnect();
      this.observer = new MutationObserver(() => {
        if (this.host.isConnected && this.host.previousSibling === this.anchor()) return;
        const now = Date.now();
        this.reattachTimes = this.reattachTimes.filter((t) => now - t < 60_000);
        if (this.reattachTimes.length >= MAX_REATTACH_PER_MINUTE) return;
        this.reattachTimes.push(now);
        this.attach();
      });
      // Only the anchor's own parent, not the page: cheap on sites whose feeds mutate all the time.
      this.observer.observe(parent, { childList: true });
      this.observed = parent;
    }
    return true;
  }

  destroy(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.host.remove();
  }
}
