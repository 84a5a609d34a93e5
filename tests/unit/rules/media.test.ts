import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/protocol/evaluate.ts';
import { inLessonHours } from '../../../src/protocol/rules/during-lesson.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/schema.ts';
import { has, parent, pupil, staff } from './helpers.ts';

describe('A5 media consent', () => {
  it('reminds on a school-related draft with photos or videos', () => {
    expect(has({ text: 'Sportdag op Liudger!', media: { photos: 3 } }, 'media-consent')).toBe(true);
    expect(has({ text: 'Mijn klas op excursie', media: { videos: 1 } }, 'media-consent')).toBe(true);
  });
  it('reminds on any post with media on an official channel', () => {
    const official: Settings = { ...staff, accounts: { ...staff.accounts, instagram: 'official' } };
    expect(has({ text: 'Mooie dag!', site: 'instagram', media: { photos: 1 } }, 'media-consent', official)).toBe(true);
  });
  it('is silent without media or on an unrelated private post', () => {
    expect(has({ text: 'Sportdag op Liudger!' }, 'media-consent')).toBe(false);
    expect(has({ text: 'Vakantie!', media: { photos: 5 } }, 'media-consent')).toBe(false);
  });
  it('links to the consent information', () => {
    const f = evaluate({ text: 'Sportdag op Liudger!', media: { photos: 1 } }, staff).findings.find((x) => x.code === 'media-consent')!;
    expect(f.messageArgs).toEqual([staff.school.consentUrl]);
  });
});

// 2025-03-12 is a Wednesday; 09:00 in Amsterdam (CET, UTC+1) is 08:00 UTC.
const WED_0900 = Date.UTC(2025, 2, 12, 8, 0);
const WED_2000 = Date.UTC(2025, 2, 12, 19, 0);
const SAT_1000 = Date.UTC(2025, 2, 15, 9, 0);
// 2025-07-02 (summer time, UTC+2): 08:20 local is before the 08:30 start, 08:40 is after.
const SUMMER_0820 = Date.UTC(2025, 6, 2, 6, 20);
const SUMMER_0840 = Date.UTC(2025, 6, 2, 6, 40);

describe('A1 during lesson', () => {
  it('uses the school time zone and weekday, including summer time', () => {
    expect(inLessonHours(WED_0900, staff)).toBe(true);
    expect(inLessonHours(WED_2000, staff)).toBe(false);
    expect(inLessonHours(SAT_1000, staff)).toBe(false);
    expect(inLessonHours(SUMMER_0820, staff)).toBe(false);
    expect(inLessonHours(SUMMER_0840, staff)).toBe(true);
  });
  it('reminds staff gently and pupils in their own words', () => {
    const s = evaluate({ text: 'hoi', now: WED_0900 }, staff).findings.find((f) => f.code === 'during-lesson')!;
    expect(s.severity).toBe('info');
    expect(s.messageKey).toBe('rule_during_lesson_title');
    const p = evaluate({ text: 'hoi', now: WED_0900 }, pupil).findings.find((f) => f.code === 'during-lesson')!;
    expect(p.messageKey).toBe('rule_during_lesson_pupil_title');
    expect(has({ text: 'hoi', now: WED_0900 }, 'during-lesson', parent)).toBe(false);
  });
  it('is silent without a time, outside hours, and with a broken time zone falls back to the school default', () => {
    expect(has({ text: 'hoi' }, 'during-lesson')).toBe(false);
    expect(has({ text: 'hoi', now: WED_2000 }, 'during-lesson')).toBe(false);
    expect(inLessonHours(WED_0900, { ...staff, timeZone: 'Nowhere/Atlantis' })).toBe(true);
    expect(inLessonHours(Number.NaN, staff)).toBe(false);
  });
});

describe('A7 lesson recording', () => {
  it('warns pupils and parents about recording lessons', () => {
    expect(has('Ik heb de online les van meneer opgenomen haha', 'lesson-recording', pupil)).toBe(true);
    expect(has('Filmed the whole lesson lol', 'lesson-recording', pupil)).toBe(true);
    expect(has({ text: 'kijk dit', media: { screenRecording: true, videos: 1 } }, 'lesson-recording', parent)).toBe(true);
    const f = evaluate({ text: 'De teams-les opgenomen' }, parent).findings.find((x) => x.code === 'lesson-recording')!;
    expect(f.detailKey).toBe('rule_lesson_recording_parent_detail');
  });
  it('is silent for staff and for unrelated recordings', () => {
    expect(has('Ik heb de online les opgenomen', 'lesson-recording', staff)).toBe(false);
    expect(has('Nieuw nummer opgenomen in de studio', 'lesson-recording', pupil)).toBe(false);
  });
});

describe('photo metadata', () => {
  it('warns when a photo carries GPS or an owner name', () => {
    const gps = evaluate({ text: 'x', media: { photos: 2, photoMetadata: [{ gps: true }, {}] } }, DEFAULT_SETTINGS).findings.find((f) => f.code === 'photo-metadata')!;
    expect(gps.detailKey).toBe('rule_photo_metadata_gps_detail');
    expect(gps.article).toBe('A2');
    const both = evaluate({ text: 'x', media: { photos: 2, photoMetadata: [{ gps: true }, { owner: true }] } }, DEFAULT_SETTINGS).findings.find((f) => f.code === 'photo-metadata')!;
    expect(both.detailKey).toBe('rule_photo_metadata_both_detail');
    expect(both.messageArgs).toEqual(['2']);
    expect(has({ text: 'x', media: { photos: 1, photoMetadata: [{ owner: true }] } }, 'photo-metadata')).toBe(true);
    expect(has({ text: 'x', media: { photos: 1, photoMetadata: [{}] } }, 'photo-metadata')).toBe(false);
  });
});
