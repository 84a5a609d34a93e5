// One Firefox with the built extension for the tests of a file: launched before them, closed after them.
import { afterAll, beforeAll, inject } from 'vitest';
import { launchFirefox, type FirefoxHarness } from './harness.ts';

export function useFirefox(policies?: object): () => FirefoxHarness {
  let h: FirefoxHarness | undefined;
  beforeAll(async () => {
    h = await launchFirefox({ extensionDir: inject('postwachtFirefoxExtensionDir'), fixturesDir: inject('postwachtFirefoxFixturesDir'), policies });
  });
  afterAll(async () => {
    await h?.close();
  });
  return () => h!;
}
