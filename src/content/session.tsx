// One compose box being watched: reads its draft after a pause in typing, evaluates it, and renders the banner
// beside it. Watches only this editor (a MutationObserver on its own subtree and its input events), never the
// whole page, and lets go of everything through its AbortSignal when the editor leaves the page.
import { render } from 'preact';
import { buildDisclaimer, appendDisclaimerEdit } from '../protocol/disclaimer.ts';
import { evaluate } from '../protocol/evaluate.ts';
import { evaluateSliced, isWarm } from './evaluate-sliced.ts';
import type { Evaluation, Finding } from '../protocol/types.ts';
import type { Settings } from '../settings/schema.ts';
import { anchorOf, readText } from '../sites/editor.ts';
import type { EditableElement, SiteAdapter } from '../sites/types.ts';
import { Banner, findingLabel, type Notice } from './banner/Banner.tsx';
import { Highlights } from './highlights.ts';
import { translator } from '../i18n/translate.ts';
import { articlesOf } from '../protocol/articles.ts';
import { BannerHost } from './banner/host.ts';
import { insertAtEnd, watchEdits } from './insert.ts';
import { MediaWatch } from './media.ts';
import { reportFindings } from './tab-state.ts';
import { chatToJudge } from './chat-gate.ts';
import { isPaused, onSettings, settingsNow, siteEnabled, uiLang } from './settings-live.ts';

const DISCLAIMER_CODES = new Set(['disclosure-missing', 'opinion-missing']);
/** Above this evaluation time, wait for a real pause in typing instead of evaluating every frame. */
const SLOW_EVALUATION_MS = 8;
const PAUSE_MS = 150;
/** Even in slow mode, a person who types without pausing sees the banner follow at least this often. */
const MAX_WAIT_MS = 600;

const itemKey = (f: Finding) => `${f.category ?? ''}\u0000${(f.text ?? '').trim().toLowerCase()}`;

export class ComposeSession {
  private readonly controller = new AbortController();
  readonly signal = this.controller.signal;
  private readonly banner: BannerHost;
  private frameRequested = 0;
  private pauseTimer: ReturnType<typeof setTimeout> | undefined;
  private resumeTimer: ReturnType<typeof setTimeout> | undefined;
  private lastCost = 0;
  /** Counts runs, so the result of a sliced (cold) evaluation is dropped once any later run has painted. */
  private runs = 0;
  private pendingSince = 0;
  /** When the person last edited the draft, key presses included (for the editors' undo grouping). */
  private readonly lastEditAt: () => number;
  private rev = 0;
  private text = '';
  private evaluation: Evaluation | undefined;
  // Per-draft choices: "not about the school" and ignored personal-data items. Cleared when the draft is
  // emptied (posted or discarded), so the next draft in the same box starts fresh.
  private notRelated = false;
  private ignored = new Set<string>();
  private notice: Notice | undefined;
  private busy = false;
  /** The settings the current evaluation was made with. */
  private evaluatedWith: Settings | undefined;
  private readonly mediaWatch: MediaWatch;
  private readonly highlights: Highlights;

  constructor(
    readonly adapter: SiteAdapter,
    readonly editor: EditableElement,
    parent: AbortSignal,
  ) {
    parent.addEventListener('abort', () => this.dispose(), { once: true, signal: this.signal });
    // A session whose editor left the page tears its banner down at once: a site that replaces the textarea with a
    // new node would otherwise show two banners (the new session's and this one) until the next sweep. The banner
    // host sees its anchor's parent change; the editor's own parent is watched for an editor replaced in place.
    const gone = () => {
      if (!this.editor.isConnected) this.dispose();
    };
    this.banner = new BannerHost(() => (this.editor.isConnected ? anchorOf(this.adapter, this.editor) : null), this.signal, gone, Boolean(adapter.chat));
    const schedule = () => this.schedule();
    this.lastEditAt = watchEdits(editor, this.signal);
    for (const type of ['input', 'paste', 'cut', 'drop', 'compositionend'] as const) editor.addEventListener(type, schedule, { signal: this.signal });
    // Changes that come without input events (the site clearing the box after posting, programmatic edits).
    const observer = new MutationObserver(schedule);
    observer.observe(editor, { childList: true, characterData: true, subtree: true });
    const leaving = new MutationObserver(gone);
    if (editor.parentNode) leaving.observe(editor.parentNode, { childList: true });
    this.signal.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        leaving.disconnect();
      },
      { once: true },
    );
    onSettings(() => this.schedule(true), this.signal);
    // A chat site may keep the same box when the person opens another chat: look at the chat again on focus.
    if (adapter.chat) editor.addEventListener('focus', () => this.schedule(true), { signal: this.signal });
    this.highlights = new Highlights(editor, this.signal, (f) => this.ignore(f));
    this.mediaWatch = new MediaWatch(adapter, editor, this.signal, () => this.schedule(true));
    this.schedule(true);
  }

  get disposed(): boolean {
    return this.signal.aborted;
  }

  dispose(): void {
    if (this.signal.aborted) return;
    cancelAnimationFrame(this.frameRequested);
    clearTimeout(this.pauseTimer);
    clearTimeout(this.resumeTimer);
    render(null, this.banner.mount);
    reportFindings(this, false);
    this.controller.abort();
  }

  /**
   * Evaluates on the next frame after the latest change (so at most once per frame while typing), or after a
   * short pause when the previous evaluation was slow (a huge paste), so typing never stutters.
   */
  schedule(now = false): void {
    if (this.disposed) return;
    if (!this.editor.isConnected) return this.dispose();
    cancelAnimationFrame(this.frameRequested);
    clearTimeout(this.pauseTimer);
    if (this.lastCost > SLOW_EVALUATION_MS && !now) {
      const t = performance.now();
      if (!this.pendingSince) this.pendingSince = t;
      const wait = Math.min(PAUSE_MS, Math.max(0, this.pendingSince + MAX_WAIT_MS - t));
      this.pauseTimer = setTimeout(() => this.run(), wait);
      return;
    }
    this.frameRequested = requestAnimationFrame(() => this.run());
  }

  private run(): void {
    this.pendingSince = 0;
    if (this.disposed) return;
    if (!this.editor.isConnected) return this.dispose();
    const settings = settingsNow();
    // No published settings yet (first moments after install): judge nothing rather than guess.
    if (!settings) return;
    const run = ++this.runs;
    const t0 = performance.now();
    // A chat's box is judged only in a class or parents' group (B1); in any other chat Postwacht leaves no trace.
    const chat = chatToJudge(this.adapter, settings);
    if (chat === null) return this.leaveAlone();
    // A site switched off (popup or policy) is left alone the same way, until it is on again.
    if (!siteEnabled(settings, this.adapter.site)) return this.leaveAlone();
    const text = readText(this.editor);
    if (text !== this.text && this.notice !== 'copied' && this.notice !== 'copy-failed') this.notice = undefined;
    if (!text.trim()) {
      this.notRelated = false;
      this.ignored.clear();
    }
    this.text = text;
    const media = this.mediaWatch.current();
    // A photo or video alone is judged too (consent, hidden location): X and Instagram posts need no text.
    if (isPaused(settings) || (!text.trim() && !this.mediaWatch.hasMedia())) {
      this.evaluation = undefined;
      this.paint(settings, []);
      if (isPaused(settings)) this.resumeAt(settings.pausedUntil);
      return;
    }
    // evaluate() judges at most MAX_CHECKED_CHARS of a giant draft (and of its normalised text) and says where it
    // stopped, for the banner to tell.
    const draft = { text, site: this.adapter.site, media, now: Date.now(), ...(chat ? { chat } : {}) };
    if (!isWarm(text)) {
      // Cold evaluator: rule by rule in separate tasks. Any later run supersedes this one — also a warm one
      // that finished first (new media metadata, new settings), whose result this stale one must not overwrite.
      // The first pass (everything but personal data and the lesson-time reminder) is painted as soon as it is
      // ready, for a first banner within issue 14's 150 ms; the full result replaces it (evaluate-sliced.ts).
      const show = (ev: Evaluation) => {
        if (run !== this.runs || this.disposed || this.text !== text) return;
        this.evaluation = ev;
        this.evaluatedWith = settings;
        this.paint(settings, this.visibleFindings());
      };
      evaluateSliced(draft, settings, show).then(show, (err) => console.warn('Postwacht: evaluation failed', err));
      return;
    }
    try {
      this.evaluation = evaluate(draft, settings);
      this.evaluatedWith = settings;
    } catch (err) {
      // A bug in a rule must never break the page or the person's typing: show nothing for this draft.
      console.warn('Postwacht: evaluation failed', err);
      this.evaluation = undefined;
    }
    this.lastCost = performance.now() - t0;
    this.paint(settings, this.visibleFindings());
  }

  /**
   * Not a chat Postwacht judges, or a site switched off: no evaluation, no banner host, no marks, and the popup
   * counts no findings.
   */
  private leaveAlone(): void {
    this.evaluation = undefined;
    this.text = '';
    this.notRelated = false;
    this.ignored.clear();
    render(null, this.banner.mount);
    this.banner.detach();
    this.highlights.set([], { label: () => '', ignore: '' });
    reportFindings(this, false);
  }

  private resumeAt(until: number): void {
    clearTimeout(this.resumeTimer);
    const wait = Math.min(Math.max(until - Date.now(), 0) + 50, 2 ** 31 - 1);
    this.resumeTimer = setTimeout(() => this.schedule(true), wait);
  }

  private visibleFindings(): Finding[] {
    const findings = this.evaluation?.findings ?? [];
    return findings.filter((f) => {
      if (this.notRelated && DISCLAIMER_CODES.has(f.code)) return false;
      if (f.code === 'personal-data' && this.ignored.has(itemKey(f))) return false;
      return true;
    });
  }

  private paint(settings: Settings, findings: Finding[]): void {
    if (!this.banner.attach()) return;
    this.rev++;
    reportFindings(this, findings.length > 0);
    render(
      <Banner
        lang={uiLang(settings)}
        settings={settings}
        site={this.adapter.site}
        findings={findings}
        notice={this.notice}
        truncatedAt={this.evaluation?.truncatedAt}
        busy={this.busy}
        rev={this.rev}
        onInsert={() => void this.insertDisclaimer()}
        onNotRelated={() => {
          this.notRelated = true;
          this.schedule(true);
          this.editor.focus({ preventScroll: true });
        }}
        onIgnore={(f) => this.ignore(f)}
      />,
      this.banner.mount,
    );
    const t = translator(uiLang(settings), undefined, articlesOf(settings));
    this.highlights.set(findings, { label: (f) => findingLabel(t, f), ignore: t('banner_action_ignore') });
  }

  /** "Negeren" on one personal-data item, from the banner or from its mark in the text: for this draft only. */
  private ignore(f: Finding): void {
    this.ignored.add(itemKey(f));
    this.schedule(true);
  }

  /** The text to append: the rule's own fix when it carries one, else the disclaimer built for this draft. */
  private disclaimerInsertion(text: string): string {
    const settings = settingsNow();
    if (!settings) return '';
    const fresh = this.evaluatedWith === settings;
    for (const f of fresh ? (this.evaluation?.findings ?? []) : []) {
      if (!DISCLAIMER_CODES.has(f.code)) continue;
      const edit = f.fixes?.flatMap((fix) => fix.edits).find((e) => e.start === text.length && e.end === text.length);
      if (edit) return edit.text;
    }
    return appendDisclaimerEdit(text, buildDisclaimer(settings, this.evaluation?.lang ?? uiLang(settings), this.adapter.site)).text;
  }

  private async insertDisclaimer(): Promise<void> {
    if (this.busy) return;
    let insertion = '';
    this.busy = true;
    try {
      const text = readText(this.editor);
      // The last evaluation may predate a settings change that has not been painted yet (the function was just
      // edited in the popup): judge again now, so the inserted disclaimer is the one for the current settings.
      const settings = settingsNow();
      if (settings && (settings !== this.evaluatedWith || text !== this.text)) this.run();
      insertion = this.disclaimerInsertion(text);
      this.notice = insertion.trim() ? await this.insertOnce(insertion) : 'copy-failed';
    } catch (err) {
      // A click must never end in silence: whatever went wrong, the person learns whether the disclaimer is in the
      // draft, and if it is not, gets it on the clipboard.
      console.warn('Postwacht: inserting the disclaimer failed', err);
      const now = this.editor.isConnected ? readText(this.editor) : '';
      if (insertion.trim() && now.includes(insertion.trim())) this.notice = 'inserted-check';
      else this.notice = insertion.trim() && (await this.banner.copy(insertion).catch(() => false)) ? 'copied' : 'copy-failed';
    } finally {
      this.busy = false;
      // The draft as it is now is the baseline: the notice stays until the person edits again.
      if (this.editor.isConnected) this.text = readText(this.editor);
      this.schedule(true);
    }
  }

  /** One insertion through the editor, and the notice for what came of it. */
  private async insertOnce(insertion: string): Promise<Notice> {
    const { outcome } = await insertAtEnd(this.editor, insertion, this.lastEditAt);
    if (outcome === 'ok') return 'inserted';
    if (outcome === 'gone') return 'gone';
    // The disclaimer is in, once, but the draft differs elsewhere too (the person typed meanwhile, or the editor
    // reformatted): offering it on the clipboard now would invite a second copy.
    if (outcome === 'changed') return 'inserted-check';
    if (outcome === 'duplicated') return 'duplicated';
    return (await this.banner.copy(insertion)) ? 'copied' : 'copy-failed';
  }
}
