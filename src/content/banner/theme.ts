// Which theme the banner takes: the page's own, read from the background the compose box actually sits on.
// Sites switch dark mode with their own classes (X's "Dim" and "Lights out", Facebook's `__fb-dark-mode`,
// LinkedIn's `theme--dark`), not always with `prefers-color-scheme`, so the background colour is the one
// signal they all share. Only when every ancestor is transparent does the system preference decide.

export type Theme = 'light' | 'dark';

/** Parses `rgb(…)`/`rgba(…)` as getComputedStyle reports it (both comma and space syntax); null for others. */
export function parseRgb(css: string): { r: number; g: number; b: number; a: number } | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return { r: +m[1]!, g: +m[2]!, b: +m[3]!, a: alpha };
}

/** WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Dark when the colour is nearer black than white by contrast: X's Dim (#15202b) and Lights out (#000) are. */
export const isDarkBackground = (css: string): boolean | null => {
  const c = parseRgb(css);
  if (!c || c.a < 0.5) return null;
  return luminance(c) < 0.18;
};

/** The theme of the surface `el` is drawn on: its nearest opaque background, through shadow roots. */
export function themeAt(el: Element | null): Theme {
  const view = el?.ownerDocument.defaultView;
  for (let node: Element | null = el, hops = 0; node && view && hops < 60; hops++) {
    const dark = isDarkBackground(view.getComputedStyle(node).backgroundColor);
    if (dark !== null) return dark ? 'dark' : 'light';
    const parent: Node | null = node.parentElement ?? (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null);
    node = parent instanceof Element ? parent : null;
  }
  return view?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
