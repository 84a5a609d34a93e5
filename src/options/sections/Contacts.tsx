// Whom to turn to (B3/B4), where to report (A9), and the links the popup and the banner show.
import { Section, TextField } from '../fields.tsx';
import type { Form } from '../form.ts';
import { LANGS, LANG_LABELS } from '../langs.ts';

export function Contacts({ form }: { form: Form }) {
  const { t } = form;
  return (
    <Section id="contacts" title={t('options_section_contacts')}>
      {LANGS.map((l) => (
        <fieldset key={l}>
          <legend>{t('popup_profile_texts_heading', [t(LANG_LABELS[l])])}</legend>
          <TextField form={form} path={`school.escalationContact.${l}`} label={t('popup_school_escalationContact')} lang={l} />
          <TextField form={form} path={`school.reportTo.${l}`} label={t('popup_school_reportTo')} lang={l} />
        </fieldset>
      ))}
      <TextField form={form} path="school.escalationEmail" label={t('popup_school_escalationEmail')} />
      <TextField form={form} path="school.reportUrl" label={t('popup_school_reportUrl')} />
      <TextField form={form} path="school.protocolUrl" label={t('popup_school_protocolUrl')} />
      <TextField form={form} path="school.consentUrl" label={t('popup_school_consentUrl')} />
    </Section>
  );
}
