// The school's protocol as data: per rule whether the protocol has it, its article label, and its own title and
// wording per language; then the labels of the articles the texts only refer to.
import { REFERENCE_KEYS, RULE_KEYS, type ReferenceKey } from '../../settings/schema.ts';
import { CheckField, Section, TextField } from '../fields.tsx';
import type { Form } from '../form.ts';
import { LANGS, LANG_LABELS } from '../langs.ts';
import { RULE_LABELS } from '../../i18n/labels.ts';

const REFERENCE_LABELS: Record<ReferenceKey, string> = {
  workContext: 'popup_article_ref_workContext',
  colleagues: 'popup_article_ref_colleagues',
  escalation: 'popup_article_ref_escalation',
  report: 'popup_article_ref_report',
};

export function Articles({ form }: { form: Form }) {
  const { t } = form;
  return (
    <Section id="articles" title={t('popup_articles_heading')}>
      <p class="hint">{t('popup_articles_hint')}</p>
      <p class="hint">{t('options_articles_wording_hint')}</p>
      {RULE_KEYS.map((rule) => (
        <fieldset key={rule} class="article">
          <legend>{t(RULE_LABELS[rule])}</legend>
          <CheckField form={form} path={`school.articles.${rule}.inProtocol`} label={t('popup_article_in_protocol')} />
          <TextField form={form} path={`school.articles.${rule}.label`} label={t('popup_article_label')} />
          {LANGS.map((l) => (
            <div key={l} class="article-lang">
              <TextField form={form} path={`school.articles.${rule}.title.${l}`} label={t('options_article_title', [t(LANG_LABELS[l])])} lang={l} />
              <TextField form={form} path={`school.articles.${rule}.text.${l}`} label={t('options_article_text', [t(LANG_LABELS[l])])} lang={l} multiline />
            </div>
          ))}
        </fieldset>
      ))}
      <fieldset>
        <legend>{t('options_article_refs')}</legend>
        {REFERENCE_KEYS.map((key) => (
          <TextField key={key} form={form} path={`school.articles.${key}.label`} label={t(REFERENCE_LABELS[key])} />
        ))}
      </fieldset>
    </Section>
  );
}
