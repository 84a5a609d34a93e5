// Test-file setup shared by the e2e suites (kept apart from replica.ts, which scripts use outside vitest).
import { afterAll, beforeAll } from 'vitest';
import { launchExtension, type Harness } from './harness.ts';
import { serveReplicas } from './replica.ts';

/**
 * One browser with the built extension and the replica pages for the tests of a file: launched before them,
 * closed after them. Returns the harness getter (the harness exists only once `beforeAll` has run).
 */
export function useReplicaBrowser(): () => Harness {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await launchExtension();
    await serveReplicas(h);
  });
  afterAll(async () => {
    await h?.close();
  });
  return () => h!;
}
