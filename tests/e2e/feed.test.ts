// A long feed that keeps mutating must stay responsive with the extension loaded. The figures are printed
// (npm run measure prints them too); the assertions only catch a content script gone badly wrong — a frozen
// tab or long tasks far beyond what the same page has without the extension — so they do not flake.
import { describe, expect, it } from 'vitest';
import { PAGES } from '../fixtures/pages.ts';
import { BASELINE_FEED_URL, feedLongTasks, keystrokeLatency } from './perf.ts';
import { useReplicaBrowser } from './use-browser.ts';

const browser = useReplicaBrowser();

describe('busy feed page', () => {
  it('never freezes the tab while typing with the extension loaded', async () => {
    // The page without the extension is measured before and after, for the printed comparison. The bounds only
    // catch a frozen tab: on a two-core machine at load 16 the evaluator's first judgement (about 180 ms of CPU on
    // a quiet machine, `npm run measure`) stretched to single tasks of 1.0–1.9 s, so a bound on milliseconds
    // measures the machine, not Postwacht (the brief: speed is for benchmark scripts, never for timed tests).
    const before = await feedLongTasks(browser(), BASELINE_FEED_URL);
    const withExtension = await feedLongTasks(browser(), PAGES.feed.url);
    const after = await feedLongTasks(browser(), BASELINE_FEED_URL);
    console.log(`feed page, 3 s of typing: with extension ${JSON.stringify(withExtension)}; without, before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`);
    expect(withExtension.typedIntact).toBe(true);
    expect(withExtension.frames).toBeGreaterThan(3);
    expect(withExtension.maxMs).toBeLessThan(5_000);
  });

  it('updates the banner soon after a keystroke on a 3,000-character draft', async () => {
    const lat = await keystrokeLatency(browser(), 3000, 15);
    console.log(`keystroke → banner on 3,000 characters: median ${lat.medianMs} ms, p90 ${lat.p90Ms} ms (${lat.samples.length} keys)`);
    // The banner re-renders only when what it shows changes, so not every key leaves a sample; one is enough here.
    expect(lat.samples.length).toBeGreaterThanOrEqual(1);
    // Only a frozen tab fails here; the median itself is for `npm run measure` on a quiet machine.
    expect(lat.medianMs).toBeLessThan(5_000);
  });

  it('made no network request from the extension', () => {
    expect(browser().extensionRequests()).toEqual([]);
  });
});
