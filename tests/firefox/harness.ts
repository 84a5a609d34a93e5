// Real Firefox (Debian's firefox-esr) with the built Firefox variant of the extension, driven over WebDriver BiDi
// by puppeteer-core. The replica pages are served at the sites' real host names by a local HTTPS server with a
// certificate made for this run; Firefox resolves those names to this machine (`network.dns.localDomains`) and
// accepts the certificate (`acceptInsecureCerts`). A fixed `extensions.webextensions.uuids` entry gives the
// extension a known moz-extension:// address for its popup.
//
// Managed policies: Firefox reads `policies.json` from the `distribution` folder beside its own binary, which a
// test cannot write in /usr/lib. So `firefoxInstall(policies)` makes a throwaway install: a copy of the small
// launcher binary next to links to everything else in the system install, plus a `distribution/policies.json`.
// Firefox finds its installation (libxul, omni.ja, distribution) from the binary's real path, so this install
// reads our policy file and nothing else changes.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxManifest, GECKO_ID } from '../../scripts/package-targets.ts';
import { FIXTURE_PREFIX, PAGES, pageHtml, type PageName } from '../fixtures/pages.ts';

export const FIREFOX = process.env.POSTWACHT_FIREFOX ?? '/usr/bin/firefox-esr';
/** The extension's fixed internal UUID in these tests, so its pages have a known address. */
export const EXTENSION_UUID = '6f1d2c4e-3b5a-4e8f-9a7c-2d4b6e8f0a13';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
export const SITE_HOSTS = ['www.facebook.com', 'x.com', 'www.linkedin.com', 'www.instagram.com', 'www.threads.com', 'bsky.app', 'www.youtube.com', 'www.tiktok.com', 'web.whatsapp.com'];

export const hasFirefox = (): boolean => existsSync(FIREFOX);

/** The Firefox variant of a built (Chrome) extension directory, as scripts/package-targets.ts makes it. */
export function firefoxExtension(chromeDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'postwacht-firefox-ext-'));
  cpSync(chromeDir, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(chromeDir, 'manifest.json'), 'utf8'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(firefoxManifest(manifest), null, 2));
  return dir;
}

/** A key and self-signed certificate for the four sites, made with openssl for this run. */
function certificate(dir: string): { key: Buffer; cert: Buffer } {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=postwacht-test',
    '-addext', `subjectAltName=${SITE_HOSTS.map((h) => `DNS:${h}`).join(',')}`,
    '-keyout', key, '-out', cert,
  ], { stdio: 'ignore' });
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

const MIME: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css', '.json': 'application/json' };

export interface SiteServer {
  port: number;
  url(page: PageName): string;
  /** Every URL requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves the replica pages and their bundles on every site host (port 443 when free, else any). */
export async function serveSites(fixturesDir: string): Promise<SiteServer> {
  const tmp = mkdtempSync(join(tmpdir(), 'postwacht-tls-'));
  const tls = certificate(tmp);
  rmSync(tmp, { recursive: true, force: true });
  const pages = new Map<string, PageName>();
  for (const name of Object.keys(PAGES) as PageName[]) pages.set(new URL(PAGES[name].url).host + new URL(PAGES[name].url).pathname, name);
  const requests: string[] = [];
  const server: Server = createServer(tls, (req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'localhost'}`);
    requests.push(url.href);
    const page = pages.get(url.hostname + url.pathname);
    if (page) {
      res.writeHead(200, { 'content-type': MIME['.html']!, 'cache-control': 'no-store' });
      return res.end(pageHtml(page));
    }
    if (url.pathname.startsWith(FIXTURE_PREFIX)) {
      const file = resolve(fixturesDir, decodeURIComponent(url.pathname.slice(FIXTURE_PREFIX.length)));
      if (file.startsWith(resolve(fixturesDir)) && existsSync(file)) {
        res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        return res.end(readFileSync(file));
      }
    }
    res.writeHead(404).end();
  });
  const listen = (port: number) =>
    new Promise<number>((ok, fail) => {
      server.once('error', fail);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', fail);
        ok((server.address() as { port: number }).port);
      });
    });
  let port: number;
  try {
    port = await listen(443);
  } catch {
    port = await listen(0);
  }
  return {
    port,
    url: (page) => {
      const u = new URL(PAGES[page].url);
      if (port !== 443) u.port = String(port);
      return u.href;
    },
    requests,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/**
 * A throwaway Firefox install that reads `policies` (enterprise policies.json) from its distribution folder.
 * Returns the path of its binary.
 */
export function firefoxInstall(policies: object): { binary: string; dir: string } {
  const system = dirname(realpathSync(FIREFOX));
  const dir = mkdtempSync(join(tmpdir(), 'postwacht-firefox-install-'));
  for (const entry of readdirSync(system)) {
    if (entry === 'distribution' || entry === 'firefox-esr' || entry === 'firefox-bin') continue;
    symlinkSync(join(system, entry), join(dir, entry));
  }
  const binary = join(dir, 'firefox-esr');
  copyFileSync(realpathSync(FIREFOX), binary);
  const dist = join(dir, 'distribution');
  mkdirSync(dist);
  const systemDist = join(system, 'distribution');
  if (existsSync(systemDist)) for (const entry of readdirSync(systemDist)) symlinkSync(realpathSync(join(systemDist, entry)), join(dist, entry));
  writeFileSync(join(dist, 'policies.json'), JSON.stringify(policies, null, 2));
  return { binary, dir };
}

export interface FirefoxHarness {
  browser: Browser;
  server: SiteServer;
  extensionId: string;
  /** URL of a page of the extension, e.g. `src/popup/index.html`. */
  extensionUrl(path: string): string;
  open(page: PageName): Promise<Page>;
  /** Opens a page of the extension (e.g. the popup) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  extensionDir: string;
  fixturesDir: string;
  /** Enterprise policies for a throwaway install (see `firefoxInstall`). */
  policies?: object;
}

/** Launches headless Firefox with the extension installed and the sites served; one per test file. */
export async function launchFirefox(opts: FirefoxOptions): Promise<FirefoxHarness> {
  const server = await serveSites(opts.fixturesDir);
  const install = opts.policies ? firefoxInstall(opts.policies) : undefined;
  const profile = mkdtempSync(join(tmpdir(), 'postwacht-firefox-profile-'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: install?.binary ?? FIREFOX,
      protocol: 'webDriverBiDi',
      headless: true,
      acceptInsecureCerts: true,
      userDataDir: profile,
      timeout: 90_000,
      protocolTimeout: 120_000,
      // Lets WebDriver open the extension's own pages (moz-extension://), which it refuses by default.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'network.dns.localDomains': SITE_HOSTS.join(','),
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        // Quiet and offline: no first-run pages, updates, telemetry or remote settings.
        'browser.shell.checkDefaultBrowser': false,
        'app.update.enabled': false,
        'extensions.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
        'intl.locale.requested': 'nl',
        'intl.accept_languages': 'nl-NL, nl',
      },
    });
  } catch (err) {
    await server.close();
    throw err;
  }
  const extensionId = await browser.installExtension(opts.extensionDir);
  return {
    browser,
    server,
    extensionId,
    extensionUrl: (path) => `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`,
    async open(name) {
      const page = await browser.newPage();
      await page.goto(server.url(name), { waitUntil: 'load', timeout: 60_000 });
      await page.waitForFunction(() => (window as { __fixtureReady?: boolean }).__fixtureReady === true, { timeout: 30_000 });
      return page;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      // WebDriver BiDi reports no load for moz-extension:// documents: start the navigation, then wait for content.
      await page.goto(`${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`, { waitUntil: 'domcontentloaded', timeout: 3_000 }).catch(() => undefined);
      // Polled by evaluate: puppeteer's waitForFunction builds its poller with Function(), which an extension
      // page's CSP may refuse ("call to Function() blocked by CSP").
      const end = Date.now() + 30_000;
      while (!(await page.evaluate(() => document.readyState === 'complete' && document.body?.childElementCount > 0).catch(() => false))) {
        if (Date.now() > end) throw new Error(`${path}: not loaded within 30 s`);
        await new Promise((r) => setTimeout(r, 100));
      }
      return page;
    },
    async close() {
      await browser.close().catch(() => undefined);
      await server.close();
      rmSync(profile, { recursive: true, force: true });
      if (install) rmSync(install.dir, { recursive: true, force: true });
    },
  };
}
