// Lesson hours per weekday in school time (A1), and the school's time zone.
import { DAY_LABELS } from '../../i18n/labels.ts';
import { WEEKDAYS } from '../../settings/schema.ts';
import { LessonField, Section, TextField } from '../fields.tsx';
import type { Form } from '../form.ts';

export function Lessons({ form }: { form: Form }) {
  const { t } = form;
  return (
    <Section id="lessons" title={t('popup_section_lessons')}>
      <p class="hint">{t('popup_lessons_hint')}</p>
      {WEEKDAYS.map((day) => (
        <LessonField key={day} form={form} path={`lessonHours.${day}`} label={t(DAY_LABELS[day])} />
      ))}
      <TextField form={form} path="timeZone" label={t('options_timezone')} hint={t('options_timezone_hint')} />
    </Section>
  );
}
