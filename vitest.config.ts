import { defineConfig } from 'vitest/config';

// CI runs on a busy two-core machine: a test that passes in 1 s alone can take ten times that while other jobs run.
// Timeouts here are budgets for a loaded machine, never a measure of speed (no test asserts on speed).

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          // vitest's 5 s default failed the property tests (6–9 s) and the CLI spawns on a loaded machine.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/build/setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Builds the extension and the replica pages once into temp directories.
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One Chromium at a time: the machine has two cores shared with the other test projects.
          fileParallelism: false,
          // expect.poll waits for a real state in the page; its 1 s default failed under a load average of 30.
          expect: { poll: { timeout: 20_000, interval: 100 } },
        },
      },
      {
        test: {
          name: 'firefox',
          include: ['tests/firefox/**/*.test.ts'],
          environment: 'node',
          // Builds the extension's Firefox variant and the replica pages once into temp directories.
          globalSetup: ['tests/firefox/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
          expect: { poll: { timeout: 20_000, interval: 100 } },
          // After the Chromium files, not beside them: two browsers at once are too much for two cores.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
