// The one judgement every insertion test makes, on the editor's model text (what the site would post): the
// draft before is intact at the start, the disclaimer follows on a line of its own, exactly once, and one undo
// brings the draft before back exactly. Pure, so the Chromium and Firefox suites share it.
import { buildDisclaimer } from '../../src/protocol/disclaimer.ts';
import type { Site } from '../../src/protocol/types.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/schema.ts';

/** The disclaimers the default settings insert on `site` (Dutch or English, after the draft's language). */
export function disclaimersFor(site: Site): string[] {
  return [buildDisclaimer(DEFAULT_SETTINGS, 'nl', site), buildDisclaimer(DEFAULT_SETTINGS, 'en', site)];
}

/** The site a replica page stands for: its name up to the first '-' ('tiktok-studio' → 'tiktok'). */
const PAGE_SITES: readonly Site[] = ['linkedin', 'x', 'instagram', 'threads', 'bluesky', 'youtube', 'tiktok', 'whatsapp'];
export const siteOf = (page: string): Site => PAGE_SITES.find((s) => page === s || page.startsWith(`${s}-`)) ?? 'facebook';

const occurrences = (s: string, needle: string) => (needle ? s.split(needle).length - 1 : 0);

/**
 * What is wrong with an insertion (empty when nothing is). `undone` is the model text after one Ctrl+Z;
 * `lineBreak` how the editor's model separates lines (see editors.ts). Exactly one line break goes before the
 * disclaimer, none when the draft is empty or ends with an empty line: no glue, no extra blank line.
 */
export function insertionProblems(before: string, after: string, disclaimers: string[], undone?: string, lineBreak = '\n'): string[] {
  const problems: string[] = [];
  if (!after.startsWith(before)) problems.push('the draft before the insertion is not intact at the start');
  const rest = after.startsWith(before) ? after.slice(before.length) : after;
  const disclaimer = disclaimers.find((d) => occurrences(after, d) > occurrences(before, d));
  if (!disclaimer) problems.push('no disclaimer was added');
  else {
    if (occurrences(after, disclaimer) !== occurrences(before, disclaimer) + 1) problems.push('the disclaimer is there more than once');
    const sep = before === '' || before.endsWith('\n') ? '' : lineBreak;
    if (after.startsWith(before) && rest !== sep + disclaimer) {
      problems.push(rest.replace(/^\n+/, '') === disclaimer ? `wrong line break before the disclaimer: ${JSON.stringify(rest.slice(0, rest.length - disclaimer.length))}` : `more than the disclaimer was added: ${JSON.stringify(rest)}`);
    }
    if (before !== '' && !before.endsWith('\n') && !rest.startsWith('\n')) problems.push('the disclaimer is glued to the last line');
  }
  if (undone !== undefined && undone !== before) problems.push(`one undo did not restore the draft: ${JSON.stringify(undone.slice(-80))}`);
  return problems;
}
