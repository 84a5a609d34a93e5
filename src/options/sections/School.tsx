// How people refer to the school: a draft that mentions any of these is about the school (C3/C4).
import { ListField, Section, TextField } from '../fields.tsx';
import type { Form } from '../form.ts';

export function School({ form }: { form: Form }) {
  const { t } = form;
  return (
    <Section id="school" title={t('options_section_school')}>
      <p class="hint">{t('options_school_hint')}</p>
      <TextField form={form} path="school.name" label={t('popup_school_name')} />
      <ListField form={form} path="school.aliases" label={t('popup_school_aliases')} />
      <ListField form={form} path="school.handles" label={t('popup_school_handles')} />
      <ListField form={form} path="school.hashtags" label={t('popup_school_hashtags')} />
      <ListField form={form} path="school.domains" label={t('popup_school_domains')} />
      <ListField form={form} path="school.locations" label={t('popup_school_locations')} />
    </Section>
  );
}
