// Runs after `vite build`: stamps the version from package.json, derives the Firefox build from the Chrome
// build (one manifest, two targets) and writes a versioned zip of each, ready for the stores.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipDirectory } from './zip.ts';

export const GECKO_ID = 'postwacht@csgliudger.nl';

type Manifest = Record<string, unknown> & {
  version: string;
  background?: { service_worker?: string; scripts?: string[]; type?: string };
};

/** Firefox MV3 runs event-page background scripts rather than service workers, and AMO asks for the
 * data-collection declaration: Postwacht collects nothing. */
export function firefoxManifest(chrome: Manifest): Manifest {
  const { minimum_chrome_version: _min, ...rest } = chrome;
  const ff: Manifest = { ...rest };
  if (chrome.background?.service_worker) {
    ff.background = { scripts: [chrome.background.service_worker], ...(chrome.background.type ? { type: chrome.background.type } : {}) };
  }
  ff.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: '142.0' },
  };
  return ff;
}

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** `dist` holds the Chrome build in `chrome/`; writes `firefox/` and both zips beside it. */
export function packageTargets(dist = join(ROOT, 'dist')): { chromeZip: string; firefoxZip: string; version: string } {
  const chromeDir = join(dist, 'chrome');
  const firefoxDir = join(dist, 'firefox');
  const version = packageVersion();

  const manifestPath = join(chromeDir, 'manifest.json');
  const chrome = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  chrome.version = version;
  writeFileSync(manifestPath, JSON.stringify(chrome, null, 2));

  rmSync(firefoxDir, { recursive: true, force: true });
  cpSync(chromeDir, firefoxDir, { recursive: true });
  writeFileSync(join(firefoxDir, 'manifest.json'), JSON.stringify(firefoxManifest(chrome), null, 2));

  const chromeZip = join(dist, `postwacht-chrome-${version}.zip`);
  const firefoxZip = join(dist, `postwacht-firefox-${version}.zip`);
  zipDirectory(chromeDir, chromeZip);
  zipDirectory(firefoxDir, firefoxZip);
  return { chromeZip, firefoxZip, version };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { chromeZip, firefoxZip, version } = packageTargets();
  console.log(`Postwacht ${version}\n  ${chromeZip}\n  ${firefoxZip}`);
}
