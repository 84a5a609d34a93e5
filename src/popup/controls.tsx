// Labelled form controls that know about policy locks: a locked control is disabled and says why.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../i18n/translate.ts';

export interface Common {
  id: string;
  label: string;
  t: Translate;
  locked?: boolean;
  hint?: string;
}

function describedBy(id: string, hint?: string, locked?: boolean, invalid?: boolean): string | undefined {
  const ids = [hint && `${id}-hint`, locked && `${id}-lock`, invalid && `${id}-err`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function LockNote({ id, t }: { id: string; t: Translate }) {
  return (
    <span class="lock" id={id}>
      <span aria-hidden="true">🔒 </span>
      {t('popup_locked')}
    </span>
  );
}

function Extras({ id, t, hint, locked, error }: Common & { error?: string | undefined }) {
  return (
    <>
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {locked && <LockNote id={`${id}-lock`} t={t} />}
      {error && (
        <span class="error" id={`${id}-err`} role="alert">
          {error}
        </span>
      )}
    </>
  );
}

/**
 * A text input holding its own text while focused, so a round trip through storage never resets the caret.
 * `parse` turns text into a value; `commit` stores it and says whether the settings accepted it.
 */
export function TextField<V>(
  props: Common & { value: V; format: (v: V) => string; parse: (s: string) => V | undefined; commit: (v: V) => boolean; multiline?: boolean; inline?: boolean; invalidText?: string },
) {
  const { id, label, value, format, parse, commit, multiline, locked, t } = props;
  const [text, setText] = useState(format(value));
  const [invalid, setInvalid] = useState(false);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const shown = format(value);
  useEffect(() => {
    if (ref.current !== document.activeElement) {
      setText(shown);
      setInvalid(false);
    }
  }, [shown]);
  const onInput = (e: Event) => {
    const next = (e.currentTarget as HTMLInputElement).value;
    setText(next);
    const v = parse(next);
    setInvalid(!(v !== undefined && commit(v)));
  };
  const attrs = {
    id,
    ref,
    value: text,
    disabled: locked,
    onInput,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy(id, props.hint, locked, invalid),
  };
  return (
    <div class={props.inline ? 'field field-inline' : 'field'}>
      <label for={id}>{label}</label>
      {multiline ? <textarea rows={3} {...attrs} /> : <input type="text" {...attrs} />}
      <Extras {...props} error={invalid ? (props.invalidText ?? t('popup_field_invalid')) : undefined} />
    </div>
  );
}

export function Select<V extends string>(props: Common & { value: V; options: readonly { value: V; label: string }[]; onChange: (v: V) => void }) {
  const { id, label, value, options, onChange, locked } = props;
  return (
    <div class="field field-inline">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={locked}
        aria-describedby={describedBy(id, props.hint, locked)}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as V)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Extras {...props} />
    </div>
  );
}

export function Checkbox(props: Common & { checked: boolean; onChange: (v: boolean) => void }) {
  const { id, label, checked, onChange, locked } = props;
  return (
    <div class="field field-check">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        disabled={locked}
        aria-describedby={describedBy(id, props.hint, locked)}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>{label}</label>
      <Extras {...props} />
    </div>
  );
}

export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      {children}
    </section>
  );
}
