// Text from settings (school names, handles, disclaimer texts) goes into patterns as literals.
export const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

export function escapeRegExp(s: string): string {
  return s.replace(REGEX_SPECIAL, '\\$&');
}
