import { describe, expect, it } from 'vitest';
import { fieldSchema, formatLessonHours, parseLessonHours, parseList, withField } from '../../../src/settings/form.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema.ts';

describe('popup form helpers', () => {
  it('parses and formats lesson hours', () => {
    expect(parseLessonHours('8.30-12:00, 12:30 – 16:15')).toEqual([
      { start: '08:30', end: '12:00' },
      { start: '12:30', end: '16:15' },
    ]);
    expect(parseLessonHours('')).toEqual([]);
    expect(formatLessonHours(DEFAULT_SETTINGS.lessonHours.mon)).toBe('08:30-16:15');
    for (const bad of ['8-12', '12:00-08:00', '25:00-26:00', 'morning']) expect(parseLessonHours(bad)).toBeUndefined();
    // 25:00 passes the pattern, so the schema must catch it when stored
    expect(withField(DEFAULT_SETTINGS, 'lessonHours.mon', [{ start: '09:00', end: '25:00' }])).toBeUndefined();
  });

  it('parses lists', () => {
    expect(parseList(' Liudger, csg liudger ,,\nDrachten ')).toEqual(['Liudger', 'csg liudger', 'Drachten']);
  });

  it('sets a valid field and refuses an invalid one', () => {
    expect(withField(DEFAULT_SETTINGS, 'school.reportUrl', 'https://example.org/melden')?.school.reportUrl).toBe('https://example.org/melden');
    expect(withField(DEFAULT_SETTINGS, 'school.reportUrl', 'javascript:alert(1)')).toBeUndefined();
    expect(withField(DEFAULT_SETTINGS, 'role', 'rector')).toBeUndefined();
    expect(withField(DEFAULT_SETTINGS, 'nonsense.path', 1)).toBeUndefined();
    expect(fieldSchema('school.disclaimers.en.short')).toBeDefined();
  });
});
