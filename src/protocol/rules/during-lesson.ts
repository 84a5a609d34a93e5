// A1: no social media during lessons. A gentle reminder for staff during the lesson hours in the settings, and
// for pupils during school hours, in their own terms. Needs `draft.now`; without it the rule stays silent.
import { report, type Rule } from '../rule.ts';
import type { RuleMeta, Settings } from '../types.ts';

export const meta: RuleMeta = {
  code: 'during-lesson',
  article: 'A1',
  severity: 'info',
  messageKeys: ['rule_during_lesson_title', 'rule_during_lesson_detail', 'rule_during_lesson_pupil_title', 'rule_during_lesson_pupil_detail'],
  setting: 'lessonTime',
};

const DAYS: Record<string, keyof Settings['lessonHours']> = {
  Mon: 'mon', Tue: 'tue', Wed: 'wed', Thu: 'thu', Fri: 'fri', Sat: 'sat', Sun: 'sun',
};

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatter(timeZone: string): Intl.DateTimeFormat | null {
  if (!formatters.has(timeZone)) {
    let f: Intl.DateTimeFormat | null = null;
    try {
      f = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    } catch {
      // An unknown zone from corrupt settings: the caller falls back to the school's default zone.
    }
    formatters.set(timeZone, f);
  }
  return formatters.get(timeZone)!;
}

/** Weekday and minutes since midnight of `now` in `timeZone` (Europe/Amsterdam when the zone is unknown). */
export function localTime(now: number, timeZone: string): { day: keyof Settings['lessonHours']; minutes: number } | null {
  const f = formatter(timeZone) ?? formatter('Europe/Amsterdam');
  if (!f || !Number.isFinite(now)) return null;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = f.formatToParts(now);
  } catch {
    return null;
  }
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  const day = DAYS[get('weekday')];
  const minutes = Number(get('hour')) * 60 + Number(get('minute'));
  return day && Number.isFinite(minutes) ? { day, minutes } : null;
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Is `now` inside one of the lesson blocks set for its weekday? */
export function inLessonHours(now: number, settings: Settings): boolean {
  const t = localTime(now, settings.timeZone);
  if (!t) return false;
  return (settings.lessonHours[t.day] ?? []).some((b) => toMinutes(b.start) <= t.minutes && t.minutes < toMinutes(b.end));
}

export const duringLessonRule: Rule = {
  meta,
  check({ draft, settings }) {
    if (draft.now === undefined || settings.role === 'ouder') return [];
    if (!inLessonHours(draft.now, settings)) return [];
    return settings.role === 'leerling'
      ? [report(meta, { messageKey: 'rule_during_lesson_pupil_title', detailKey: 'rule_during_lesson_pupil_detail' })]
      : [report(meta, { detailKey: 'rule_during_lesson_detail' })];
  },
};
