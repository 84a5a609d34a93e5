// The cold first banner as a timeline: a Chromium trace (CDP Tracing) of a fresh replica page from the focus of its
// composer to the first banner, input at once after focus as `npm run measure` does. Prints the renderer main
// thread's top-level tasks (and V8's compile and module events) with their start relative to the first input,
// so the waits between them show. Run: tsx scripts/trace-first-banner.ts <extension dir> [runs]
import { launchExtension } from '../tests/e2e/harness.ts';
import { firstBannerMarks, focusComposer, openForFirstBanner, typeUntilFirstBanner } from '../tests/e2e/perf.ts';
import { serveReplicas } from '../tests/e2e/replica.ts';

interface Ev {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

const ext = process.argv[2]!;
const runs = Number(process.argv[3] ?? 1);
const h = await launchExtension({ extensionDir: ext });
try {
  await serveReplicas(h);
  for (let r = 0; r < runs; r++) {
    const page = await openForFirstBanner(h, { stamps: true });
    const cdp = await h.context.newCDPSession(page);
    const events: Ev[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as Ev[])));
    const done = new Promise<void>((res) => cdp.once('Tracing.tracingComplete', () => res()));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'v8.execute', 'loading', 'blink', 'disabled-by-default-devtools.timeline', 'toplevel', 'extensions', 'ipc'] },
      transferMode: 'ReportEvents',
    } as never);
    await page.evaluate(`console.timeStamp('before-focus')`);
    await focusComposer(page);
    await typeUntilFirstBanner(page);
    await cdp.send('Tracing.end');
    await done;
    const marks = await firstBannerMarks(page);
    const stamp = (m: string) => events.find((e) => e.name === 'TimeStamp' && (e.args?.data as { message?: string })?.message === m);
    const input = stamp('first-input')!;
    const focusAt = stamp('before-focus');
    const banner = stamp('first-banner');
    const main = events.filter((e) => e.pid === input.pid && e.tid === input.tid);
    console.log(`\nrun ${r}: first banner ${marks.ms.toFixed(0)} ms after input; focus at ${focusAt ? ((focusAt.ts - input.ts) / 1000).toFixed(1) : '?'} ms`);
    const interesting = /^(v8\.|V8\.|EvaluateScript|FunctionCall|TimerFire|FireAnimationFrame|EventDispatch|RunTask|ThreadControllerImpl::RunTask|Layout|UpdateLayoutTree|Paint|ParseHTML|ResourceSendRequest|ResourceReceiveResponse|ResourceFinish|ScriptCompiled|v8.run|MajorGC|MinorGC|BlinkGC|ScheduledAction|Document::updateStyle)/;
    const end = (banner?.ts ?? input.ts + 2e6) + 5000;
    const start = (focusAt?.ts ?? input.ts) - 2000;
    const shown = main
      .filter((e) => e.ts >= start && e.ts <= end && (e.ph === 'X' || e.ph === 'I' || e.ph === 'i' || e.ph === 'R'))
      .filter((e) => ((e.dur ?? 0) >= 1500 && interesting.test(e.name)) || /^(ResourceSendRequest|ResourceFinish|ResourceReceiveResponse|TimeStamp)$/.test(e.name) || /compileModule|evaluateModule|ModuleScript|v8.compile/.test(e.name))
      .sort((a, b) => a.ts - b.ts);
    for (const e of shown) {
      const data = (e.args?.data ?? e.args) as Record<string, unknown> | undefined;
      const what = String(data?.url ?? data?.fileName ?? data?.message ?? data?.type ?? data?.functionName ?? '').replace(/^chrome-extension:\/\/[^/]+\//, 'ext:').slice(0, 70);
      console.log(`${((e.ts - input.ts) / 1000).toFixed(1).padStart(8)} ms  ${e.dur ? `${(e.dur / 1000).toFixed(1).padStart(6)} ms` : '         '}  ${e.name} ${what}`);
    }
    // Off the main thread: V8's background compile and the module's fetch.
    const off = events.filter((e) => e.ts >= start && e.ts <= end && e.tid !== input.tid && /compile|Stream|parseOnBackground|ScriptStreamer|ResourceLoad|ExtensionURLLoader|URLLoader/i.test(e.name) && (e.dur ?? 0) >= 500);
    for (const e of off.slice(0, 15)) console.log(`  [tid ${e.tid}] ${((e.ts - input.ts) / 1000).toFixed(1).padStart(8)} ms ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms ${e.name}`);
    await cdp.detach();
    await page.close();
  }
} finally {
  await h.close();
}
