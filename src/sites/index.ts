// Every site adapter, looked up by the page's host name.
import { bluesky } from './bluesky.ts';
import { facebook } from './facebook.ts';
import { instagram } from './instagram.ts';
import { linkedin } from './linkedin.ts';
import { threads } from './threads.ts';
import { tiktok } from './tiktok.ts';
import type { SiteAdapter } from './types.ts';
import { whatsapp } from './whatsapp.ts';
import { x } from './x.ts';
import { youtube } from './youtube.ts';

export const ADAPTERS: readonly SiteAdapter[] = [x, facebook, linkedin, instagram, threads, bluesky, youtube, tiktok, whatsapp];

export function adapterForHost(host: string): SiteAdapter | undefined {
  return ADAPTERS.find((a) => a.hosts.includes(host));
}

export type { SiteAdapter, EditorKind, EditableElement } from './types.ts';
