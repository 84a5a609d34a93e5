// The options page's labelled controls. Each shows its hint, the policy lock and its own error beside it, tied to
// the control with aria-describedby, so one refused field never hides or blocks another.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatLessonHours, formatList, parseLessonHours, parseList } from '../settings/form.ts';
import { getAt, type Path } from '../settings/paths.ts';
import type { Settings } from '../settings/schema.ts';
import { LockNote } from '../popup/controls.tsx';
import { fieldId, type Form } from './form.ts';

function describedBy(id: string, hint?: string, locked?: boolean, error?: string): string | undefined {
  const ids = [hint && `${id}-hint`, locked && `${id}-lock`, error && `${id}-err`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Notes({ id, form, hint, locked, error }: { id: string; form: Form; hint?: string | undefined; locked: boolean; error?: string | undefined }) {
  return (
    <>
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {locked && <LockNote id={`${id}-lock`} t={form.t} />}
      {error && (
        <span class="error" id={`${id}-err`} data-error-for={id}>
          {error}
        </span>
      )}
    </>
  );
}

interface TextProps<V> {
  form: Form;
  path: Path;
  label: string;
  hint?: string | undefined;
  multiline?: boolean;
  format: (v: V) => string;
  /** Text to value; undefined when the text cannot be read at all (then `unreadable` is the message key). */
  parse: (s: string) => V | undefined;
  unreadable?: string;
  /** Language of the text in the control (a profile text per language), not of its label. */
  lang?: string | undefined;
  children?: ComponentChildren;
}

/**
 * A text control holding its own text while focused, so a value the schema trims or refuses never moves the
 * caret or eats what is being typed; the draft gets the value as soon as it is valid.
 */
function TextControl<V>({ form, path, label, hint, multiline, format, parse, unreadable, lang, children }: TextProps<V>) {
  const id = fieldId(path);
  const shown = format(getAt(form.settings, path) as V);
  const [text, setText] = useState(shown);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    if (ref.current !== document.activeElement) setText(shown);
  }, [shown]);
  const locked = form.isLocked(path);
  const error = form.error(path);
  const onInput = (e: Event) => {
    const next = (e.currentTarget as HTMLInputElement).value;
    setText(next);
    const v = parse(next);
    if (v === undefined) form.refuse(path, { key: unreadable ?? 'options_error_invalid', args: [] });
    else form.set(path, v);
  };
  const attrs = {
    id,
    ref,
    lang,
    value: text,
    disabled: locked,
    onInput,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint, locked, error),
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {multiline ? <textarea rows={3} {...attrs} /> : <input type="text" {...attrs} />}
      <Notes id={id} form={form} hint={hint} locked={locked} error={error} />
      {children}
    </div>
  );
}

const same = (s: string) => s;

export function TextField(props: { form: Form; path: Path; label: string; hint?: string; multiline?: boolean; lang?: string; children?: ComponentChildren }) {
  return <TextControl<string> {...props} format={same} parse={same} />;
}

export function ListField(props: { form: Form; path: Path; label: string }) {
  return <TextControl<string[]> {...props} hint={props.form.t('popup_list_hint')} format={formatList} parse={parseList} />;
}

type Blocks = Settings['lessonHours']['mon'];

export function LessonField(props: { form: Form; path: Path; label: string }) {
  return <TextControl<Blocks> {...props} format={formatLessonHours} parse={parseLessonHours} unreadable="popup_lessons_invalid" />;
}

export function CheckField({ form, path, label }: { form: Form; path: Path; label: string }) {
  const id = fieldId(path);
  const locked = form.isLocked(path);
  const error = form.error(path);
  return (
    <div class="field field-check">
      <input
        type="checkbox"
        id={id}
        checked={getAt(form.settings, path) === true}
        disabled={locked}
        aria-describedby={describedBy(id, undefined, locked, error)}
        onChange={(e) => form.set(path, (e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>{label}</label>
      <Notes id={id} form={form} locked={locked} error={error} />
    </div>
  );
}

export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={`${id}-h`} id={id}>
      <h2 id={`${id}-h`}>{title}</h2>
      {children}
    </section>
  );
}
