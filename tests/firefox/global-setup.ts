// Builds the extension (then its Firefox variant, as scripts/package-targets.ts does) and the replica pages once
// for the Firefox files, into fresh temp directories (never dist/).
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildFixtures } from '../fixtures/build.ts';
import { buildExtension } from '../e2e/harness.ts';
import { firefoxExtension, hasFirefox } from './harness.ts';

export default async function setup(project: TestProject): Promise<() => void> {
  if (!hasFirefox()) return () => undefined;
  // Prebuilt directories (a local rerun while working on the tests), else a fresh build.
  const prebuilt = process.env.POSTWACHT_FIREFOX_PREBUILT;
  if (prebuilt) {
    const [ext, fixtures] = prebuilt.split(':') as [string, string];
    project.provide('postwachtFirefoxExtensionDir', ext);
    project.provide('postwachtFirefoxFixturesDir', fixtures);
    return () => undefined;
  }
  const chrome = buildExtension();
  const ext = firefoxExtension(chrome);
  rmSync(chrome, { recursive: true, force: true });
  const fixtures = await buildFixtures();
  project.provide('postwachtFirefoxExtensionDir', ext);
  project.provide('postwachtFirefoxFixturesDir', fixtures);
  return () => {
    rmSync(ext, { recursive: true, force: true });
    rmSync(fixtures, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    postwachtFirefoxExtensionDir: string;
    postwachtFirefoxFixturesDir: string;
  }
}
