// Builds the extension and the replica pages once for all e2e files, into fresh temp directories (never dist/).
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildFixtures } from '../fixtures/build.ts';
import { buildExtension } from './harness.ts';

export default async function setup(project: TestProject): Promise<() => void> {
  const ext = buildExtension();
  const fixtures = await buildFixtures();
  process.env.POSTWACHT_E2E_EXTENSION = ext;
  process.env.POSTWACHT_E2E_FIXTURES = fixtures;
  project.provide('postwachtExtensionDir', ext);
  project.provide('postwachtFixturesDir', fixtures);
  return () => {
    rmSync(ext, { recursive: true, force: true });
    rmSync(fixtures, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    postwachtExtensionDir: string;
    postwachtFixturesDir: string;
  }
}
