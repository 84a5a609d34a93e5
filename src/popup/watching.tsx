// The popup's "watching" line: asks the content script of the tab the popup was opened on how many compose boxes
// it is watching, so a teacher or IT can see at a glance that Postwacht works there after a site changed.
// `tabs.query` and `tabs.sendMessage` to our own content script need no permission (not even activeTab): no tab
// URL or title is read.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Translate } from '../i18n/translate.ts';
import type { Lang } from '../protocol/types.ts';
import { WATCHING_REQUEST, type WatchingReply } from '../content/watching.ts';

/**
 * The tab the popup is about: the active tab of its window. When this page is itself a tab (opened from the
 * extension's page list, or by the end-to-end tests), the tab used last before it; `?tab=<id>` names one.
 */
async function targetTab(): Promise<number | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active?.id !== undefined && active.id !== self?.id) return active.id;
  const others = (await browser.tabs.query({})).filter((t) => t.id !== undefined && t.id !== self?.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id;
}

/** Compose boxes watched in the tab; null where no Postwacht content script runs (not one of the four sites). */
async function watchedInTab(): Promise<number | null> {
  const tab = await targetTab();
  if (tab === undefined) return null;
  try {
    const reply = (await browser.tabs.sendMessage(tab, { type: WATCHING_REQUEST })) as WatchingReply | undefined;
    return typeof reply?.count === 'number' ? reply.count : null;
  } catch {
    return null; // no receiver: the tab is not one of the sites, or its content script has not started yet
  }
}

export function watchingText(t: Translate, lang: Lang, count: number): string {
  if (count <= 0) return t('popup_watching_none');
  return new Intl.PluralRules(lang).select(count) === 'one' ? t('popup_watching_one') : t('popup_watching_other', [count]);
}

export function Watching({ t, lang }: { t: Translate; lang: Lang }) {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    void watchedInTab().then((n) => live && setCount(n));
    return () => {
      live = false;
    };
  }, []);
  if (count === null) return null;
  return (
    <p class="watching" data-watching={count}>
      {watchingText(t, lang, count)}
    </p>
  );
}
