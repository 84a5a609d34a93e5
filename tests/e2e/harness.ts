// Reusable real-browser harness: builds the extension into a fresh temp directory, launches Debian's Chromium
// with it loaded, serves replica pages at the sites' real addresses, and records every request the extension
// makes. Used by the compose-box tests and the popup tests alike.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Route, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags this machine needs: without the background-networking ones Chromium's connections get refused. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * How a build lets tests at the banner. `e2e` (the default here) keeps the banner's shadow root open, so tests read
 * and press it through playwright's locators like a person would (src/content/banner/host.ts); `production` is the
 * build people get, with the root closed, for the tests that attack it (isolation.test.ts). A Firefox harness
 * builds the same way and derives dist/firefox from it with scripts/package-targets.ts.
 */
export type BuildMode = 'e2e' | 'production';

/** Builds the extension into `outDir` (a fresh temp directory by default, never dist/, which parallel builds use). */
export function buildExtension(outDir = mkdtempSync(join(tmpdir(), 'postwacht-ext-')), mode: BuildMode = 'e2e'): string {
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  execFileSync(process.execPath, [vite, 'build', '--mode', mode, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 600_000,
  });
  if (!existsSync(join(outDir, 'manifest.json'))) throw new Error(`extension build wrote no manifest to ${outDir}`);
  return outDir;
}

/** Directory of a built extension (e2e mode): set by the e2e global setup, or built now (for scripts and one-off runs). */
export function extensionDir(): string {
  return process.env.POSTWACHT_E2E_EXTENSION ?? (process.env.POSTWACHT_E2E_EXTENSION = buildExtension());
}

/**
 * Directory of the build people get (production mode, closed shadow root): the one the build tests made in this
 * run when there is one (tests/build/setup.ts), else built now and kept for the rest of this process.
 */
export function shippedExtensionDir(): string {
  const dist = process.env.POSTWACHT_DIST;
  if (dist && existsSync(join(dist, 'chrome/manifest.json'))) return join(dist, 'chrome');
  return process.env.POSTWACHT_E2E_SHIPPED ?? (process.env.POSTWACHT_E2E_SHIPPED = buildExtension(undefined, 'production'));
}

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Made by the extension's service worker. */
  serviceWorker: boolean;
  /** URL of the frame that made it, if any (chrome-extension:// for extension pages). */
  frameUrl?: string;
  /** Served by a route this harness registered (a replica page or its bundle). */
  served: boolean;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

export type Responder = (url: URL) => { body: string | Buffer; contentType?: string } | undefined;

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  extensionDir: string;
  /** The extension's service worker (to read or write storage as the popup would). */
  serviceWorker: Worker;
  /** Writes `value` to the extension's storage.local under `key` (e.g. the user's settings). */
  setStorage(key: string, value: unknown): Promise<void>;
  /** Every request seen, in order. */
  requests: RecordedRequest[];
  /**
   * Requests the extension made: from its worker or pages, to chrome-extension:// URLs, or to anything no route
   * serves; except the content script's import of its own web-accessible module.
   */
  extensionRequests(): RecordedRequest[];
  /** Serve `body` at an absolute URL (`https://x.com/home`). */
  serve(url: string, body: string | Buffer, contentType?: string): void;
  /** Serve every file of `dir` under `prefix` (e.g. `/__fixtures/`) on every host. */
  serveDir(prefix: string, dir: string): void;
  /** Add a custom responder, consulted before the static ones. */
  respond(responder: Responder): void;
  /** URL of a page of the extension, e.g. `src/popup/index.html`. */
  extensionUrl(path: string): string;
  newPage(url?: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir?: string;
  headless?: boolean;
  /** Extra Chromium flags. */
  args?: string[];
  viewport?: { width: number; height: number } | null;
  locale?: string;
}

/** Launches Chromium with the built extension and request recording; one per test file, not per test. */
export async function launchExtension(opts: LaunchOptions = {}): Promise<Harness> {
  const dir = opts.extensionDir ?? extensionDir();
  const userDataDir = mkdtempSync(join(tmpdir(), 'postwacht-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...(opts.args ?? [])],
    viewport: opts.viewport === undefined ? { width: 1280, height: 900 } : opts.viewport,
    locale: opts.locale ?? 'nl-NL',
    timeout: 60_000,
  });

  const requests: RecordedRequest[] = [];
  const servedUrls = new Set<string>();
  const statics = new Map<string, { body: string | Buffer; contentType: string }>();
  const dirs: { prefix: string; dir: string }[] = [];
  const responders: Responder[] = [];

  const lookup = (url: URL) => {
    for (const r of responders) {
      const hit = r(url);
      if (hit) return { body: hit.body, contentType: hit.contentType ?? MIME[extname(url.pathname)] ?? 'text/plain' };
    }
    const exact = statics.get(url.origin + url.pathname);
    if (exact) return exact;
    for (const { prefix, dir } of dirs) {
      if (!url.pathname.startsWith(prefix)) continue;
      const file = resolve(dir, decodeURIComponent(url.pathname.slice(prefix.length)));
      if (!file.startsWith(resolve(dir)) || !existsSync(file)) continue;
      return { body: readFileSync(file), contentType: MIME[extname(file)] ?? 'application/octet-stream' };
    }
    return undefined;
  };

  // Every http(s) request goes through here: replica pages are fulfilled, anything else is refused, so nothing
  // leaves the machine and an unexpected request shows up in the record instead of hanging on the closed network.
  await context.route(/^https?:\/\//, async (route: Route) => {
    const url = new URL(route.request().url());
    const hit = lookup(url);
    if (!hit) return route.abort('blockedbyclient');
    servedUrls.add(route.request().url());
    return route.fulfill({ status: 200, body: hit.body, contentType: hit.contentType, headers: { 'cache-control': 'no-store' } });
  });

  const record = (req: Request) => {
    let frameUrl: string | undefined;
    try {
      frameUrl = req.frame().url();
    } catch {
      frameUrl = undefined; // service-worker requests have no frame
    }
    requests.push({
      url: req.url(),
      method: req.method(),
      resourceType: req.resourceType(),
      serviceWorker: req.serviceWorker() !== null,
      frameUrl,
      served: false,
    });
  };
  context.on('request', record);
  context.on('requestfinished', (req) => {
    const r = [...requests].reverse().find((x) => x.url === req.url());
    if (r && servedUrls.has(req.url())) r.served = true;
  });

  let worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;

  // The extension's own web-accessible files (the lazily imported content module) come from its package on
  // disk, under a chrome-extension:// URL with a per-session id; they are no network traffic.
  const ownModules = new Set(
    ((JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { web_accessible_resources?: { resources: string[] }[] }).web_accessible_resources ?? []).flatMap((w) => w.resources),
  );
  const isOwnModule = (url: string) => url.startsWith('chrome-extension://') && ownModules.has(new URL(url).pathname.slice(1));

  const harness: Harness = {
    context,
    extensionId,
    extensionDir: dir,
    serviceWorker: worker,
    async setStorage(key, value) {
      const w = context.serviceWorkers().find((x) => x.url().startsWith(`chrome-extension://${extensionId}/`)) ?? worker;
      await w.evaluate(([k, v]) => (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome.storage.local.set({ [k as string]: v }), [key, value] as const);
    },
    requests,
    extensionRequests: () =>
      requests.filter(
        (r) =>
          !isOwnModule(r.url) &&
          (r.serviceWorker ||
          r.url.startsWith('chrome-extension://') ||
          (r.frameUrl?.startsWith('chrome-extension://') ?? false) ||
          (/^https?:/.test(r.url) && !servedUrls.has(r.url))),
      ),
    serve(url, body, contentType) {
      const u = new URL(url);
      statics.set(u.origin + u.pathname, { body, contentType: contentType ?? MIME[extname(u.pathname)] ?? 'text/html; charset=utf-8' });
    },
    serveDir(prefix, d) {
      dirs.push({ prefix, dir: d });
    },
    respond(r) {
      responders.push(r);
    },
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async newPage(url) {
      const page = await context.newPage();
      if (url) await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return harness;
}
