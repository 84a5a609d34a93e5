// The long randomized insertion run (issue 12): `npm run fuzz:insert -- --trials 1000 [--browser firefox]
// [--seed 1] [--editors x-draftjs,linkedin-quill-post] [--parallel 2] [--chunk 25] [--minutes N] [--profile]`. Builds the extension and the replica pages,
// then runs seeded trials (tests/e2e/fuzz-drafts.ts) on every editor replica, several editors at once, and prints
// per editor the trials, failures (with their seeds, to reproduce) and time taken.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EDITORS, lineBreakOf, type EditorCase } from '../tests/e2e/editors.ts';
import { makeTrial } from '../tests/e2e/fuzz-drafts.ts';
import { runTrial, type TrialDriver } from '../tests/e2e/fuzz-trial.ts';
import { disclaimersFor, siteOf } from '../tests/e2e/insert-check.ts';

const { values } = parseArgs({
  options: {
    trials: { type: 'string', default: '1000' },
    browser: { type: 'string', default: 'chromium' },
    seed: { type: 'string', default: '1' },
    editors: { type: 'string' },
    parallel: { type: 'string', default: '2' },
    /** Seeds per editor before moving to the next editor (round robin); the whole run by default. */
    chunk: { type: 'string' },
    /** Stop starting new trials after this many minutes (the summary then shows how many ran). */
    minutes: { type: 'string' },
    /** Print per editor the mean milliseconds of each step of a trial (where the time goes). */
    profile: { type: 'boolean', default: false },
    /** While this file exists, start no new trial (a load watcher pauses the run between trials this way). */
    'pause-file': { type: 'string' },
  },
});
const trials = Number(values.trials);
const first = Number(values.seed);
const which = values.editors ? EDITORS.filter((e) => values.editors!.split(',').includes(e.id)) : EDITORS;
const parallel = Math.max(1, Number(values.parallel));
const chunk = Math.max(1, Number(values.chunk ?? values.trials));
const deadline = values.minutes ? Date.now() + Number(values.minutes) * 60_000 : Infinity;

interface Session {
  driver(c: EditorCase): Promise<{ driver: TrialDriver; close(): Promise<void> }>;
  close(): Promise<void>;
}

async function chromium(): Promise<Session> {
  const { launchExtension } = await import('../tests/e2e/harness.ts');
  const { serveReplicas } = await import('../tests/e2e/replica.ts');
  const { chromiumDriver } = await import('../tests/e2e/fuzz-chromium.ts');
  const h = await launchExtension();
  await serveReplicas(h);
  return {
    async driver(c) {
      const { driver, page } = await chromiumDriver(h, c);
      return { driver, close: () => page.close() };
    },
    close: () => h.close(),
  };
}

async function firefox(): Promise<Session> {
  const { extensionDir } = await import('../tests/e2e/harness.ts');
  const { fixturesDir } = await import('../tests/e2e/replica.ts');
  const { firefoxExtension, launchFirefox } = await import('../tests/firefox/harness.ts');
  const { firefoxDriver } = await import('../tests/firefox/fuzz-firefox.ts');
  const ext = firefoxExtension(extensionDir());
  const fixtures = await fixturesDir();
  // One Firefox per editor: keyboard input and focus belong to the front tab of a window.
  const open: { close(): Promise<void> }[] = [];
  return {
    async driver(c) {
      const h = await launchFirefox({ extensionDir: ext, fixturesDir: fixtures });
      open.push(h);
      const { driver } = await firefoxDriver(h, c);
      return { driver, close: () => h.close() };
    },
    close: async () => {
      await Promise.all(open.map((h) => h.close()));
    },
  };
}

const session = values.browser === 'firefox' ? await firefox() : await chromium();
const disclaimerCache = new Map<string, string[]>();
const rows = which.map((c) => ({ id: c.id, trials: 0, failures: 0, errors: 0, seeds: [] as number[], ms: 0, last: first - 1, notices: {} as Record<string, number>, steps: {} as Record<string, number> }));

type Row = (typeof rows)[number];
type Opened = { driver: TrialDriver; close(): Promise<void> };

/** Opens the editor's page (a few tries: on a loaded machine a page load can time out). */
async function open(c: EditorCase): Promise<Opened> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await session.driver(c);
    } catch (e) {
      if (attempt >= 5) throw e;
      console.log(`  opening ${c.id} failed (${String(e).split('\n')[0]}), again`);
    }
  }
}

/** Pages stay open between an editor's chunks: a page load costs more than a trial. */
const opened = new Map<string, Opened>();

/** Runs the trials `from` to `from + count - 1` on one editor. */
async function runChunk(c: EditorCase, row: Row, from: number, count: number): Promise<void> {
  const disclaimers = disclaimerCache.get(c.page) ?? disclaimersFor(siteOf(c.page));
  let d = opened.get(c.id) ?? (await open(c));
  opened.set(c.id, d);
  // Trial time only: opening a page (and in Firefox a browser) is paid once per editor.
  const t0 = Date.now();
  let paused = 0;
  for (let seed = from; seed < from + count && Date.now() < deadline; seed++) {
    const p0 = Date.now();
    while (values['pause-file'] && existsSync(values['pause-file']) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2_000));
    paused += Date.now() - p0;
    if (Date.now() >= deadline) break;
    let r;
    try {
      r = await runTrial(d.driver, makeTrial(seed), disclaimers, lineBreakOf(c), values.profile ? row.steps : undefined);
    } catch (err) {
      // A step that timed out or threw (the page, not the insertion, on a loaded machine): counted apart.
      r = { ok: false, notice: 'error', problems: [`error: ${String(err).split('\n')[0]!}`], before: '', after: '', seed };
      console.log(`ERROR ${c.id} seed ${seed}: ${String(err).split('\n').slice(0, 3).join(' | ')}`);
      // A fresh page after an error, so one stuck page does not fail the rest.
      await d.close().catch(() => undefined);
      d = await open(c);
      opened.set(c.id, d);
    }
    row.trials++;
    row.last = seed;
    row.notices[r.notice] = (row.notices[r.notice] ?? 0) + 1;
    if (r.notice === 'error') {
      row.errors++;
      row.seeds.push(seed);
    } else if (!r.ok) {
      row.failures++;
      row.seeds.push(seed);
      console.log(`FAIL ${c.id} seed ${seed}: ${r.problems.join('; ')}\n  before ${JSON.stringify(r.before)}\n  after  ${JSON.stringify(r.after)}`);
    }
  }
  row.ms += Date.now() - t0 - paused;
  // Partial counts are never lost: a line per chunk says how far each editor got.
  console.log(`${new Date().toISOString().slice(11, 19)} ${c.id}: seeds ${first}-${row.last} done, ${row.trials} trials, ${row.failures} failed, ${row.errors} errors, ${Math.round(row.ms / Math.max(1, row.trials))} ms per trial`);
}

/** Prints the figures so far; returns the number of failed and errored trials. */
function summary(): number {
  console.log(`\nRandomized insertion, ${values.browser}, from seed ${first}, up to ${trials} trials per editor${values.minutes ? ` within ${values.minutes} min` : ''}:`);
  for (const r of rows) {
    const seconds = Math.round(r.ms / 1000);
    if (values.profile && r.trials) {
      const ms = Object.entries(r.steps).map(([k, v]) => `${k} ${Math.round(v / r.trials)}`).join(', ');
      console.log(`  ${r.id.padEnd(28)} ms per trial ${Math.round(r.ms / r.trials)}: ${ms}`);
    }
    console.log(`  ${r.id.padEnd(28)} ${String(r.trials).padStart(5)} trials (seeds ${first}-${r.last})  ${String(r.failures).padStart(3)} failed  ${String(r.errors).padStart(3)} errors  ${String(seconds).padStart(5)} s  ${JSON.stringify(r.notices)}${r.seeds.length ? `  seeds ${r.seeds.slice(0, 20).join(',')}` : ''}`);
  }
  const failed = rows.reduce((n, r) => n + r.failures, 0);
  const errors = rows.reduce((n, r) => n + r.errors, 0);
  console.log(`  total: ${rows.reduce((n, r) => n + r.trials, 0)} trials, ${failed} failed, ${errors} errors (a page step that timed out or threw)`);
  return failed + errors;
}
// Stopped from outside (a time limit): still print the figures so far.
// The browsers are closed too (Firefox runs one per editor, which would outlive the script), within 15 s.
process.on('SIGTERM', () => {
  const code = summary() ? 1 : 0;
  const closing = Promise.all([...opened.values()].map((d) => d.close().catch(() => undefined))).then(() => session.close());
  void Promise.race([closing, new Promise((r) => setTimeout(r, 15_000))]).finally(() => process.exit(code));
});

// Round robin over the editors in chunks of --chunk seeds, so a run stopped early has spread its trials over
// every editor. A worker takes the first chunk whose editor no other worker is driving.
const queue: { c: EditorCase; row: Row; from: number; count: number }[] = [];
for (let from = first; from < first + trials; from += chunk) {
  which.forEach((c, i) => queue.push({ c, row: rows[i]!, from, count: Math.min(chunk, first + trials - from) }));
}
const busy = new Set<string>();
await Promise.all(
  Array.from({ length: Math.min(parallel, which.length) }, async () => {
    for (;;) {
      if (Date.now() >= deadline) return;
      const i = queue.findIndex((u) => !busy.has(u.c.id));
      if (i < 0) {
        if (!queue.length) return;
        await new Promise((r) => setTimeout(r, 200));
        continue;
      }
      const [u] = queue.splice(i, 1);
      busy.add(u!.c.id);
      try {
        await runChunk(u!.c, u!.row, u!.from, u!.count);
      } finally {
        busy.delete(u!.c.id);
      }
    }
  }),
);
await Promise.all([...opened.values()].map((d) => d.close().catch(() => undefined)));
await session.close();

process.exit(summary() ? 1 : 0);
