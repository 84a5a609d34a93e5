// The randomized insertion suite in Chromium (issue 12): for every editor replica, seeded random drafts (Dutch and
// English, emoji with ZWJ sequences and flags, RTL text, combining marks, trailing line breaks, empty lines, long
// lines), the caret or a selection anywhere, Enter or typing right before the click; then the editor's model
// text must hold the draft intact with the disclaimer once on a line of its own, and one Ctrl+Z must restore the
// draft exactly. CI runs a few dozen fixed seeds per editor; `npm run fuzz:insert -- --trials 1000` the long run.
import { describe, expect, it } from 'vitest';
import { EDITORS, lineBreakOf } from './editors.ts';
import { chromiumDriver } from './fuzz-chromium.ts';
import { makeTrial } from './fuzz-drafts.ts';
import { runTrial } from './fuzz-trial.ts';
import { disclaimersFor, siteOf } from './insert-check.ts';
import { useReplicaBrowser } from './use-browser.ts';

// 8 per editor keeps the whole CI under 20 minutes on a busy two-core machine (with 16 it took 20.5 minutes beside a
// CPU burner); the volume is `npm run fuzz:insert`, the known defects each have their case in insert.test.ts.
const SEEDS = Number(process.env.POSTWACHT_FUZZ_SEEDS ?? 8);
const browser = useReplicaBrowser();

describe('randomized insertion', () => {
  it.each(EDITORS)('$name: seeds 1–' + SEEDS, async (c) => {
    const { driver, page } = await chromiumDriver(browser(), c);
    const failures: string[] = [];
    for (let seed = 1; seed <= SEEDS; seed++) {
      const r = await runTrial(driver, makeTrial(seed), disclaimersFor(siteOf(c.page)), lineBreakOf(c));
      if (!r.ok) failures.push(`seed ${seed}: ${r.problems.join('; ')} | before ${JSON.stringify(r.before)} | after ${JSON.stringify(r.after)}`);
    }
    await page.close();
    expect(failures).toEqual([]);
  }, 600_000);
});
