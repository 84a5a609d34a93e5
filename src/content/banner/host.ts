// The banner's host: a <postwacht-banner> element placed right after the compose box's wrapper (never inside the
// editable element), with a shadow root that holds the UI and its styles, so the page's CSS cannot reach in and
// ours cannot leak out. Sites re-render their composers freely, so the host re-attaches itself when the site
// removes it, with a cap so a site that keeps removing it cannot make us fight it in a loop.
//
// The page's scripts share the DOM with us, so the banner is kept from them by construction:
// - the shadow root is closed, and the only reference to it is a private field of this object, which lives in
//   the content script's isolated world (a page that patches attachShadow patches its own world's copy);
// - nothing about the draft or the findings goes on the host itself (no attributes, no globals, no messages,
//   no events), so a page script can read only what the banner visibly shows;
// - every action handler ignores events a script made (Banner.tsx), so a page script cannot press our buttons.
import { copyText } from '../clipboard.ts';
import { STYLES } from './styles.ts';
import { themeAt } from './theme.ts';

const TAG = 'postwacht-banner';
const MAX_REATTACH_PER_MINUTE = 30;

export class BannerHost {
  readonly host: HTMLElement;
  readonly #root: ShadowRoot;
  readonly mount: HTMLElement;
  private observer: MutationObserver | undefined;
  private observed: Node | undefined;
  private reattachTimes: number[] = [];
  private themeReadAt = -Infinity;

  /**
   * @param anchor where the banner goes; null once the editor has left the page.
   * @param onLost called when a change around the anchor leaves it with no place (the editor was replaced or its
   *   composer unmounted), so the session can tear down at once instead of at the next sweep.
   */
  constructor(
    private readonly anchor: () => Element | null,
    signal: AbortSignal,
    private readonly onLost: () => void = () => {},
    /** Wait for the first attach() call: a chat's box gets no host until the chat is one Postwacht judges. */
    lazy = false,
  ) {
    this.host = document.createElement(TAG);
    // customElements is unavailable in content scripts' isolated world; an undefined element with a valid
    // custom-element name still takes a shadow root.
    // Closed in every build people get. The e2e harness builds with `vite build --mode e2e`, which keeps it open so
    // tests can read and press the banner like a person (tests/e2e/replica.ts). Written inline so the shipped
    // script holds the literal: tests/build checks it says `closed`, tests/e2e/isolation.test.ts attacks it.
    this.#root = this.host.attachShadow({ mode: import.meta.env.MODE === 'e2e' ? 'open' : 'closed' });
    const style = document.createElement('style');
    style.textContent = STYLES;
    this.mount = document.createElement('div');
    this.#root.append(style, this.mount);
    // Keys typed in the banner must not trigger the site's shortcuts (X: "n" new post, "j"/"k" navigation).
    for (const type of ['keydown', 'keyup', 'keypress'] as const) this.host.addEventListener(type, (e) => e.stopPropagation());
    if (!lazy) this.attach();
    signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  /** Puts the host right after the anchor if it is not there; watches the anchor's parent for removal. */
  attach(): boolean {
    const anchor = this.anchor();
    const parent = anchor?.parentNode;
    if (!anchor || !parent) return false;
    if (anchor.nextSibling !== this.host) anchor.after(this.host);
    this.followTheme(anchor);
    if (this.observed !== parent) {
      this.observer?.disconnect();
      this.observer = new MutationObserver(() => {
        const anchor = this.anchor();
        if (!anchor) return this.onLost();
        if (this.host.isConnected && this.host.previousSibling === anchor) return;
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

  /**
   * Takes the page's light or dark theme from the background behind the composer. Read at most every 2 s:
   * getComputedStyle forces a style pass, and attach() runs on every repaint while the person types. The class
   * sits on the mount inside the closed root, so the page learns nothing from it.
   */
  private followTheme(anchor: Element): void {
    const now = performance.now();
    if (now - this.themeReadAt < 2_000) return;
    this.themeReadAt = now;
    this.mount.classList.toggle('dark', themeAt(anchor.parentElement ?? anchor) === 'dark');
  }

  /** Puts `text` on the clipboard; the fallback's scratch textarea goes inside the closed root, out of the page's reach. */
  copy(text: string): Promise<boolean> {
    return copyText(text, this.#root);
  }

  /** Takes the host out of the page until the next attach(): nothing of Postwacht stays beside a private chat. */
  detach(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
    this.host.remove();
  }

  destroy(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.host.remove();
  }
}
