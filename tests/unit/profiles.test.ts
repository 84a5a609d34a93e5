// The protocol as data: two fictional schools with other numbering and wording than CSG Liudger. Findings keep
// their stable codes; labels, titles, wording, which rules run and the disclaimer follow the school's profile.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { translator } from '../../src/i18n/translate.ts';
import { isArticleKey, referencedKeys, resolveArticleRefs } from '../../src/protocol/articles.ts';
import { buildDisclaimer } from '../../src/protocol/disclaimer.ts';
import { evaluate } from '../../src/protocol/evaluate.ts';
import { parseUserSettings } from '../../src/settings/effective.ts';
import { buildManagedSchema } from '../../src/settings/managed-schema.ts';
import { migrate } from '../../src/settings/migrate.ts';
import { parseWithFallback } from '../../src/settings/fallback.ts';
import { LIUDGER_ARTICLES } from '../../src/settings/profile-liudger.ts';
import { DEFAULT_SETTINGS, SCHEMA_VERSION, settingsSchema } from '../../src/settings/schema.ts';
import { settingsFor, WADWIJK_ARTICLES, WADWIJK_PROFILE, ZEVENSTERREN_ARTICLES, ZEVENSTERREN_PROFILE } from '../fixtures/profiles.ts';

const ROOT = join(import.meta.dirname, '../..');
const wadwijk = settingsFor(WADWIJK_PROFILE);
const zevensterren = settingsFor(ZEVENSTERREN_PROFILE);
// Tuesday 1 December 2026, 10:00 in Amsterdam: inside the default lesson hours.
const DURING_LESSONS = Date.UTC(2026, 11, 1, 9, 0);

const byCode = (findings: { code: string; article: string }[]) => Object.fromEntries(findings.map((f) => [f.code, f.article]));

describe('evaluator with a school profile', () => {
  it('labels findings as CSG Liudger does by default', () => {
    const e = evaluate({ text: 'Open dag op CSG Liudger, die conrector is een idioot', now: DURING_LESSONS }, DEFAULT_SETTINGS);
    expect(byCode(e.findings)).toEqual({ 'disclosure-missing': 'C3', 'opinion-missing': 'C4', abusive: 'A8', 'during-lesson': 'A1' });
  });

  it("labels the same findings with another school's numbers, keeping the stable codes", () => {
    const e = evaluate({ text: 'Open dag op Wadwijk College, die conrector is een idioot' }, wadwijk);
    expect(byCode(e.findings)).toEqual({ 'disclosure-missing': 'Art. 3.1', 'opinion-missing': 'Art. 3.2', abusive: 'Art. 2.7' });
    const z = evaluate({ text: 'Mail Femke Bosma op femke.bosma@gmail.com over Lyceum Zevensterren' }, zevensterren);
    expect(z.findings.filter((f) => f.code === 'personal-data').map((f) => f.article)).toEqual(expect.arrayContaining(['§ 6']));
    expect(z.findings.find((f) => f.code === 'disclosure-missing')?.article).toBe('§ 4');
  });

  it("does not run a rule the school's protocol lacks, even when switched on", () => {
    expect(wadwijk.rules.lessonTime).toBe(true);
    const lesson = evaluate({ text: 'Lekker weer vandaag', now: DURING_LESSONS }, wadwijk);
    expect(lesson.findings.map((f) => f.code)).not.toContain('during-lesson');
    expect(evaluate({ text: 'Lekker weer vandaag', now: DURING_LESSONS }, DEFAULT_SETTINGS).findings.map((f) => f.code)).toContain('during-lesson');
    const opinion = evaluate({ text: 'Open dag op Lyceum Zevensterren zaterdag!' }, zevensterren);
    expect(opinion.findings.map((f) => f.code)).toEqual(['disclosure-missing']);
  });

  it('gives an empty label when the profile names no article, and the finding still shows', () => {
    const articles = { ...WADWIJK_ARTICLES, abusive: { ...WADWIJK_ARTICLES.abusive, label: '' } };
    const e = evaluate({ text: 'jij bent een idioot' }, settingsFor({ ...WADWIJK_PROFILE, articles }));
    expect(e.findings.find((f) => f.code === 'abusive')?.article).toBe('');
  });
});

describe('article references in messages', () => {
  it("keeps CSG Liudger's texts exactly as they were", () => {
    const t = translator('nl');
    expect(t('rule_disclosure_detail', ['CSG Liudger'])).toBe('Je bericht gaat over de school. Volgens het protocol (C3) vermeld je dan dat je medewerker bent van CSG Liudger.');
    expect(t('pd_detail')).toMatch(/^Het protocol \(A2, C1\) vraagt/);
    expect(t('popup_rule_disclosure')).toBe('Vraag te vermelden dat ik op school werk (C3/B2)');
    expect(translator('en')('banner_contact', ['your line manager'])).toBe('In doubt? Ask your line manager (B3/B4).');
  });

  it("uses the school's labels, leaves out empty ones and drops a reference with none", () => {
    const w = translator('nl', undefined, WADWIJK_ARTICLES);
    expect(w('rule_disclosure_work_detail', ['Wadwijk College'])).toContain('Volgens het protocol (Art. 3.3, Art. 3.1) vermeld je');
    expect(w('pd_detail')).toMatch(/^Het protocol \(Art\. 2\.4\) vraagt/);
    expect(w('popup_rule_personalData')).toBe('Persoonsgegevens van leerlingen, ouders en collega’s (Art. 2.4)');
    const bare = translator('en', undefined, { ...WADWIJK_ARTICLES, abusive: { ...WADWIJK_ARTICLES.abusive, label: '' } });
    expect(bare('banner_mark_abusive')).toBe('May hurt or threaten someone');
    const z = translator('en', undefined, ZEVENSTERREN_ARTICLES);
    expect(z('banner_report', ['the mentor'])).toBe('Report (§ 12): the mentor.');
  });

  it('never reads a label as a placeholder', () => {
    const t = translator('nl', undefined, { ...LIUDGER_ARTICLES, disclosure: { ...LIUDGER_ARTICLES.disclosure, label: '$1 $$' } });
    expect(t('rule_disclosure_detail', ['X'])).toContain('Volgens het protocol ($1 $$) vermeld je dan dat je medewerker bent van X.');
    expect(resolveArticleRefs('a{art:nope}b{art:report}', LIUDGER_ARTICLES)).toBe('ab (A9)');
  });

  it('refer only to known articles, the same ones in Dutch and English', () => {
    const load = (lang: string) => JSON.parse(readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
    const nl = load('nl');
    const en = load('en');
    const refs = (m: Record<string, { message: string }>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, referencedKeys(v.message).sort()]));
    expect(refs(en)).toEqual(refs(nl));
    const all = Object.values(refs(nl)).flat();
    expect(all.length).toBeGreaterThan(20);
    expect(all.filter((k) => !isArticleKey(k))).toEqual([]);
    // No article number written into a message: a school's own labels could never replace it.
    expect(Object.entries(nl).filter(([, v]) => /\([ABC][1-9]\b/.test(v.message)).map(([k]) => k)).toEqual([]);
  });
});

describe('disclaimer with a school profile', () => {
  it('asks only what the protocol asks: no opinion sentence where it has no such article', () => {
    expect(buildDisclaimer(zevensterren, 'nl')).toBe('Ik werk als docent bij Lyceum Zevensterren.');
    expect(buildDisclaimer(zevensterren, 'nl', 'x')).toBe('Ik werk als docent bij Lyceum Zevensterren.');
    expect(buildDisclaimer(wadwijk, 'en', 'facebook')).toBe(
      'I work at Wadwijk College. This is my personal opinion, written in a personal capacity, and separate from the mission and vision of Wadwijk College.',
    );
    const noDisclosure = settingsFor({ ...WADWIJK_PROFILE, articles: { ...WADWIJK_ARTICLES, disclosure: { ...WADWIJK_ARTICLES.disclosure, inProtocol: false } } });
    expect(buildDisclaimer(noDisclosure, 'nl', 'x')).toBe('Dit is mijn persoonlijke mening, op persoonlijke titel geschreven; die staat los van de missie en visie van Wadwijk College.');
    expect(buildDisclaimer(DEFAULT_SETTINGS, 'nl', 'x')).toBe('Docent bij CSG Liudger; persoonlijke mening, niet namens de school.');
  });
});

describe('CLI with a school profile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'postwacht-profiles-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => vi.restoreAllMocks());

  const run = (args: string[]) => {
    let out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const status = main(args);
    vi.restoreAllMocks();
    return { status, out };
  };
  const file = (name: string, school: object) => {
    const p = join(dir, name);
    writeFileSync(p, JSON.stringify({ schemaVersion: SCHEMA_VERSION, school }));
    return p;
  };

  it("prints the school's labels, titles and wording", () => {
    const w = file('wadwijk.json', WADWIJK_PROFILE);
    const nl = run(['check', '--settings', w, '--lang', 'nl', 'Open dag op Wadwijk College, die conrector is een idioot']);
    expect(nl.status).toBe(0);
    expect(nl.out).toContain('[Art. 2.7] fout: Respectvol online');
    expect(nl.out).toContain('Artikel 2.7: geen scheldwoorden, dreigementen of pesterijen.');
    expect(nl.out).toContain('[Art. 3.1]');
    expect(nl.out).toContain('Vermeld je band met Wadwijk College');
    expect(nl.out).not.toMatch(/\[(?:C3|C4|A8)\]/);
    const en = run(['check', '--settings', w, '--lang', 'en', 'Open day at Wadwijk College']);
    expect(en.out).toContain('State your link with Wadwijk College');
    expect(en.out).toContain('Article 3.1: staff who write about Wadwijk College say that they work for the school.');
  });

  it("keeps Postwacht's wording with the school's labels, and tools get the labels in --jsonl", () => {
    const z = file('zevensterren.json', ZEVENSTERREN_PROFILE);
    const out = run(['check', '--settings', z, '--lang', 'nl', 'Open dag op Lyceum Zevensterren']).out;
    expect(out).toContain('[§ 4]');
    expect(out).toContain('Volgens het protocol (§ 4) vermeld je dan');
    expect(out).not.toContain('persoonlijke mening');
    const input = join(dir, 'drafts.jsonl');
    writeFileSync(input, '{"id":1,"text":"Open dag op Lyceum Zevensterren"}\n');
    const line = JSON.parse(run(['check', '--settings', z, '--jsonl', input]).out);
    expect(line.findings).toEqual([{ article: '§ 4', code: 'disclosure-missing', severity: 'warning' }]);
    expect(run(['disclaimer', '--settings', z, '--lang', 'en', '--site', 'x']).out).toBe('I work at Lyceum Zevensterren.\n');
  });
});

describe('settings: the articles in the profile', () => {
  it('an invalid article field falls back alone', () => {
    const school = { ...WADWIJK_PROFILE, articles: { ...WADWIJK_ARTICLES, abusive: { ...WADWIJK_ARTICLES.abusive, label: 'x'.repeat(40), inProtocol: 'ja' } } };
    const r = parseWithFallback(settingsSchema, DEFAULT_SETTINGS, { ...DEFAULT_SETTINGS, school });
    expect(r.fallbacks.sort()).toEqual(['school.articles.abusive.inProtocol', 'school.articles.abusive.label']);
    expect(r.value.school.articles.abusive.label).toBe('A8');
    expect(r.value.school.articles.abusive.title.nl).toBe('Respectvol online');
    expect(r.value.school.articles.disclosure.label).toBe('Art. 3.1');
  });

  it('version 3 settings migrate to the current version with CSG Liudger\'s articles', () => {
    const v3 = { schemaVersion: 3, role: 'medewerker', school: { name: 'CSG Liudger' } };
    expect(migrate(v3)?.data.schemaVersion).toBe(SCHEMA_VERSION);
    const parsed = parseUserSettings(v3);
    expect(parsed.settings.school.articles).toEqual(LIUDGER_ARTICLES);
    expect(parsed.fallbacks).toEqual([]);
  });

  it('the managed policy schema lets IT set every article field', () => {
    const schema = buildManagedSchema() as { properties: { school: { properties: { articles: { properties: Record<string, { properties: Record<string, unknown> }> } } } } };
    const articles = schema.properties.school.properties.articles.properties;
    expect(Object.keys(articles).sort()).toEqual(Object.keys(LIUDGER_ARTICLES).sort());
    expect(Object.keys(articles.disclosure!.properties).sort()).toEqual(['inProtocol', 'label', 'text', 'title']);
    expect(articles.report!.properties).toEqual({ label: { type: 'string' } });
  });
});
