// Small settings helpers for every context, the content script included. Kept free of zod and the policy
// merge (effective.ts) so importing them does not pull those into the content script's budget.
import type { Site } from '../protocol/types.ts';
import type { Settings } from './schema.ts';

export const PAUSE_MS = 60 * 60 * 1000;

export function isPaused(settings: Pick<Settings, 'pausedUntil'>, now: number = Date.now()): boolean {
  return settings.pausedUntil > now;
}

/** `auto` follows the browser's UI language; anything but English gets Dutch, the extension's default locale. */
export function resolveUiLanguage(setting: Settings['uiLanguage'], browserLanguage: string | undefined): 'nl' | 'en' {
  if (setting !== 'auto') return setting;
  return /^en\b/i.test(browserLanguage ?? '') ? 'en' : 'nl';
}

/**
 * Whether the person (or the school's policy) lets Postwacht watch this site. A published copy from before the
 * switch existed (schema 4) has no `sites`: every site was watched then.
 */
export function siteEnabled(settings: Pick<Settings, 'sites'>, site: Site): boolean {
  return (settings.sites as Partial<Settings['sites']> | undefined)?.[site] !== false;
}
