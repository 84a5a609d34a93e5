// Which checks are on. A rule the school's protocol lacks never runs, so its switch is not offered.
import { inProtocol } from '../../protocol/articles.ts';
import { RULE_KEYS } from '../../settings/schema.ts';
import { CheckField, Section } from '../fields.tsx';
import type { Form } from '../form.ts';
import { RULE_LABELS } from '../../i18n/labels.ts';

export function Rules({ form }: { form: Form }) {
  const { t } = form;
  return (
    <Section id="rules" title={t('popup_section_rules')}>
      <p class="hint">{t('options_rules_hint')}</p>
      {RULE_KEYS.filter((rule) => inProtocol(form.settings, rule)).map((rule) => (
        <CheckField key={rule} form={form} path={`rules.${rule}`} label={t(RULE_LABELS[rule])} />
      ))}
    </Section>
  );
}
