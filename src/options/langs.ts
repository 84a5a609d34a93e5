import type { Lang } from '../protocol/types.ts';

/** The languages a profile carries texts in, in the order the page shows them. */
export const LANGS: readonly Lang[] = ['nl', 'en'];
// Message keys written out in full so the unused-key test finds them.
export const LANG_LABELS: Record<Lang, string> = { nl: 'popup_preview_nl', en: 'popup_preview_en' };
