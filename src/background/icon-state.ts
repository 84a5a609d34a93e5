// Which toolbar icon a tab shows. Pure, so Node tests cover it.
import type { ICON_PIXELS } from './icon-pixels.generated.ts';

export type IconState = keyof typeof ICON_PIXELS;

/** A pause quiets every tab; otherwise a tab with findings says so; otherwise Postwacht is watching. */
export function iconFor(paused: boolean, attention: boolean): IconState {
  if (paused) return 'paused';
  return attention ? 'attention' : 'watching';
}
