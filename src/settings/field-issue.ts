// Why one field's value is refused, as a message key and its arguments, from the same zod schema the settings
// are validated with. Pure, so the options page, the CLI and tests share it; zod's own messages are English
// only, so its issues are mapped to _locales keys here.
import type { z } from 'zod';
import { maxItems, validLeaf } from './fallback.ts';
import { fieldSchema } from './form.ts';
import type { Path } from './paths.ts';

export interface FieldIssue {
  key: string;
  args: string[];
  /** For an issue inside a list: the item (quoted, shortened) and what is wrong with it. */
  item?: { text: string; issue: FieldIssue };
}

/** Longest piece of a refused value quoted back in a message, so a pasted novel does not fill the page. */
const QUOTE_MAX = 40;

function quote(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value) ?? '';
  const chars = [...s];
  return chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX).join('')}…` : s;
}

type Issue = z.core.$ZodIssue;

function issueMessage(issue: Issue, value: unknown): FieldIssue {
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'array') return { key: 'options_error_too_many', args: [String(issue.maximum)] };
      return { key: 'options_error_too_long', args: [String(issue.maximum), String(typeof value === 'string' ? [...value.trim()].length : 0)] };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { key: 'options_error_required', args: [] };
      return { key: 'options_error_too_short', args: [String(issue.minimum)] };
    case 'invalid_format':
      if (issue.format === 'email') return { key: 'options_error_email', args: [] };
      if (issue.format === 'url') return { key: 'options_error_url', args: [] };
      return { key: 'options_error_format', args: [] };
    default:
      return { key: 'options_error_invalid', args: [] };
  }
}

/**
 * Why `value` does not fit the field at `path`, or undefined when it does. An issue inside a list names the item
 * ("“a”: at least 2 characters"), so the person sees which of thirty handles to fix.
 */
export function fieldIssue(path: Path, value: unknown): FieldIssue | undefined {
  const schema = fieldSchema(path);
  if (!schema) return { key: 'options_error_invalid', args: [] };
  // A hostile million-item list is refused by its length before any item is parsed (as stored settings are).
  const max = maxItems(schema);
  if (max !== undefined && Array.isArray(value) && value.length > max) return { key: 'options_error_too_many', args: [String(max)] };
  const r = schema.safeParse(value);
  if (r.success) return undefined;
  const issue = r.error.issues[0]!;
  const [index, field] = issue.path;
  if (Array.isArray(value) && typeof index === 'number') {
    const item: unknown = value[index];
    // A lesson block's issue is about its start or end time: quote that.
    const bad = field !== undefined && item && typeof item === 'object' ? (item as Record<string, unknown>)[String(field)] : item;
    return { key: 'options_error_item', args: [], item: { text: quote(bad), issue: issueMessage(issue, bad) } };
  }
  return issueMessage(issue, value);
}

/** Placeholders a disclaimer text uses that are never filled in (only `{functie}` and `{school}` are). */
export function unknownPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([^{}\n]{1,30})\}/g)].map((m) => m[0]).filter((p) => p !== '{functie}' && p !== '{school}'))];
}
