// The page's own scripts against the banner people get (the shipped build: closed shadow root). A hostile script
// runs in the replica page's main world before anything else, tries every way it has to read the findings, the
// settings and the school's details, and to press the banner's buttons; it must learn nothing beyond the banner's
// visible text and change nothing. The test itself reads the closed banner over CDP, as a debugger can.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/settings/schema.ts';
import { launchExtension, shippedExtensionDir, type Harness } from './harness.ts';
import { closedBannerViews, modelText, openReplica, pressClosedBanner, serveReplicas, typeInto, type ClosedBannerView } from './replica.ts';

interface Attack {
  /** What the script learned that came from the banner: [how, value]. */
  loot: [string, string][];
  /** Everything it could read of the page at large (HTML, visible text), checked against the secrets only. */
  anywhere: string[];
  /** Shadow roots its attachShadow patch caught. */
  roots: number;
  /** Elements of or in the banner it could get hold of, to press. */
  reached: string[];
}

declare global {
  interface Window {
    __attack?: Attack;
    __attackRead?: () => Attack;
    __attackDrive?: () => void;
  }
}

/** The hostile page script. Self-contained: it is serialised into the page. */
function hostile(): void {
  const loot: [string, string][] = [];
  const anywhere: string[] = [];
  const roots: ShadowRoot[] = [];
  const reached = new Set<Element>();
  const TAG = 'POSTWACHT-BANNER';
  const isHost = (n: unknown): boolean => n instanceof Element && n.tagName === TAG;
  const inBanner = (n: Node | null): boolean => {
    for (let x: Node | null = n; x; ) {
      if (isHost(x)) return true;
      const root = x.getRootNode();
      x = x.parentNode ?? (root instanceof ShadowRoot ? root.host : null);
    }
    return false;
  };
  const text = (v: unknown): string => {
    try {
      return typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
    } catch {
      return String(v);
    }
  };

  // 1. Before any other script: force every shadow root open and keep it.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, { ...init, mode: 'open' });
    roots.push(root);
    return root;
  };

  // 2. Watch the whole document, and any root caught, for banner changes.
  const watch = (target: Node) =>
    new MutationObserver((records) => {
      for (const r of records) {
        if (inBanner(r.target)) {
          if (r.type === 'attributes') loot.push([`attribute ${r.attributeName}`, (r.target as Element).getAttribute(r.attributeName!) ?? '']);
          if (r.type === 'characterData') loot.push(['text change', r.target.textContent ?? '']);
        }
        for (const n of r.addedNodes) if (inBanner(n)) loot.push([`added ${n.nodeName}`, n.textContent ?? '']);
      }
    }).observe(target, { subtree: true, childList: true, attributes: true, characterData: true });
  watch(document);
  const watchRoots = () => roots.forEach((r) => watch(r));

  // 3. Listen for messages, custom events and anything that passes through the banner.
  const types = ['message', 'postwacht', 'postwacht:findings', 'click', 'keydown', 'keyup', 'input', 'focusin', 'focusout', 'copy', 'beforeinput', 'pointerdown', 'change', 'toggle', 'slotchange'];
  const onEvent = (e: Event) => {
    const path = e.composedPath();
    if (e instanceof MessageEvent && !(e.data as { mine?: boolean } | null)?.mine) loot.push([`message ${e.origin}`, text(e.data)]);
    if (e instanceof CustomEvent) loot.push([`custom event ${e.type}`, text(e.detail)]);
    if (path.some(isHost)) {
      for (const n of path) if (n instanceof Element && inBanner(n) && !isHost(n)) loot.push([`event ${e.type} through`, n.outerHTML]);
    }
  };
  for (const type of types) {
    window.addEventListener(type, onEvent, true);
    document.addEventListener(type, onEvent, true);
  }

  // 4. Read: host attributes and light DOM, its shadow root, caught roots, serialised HTML, a deep query.
  const deep = (root: Document | ShadowRoot, out: Element[] = []): Element[] => {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) deep(el.shadowRoot, out);
    }
    return out;
  };
  const read = (): Attack => {
    watchRoots();
    for (const host of document.querySelectorAll(TAG)) {
      reached.add(host);
      for (const a of host.attributes) loot.push([`host attribute ${a.name}`, a.value]);
      if (host.innerHTML) loot.push(['host light DOM', host.innerHTML]);
      if (host.shadowRoot) loot.push(['host.shadowRoot', host.shadowRoot.innerHTML]);
      const html = (host as Element & { getHTML?(o: object): string }).getHTML?.({ serializableShadowRoots: true, shadowRoots: roots }) ?? '';
      if (html) loot.push(['getHTML', html]);
    }
    for (const r of roots) if (inBanner(r.host)) loot.push(['caught root', r.innerHTML]);
    for (const el of deep(document)) {
      if (!inBanner(el) || isHost(el)) continue;
      reached.add(el);
      for (const a of el.attributes) loot.push([`deep attribute ${a.name}`, a.value]);
    }
    anywhere.push(document.documentElement.outerHTML, document.body.innerText);
    return { loot, anywhere, roots: roots.length, reached: [...reached].map((e) => e.tagName) };
  };

  // 5. Press: every event a script can make, on the host and on anything in the banner it reached.
  const drive = () => {
    read();
    const press = (t: Element) => {
      (t as HTMLElement).focus?.();
      t.dispatchEvent(new FocusEvent('focus'));
      t.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) t.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, cancelable: true, view: window }));
      (t as HTMLElement).click?.();
      for (const key of ['Enter', ' ']) {
        for (const type of ['keydown', 'keypress', 'keyup']) t.dispatchEvent(new KeyboardEvent(type, { key, code: key === 'Enter' ? 'Enter' : 'Space', bubbles: true, composed: true, cancelable: true }));
      }
    };
    for (const el of reached) press(el);
    // Whatever is on screen where the banner is.
    for (const host of document.querySelectorAll(TAG)) {
      const r = host.getBoundingClientRect();
      for (let x = r.left + 3; x < r.right; x += 10) {
        for (let y = r.top + 3; y < r.bottom; y += 6) {
          const el = document.elementFromPoint(x, y);
          if (!el) continue;
          reached.add(el);
          el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y, view: window }));
          (el as HTMLElement).click?.();
        }
      }
    }
    window.postMessage({ type: 'postwacht', action: 'insert-disclaimer', mine: true }, '*');
  };

  window.__attackRead = read;
  window.__attackDrive = drive;
}

let h: Harness;
let builtHere: string | undefined;
const FUNCTION = 'docent geheimvak';
const DRAFT = 'Morgen ouderavond bij ons op het Liudger. Vragen? Mail jan.devries@gmail.com of bel 06-12345678';
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  const reuse = process.env.POSTWACHT_E2E_SHIPPED ?? process.env.POSTWACHT_DIST;
  const dir = shippedExtensionDir();
  if (!reuse) builtHere = dir;
  h = await launchExtension({ extensionDir: dir });
  await serveReplicas(h);
  await h.setStorage('settings', { schemaVersion: SCHEMA_VERSION, function: FUNCTION });
});
afterAll(async () => {
  await h?.close();
  if (builtHere) rmSync(builtHere, { recursive: true, force: true });
});

it('a page script learns nothing beyond the visible text of the banner and can press none of its buttons', async () => {
  const page = await openReplica(h, 'facebook', hostile);
  const editor = page.locator('[role="dialog"] [data-lexical-editor="true"]');
  await typeInto(editor, DRAFT);
  const view = async (): Promise<ClosedBannerView | undefined> => (await closedBannerViews(page))[0];
  await expect.poll(async () => (await view())?.codes ?? [], { timeout: 10_000 }).toEqual(expect.arrayContaining(['disclosure-missing', 'opinion-missing', 'personal-data']));
  const before = (await view())!;
  const draft = await modelText(page, 0);
  expect(before.mode).toBe('closed');
  expect(before.items).toEqual(['jan.devries@gmail.com', '06-12345678']);

  await page.evaluate(() => window.__attackDrive!());
  // Give anything the script might have set off time to land: the banner re-renders on the next frame.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(500);

  // Changed nothing: the draft is as typed, nothing was inserted or copied, no choice was made for the person.
  const after = (await view())!;
  expect(await modelText(page, 0)).toBe(draft);
  expect(after.codes).toEqual(before.codes);
  expect(after.items).toEqual(before.items);
  expect(after.notices).toEqual([]);

  // Learned nothing beyond the visible text: no root caught, nothing inside the banner reached, and every string it
  // got from the banner is part of what the person sees.
  const attack = await page.evaluate(() => window.__attackRead!());
  expect(attack.roots).toBe(0);
  expect(new Set(attack.reached)).toEqual(new Set(['POSTWACHT-BANNER']));
  const visible = squash(before.text + ' ' + after.text);
  const beyond = attack.loot.filter(([, value]) => squash(value) && !visible.includes(squash(value)));
  expect(beyond).toEqual([]);
  // Nor anywhere else on the page: what the banner knows but does not show.
  const everything = [...attack.anywhere, ...attack.loot.flat()].join('\n');
  const secrets = ['disclosure-missing', 'opinion-missing', 'personal-data', 'data-code', 'data-category', 'data-action', FUNCTION].filter((s) => !visible.includes(s));
  expect(secrets.length).toBeGreaterThanOrEqual(6);
  for (const secret of secrets) expect(everything).not.toContain(secret);

  // A person's click still works on the closed banner (and the reading above would have seen a change).
  await pressClosedBanner(page, 'not-related');
  await expect.poll(async () => (await view())?.codes ?? []).not.toContain('disclosure-missing');
  expect((await view())?.codes).toContain('personal-data');
  await page.close();
});

it('made no network request from the extension', () => {
  expect(h.extensionRequests()).toEqual([]);
});
