// Which WhatsApp Web chats count as a class or parents' group (B1), and the school's own channels the reminder
// names instead. Words, not patterns (see groupChatsSchema): what the office types here can never slow a page.
import { CheckField, ListField, Section, TextField } from '../fields.tsx';
import type { Form } from '../form.ts';
import { LANGS, LANG_LABELS } from '../langs.ts';

export function GroupChats({ form }: { form: Form }) {
  const { t } = form;
  return (
    <Section id="group-chats" title={t('options_section_groupChats')}>
      <p class="hint">{t('options_groupChats_hint')}</p>
      <ListField form={form} path="school.groupChats.audienceWords" label={t('options_groupChats_audienceWords')} />
      <ListField form={form} path="school.groupChats.groupWords" label={t('options_groupChats_groupWords')} />
      <ListField form={form} path="school.groupChats.exceptWords" label={t('options_groupChats_exceptWords')} />
      <CheckField form={form} path="school.groupChats.classCodes" label={t('options_groupChats_classCodes')} />
      <CheckField form={form} path="school.groupChats.schoolNames" label={t('options_groupChats_schoolNames')} />
      {LANGS.map((l) => (
        <TextField
          key={l}
          form={form}
          path={`school.groupChats.alternatives.${l}`}
          label={t('options_groupChats_alternatives', [t(LANG_LABELS[l])])}
          lang={l}
        />
      ))}
    </Section>
  );
}
