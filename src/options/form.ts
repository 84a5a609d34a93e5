// What every section of the options page gets: the settings as shown, how to change one field, and whether a
// field is locked or refused. The page edits a draft of the user's settings; nothing is stored before Save.
import type { Translate } from '../i18n/translate.ts';
import type { FieldIssue } from '../settings/field-issue.ts';
import type { Path } from '../settings/paths.ts';
import type { Settings } from '../settings/schema.ts';

export interface Form {
  t: Translate;
  /** The draft with the policy's values where it locks a field: what the page shows. */
  settings: Settings;
  isLocked(path: Path): boolean;
  /** The message for a field whose last input was refused; undefined when it holds a valid value. */
  error(path: Path): string | undefined;
  /** Puts `value` into the draft when the schema accepts it, else records why not; true when accepted. */
  set(path: Path, value: unknown): boolean;
  /** Records that the text typed into a field could not be read at all (say, lesson hours in prose). */
  refuse(path: Path, issue: FieldIssue): void;
}

/** A field issue as text in the page's language. */
export function issueText(t: Translate, issue: FieldIssue): string {
  if (issue.item) return t('options_error_item', [issue.item.text, issueText(t, issue.item.issue)]);
  return t(issue.key, issue.args);
}

/** The element id of a field, from its settings path ('school.name' → 'f-school-name'), as the popup names them. */
export const fieldId = (path: Path) => `f-${path.replace(/\./g, '-')}`;
