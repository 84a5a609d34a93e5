// Builds the extension and the replica pages once for all e2e files, into fresh temp directories (never dist/).
import { existsSync, rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildFixtures } from '../fixtures/build.ts';
import { buildExtension } from './harness.ts';

export default async function setup(project: TestProject): Promise<() => void> {
  // A developer iterating on tests may pass builds made earlier (POSTWACHT_E2E_EXTENSION, POSTWACHT_E2E_FIXTURES);
  // those are theirs to keep, so only what is built here is removed afterwards.
  const given = (name: string) => (process.env[name] && existsSync(process.env[name]!) ? process.env[name]! : undefined);
  const givenExt = given('POSTWACHT_E2E_EXTENSION');
  const givenFixtures = given('POSTWACHT_E2E_FIXTURES');
  const ext = givenExt ?? buildExtension();
  const fixtures = givenFixtures ?? (await buildFixtures());
  process.env.POSTWACHT_E2E_EXTENSION = ext;
  process.env.POSTWACHT_E2E_FIXTURES = fixtures;
  project.provide('postwachtExtensionDir', ext);
  project.provide('postwachtFixturesDir', fixtures);
  return () => {
    if (!givenExt) rmSync(ext, { recursive: true, force: true });
    if (!givenFixtures) rmSync(fixtures, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    postwachtExtensionDir: string;
    postwachtFixturesDir: string;
  }
}
