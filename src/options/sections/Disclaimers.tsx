// The disclaimer texts per language, each with a live preview rendered by the same code that inserts it, as
// text (never HTML), and the X line's length against X's 280 weighted characters.
import { buildDisclaimer, xWeightedLength } from '../../protocol/disclaimer.ts';
import type { Lang } from '../../protocol/types.ts';
import { unknownPlaceholders } from '../../settings/field-issue.ts';
import { getAt } from '../../settings/paths.ts';
import { SITES, type Settings } from '../../settings/schema.ts';
import { Section, TextField } from '../fields.tsx';
import { fieldId, type Form } from '../form.ts';
import { LANGS, LANG_LABELS } from '../langs.ts';

/** X's limit for a whole post; the disclaimer has to leave room for the post itself. */
export const X_LIMIT = 280;

const TEXTS = [
  ['disclosure', 'popup_disclaimer_disclosure'],
  ['opinion', 'popup_disclaimer_opinion'],
  ['short', 'popup_disclaimer_short'],
  ['disclosureNoFunction', 'popup_disclaimer_disclosure_nofunction'],
  ['shortNoFunction', 'popup_disclaimer_short_nofunction'],
] as const;

function Preview({ form, lang }: { form: Form; lang: Lang }) {
  const { t } = form;
  // As on a private account, where the protocol asks for both sentences.
  const accounts = Object.fromEntries(SITES.map((site) => [site, 'private'])) as Settings['accounts'];
  const settings: Settings = { ...form.settings, accounts };
  const long = buildDisclaimer(settings, lang);
  const x = buildDisclaimer(settings, lang, 'x');
  const count = xWeightedLength(x);
  const over = count > X_LIMIT;
  const id = `preview-${lang}`;
  return (
    <div class="preview" aria-labelledby={`${id}-h`} role="group">
      <h3 id={`${id}-h`}>{t('options_preview_heading')}</h3>
      <figure>
        <figcaption>{t('options_preview_other_sites')}</figcaption>
        <blockquote lang={lang} data-preview={`${lang}-long`}>
          {long || t('options_preview_empty')}
        </blockquote>
      </figure>
      <figure>
        <figcaption>{t('popup_site_x')}</figcaption>
        <blockquote lang={lang} data-preview={`${lang}-x`}>
          {x || t('options_preview_empty')}
        </blockquote>
        <p class={over ? 'error' : 'hint'} data-count={`${lang}-x`} aria-live="polite">
          {t(over ? 'options_preview_over' : 'options_preview_count', [count, X_LIMIT])}
        </p>
      </figure>
    </div>
  );
}

/** A note under a text that uses a placeholder nobody fills in ({naam}, { school }): it would be inserted as is. */
function PlaceholderNote({ form, path }: { form: Form; path: string }) {
  const unknown = unknownPlaceholders(String(getAt(form.settings, path) ?? ''));
  if (!unknown.length) return null;
  return (
    <span class="warn" id={`${fieldId(path)}-warn`}>
      {form.t('options_placeholder_unknown', [unknown.join(', ')])}
    </span>
  );
}

export function Disclaimers({ form }: { form: Form }) {
  const { t } = form;
  return (
    <Section id="disclaimers" title={t('options_section_disclaimers')}>
      <p class="hint">{t('options_disclaimers_hint')}</p>
      {LANGS.map((l) => (
        <fieldset key={l}>
          <legend>{t('popup_profile_texts_heading', [t(LANG_LABELS[l])])}</legend>
          {TEXTS.map(([key, label]) => {
            const path = `school.disclaimers.${l}.${key}`;
            return (
              <TextField key={key} form={form} path={path} label={t(label)} lang={l} multiline>
                <PlaceholderNote form={form} path={path} />
              </TextField>
            );
          })}
          <Preview form={form} lang={l} />
        </fieldset>
      ))}
    </Section>
  );
}
