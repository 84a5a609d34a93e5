// E-mail addresses, except the school's own (domains from the settings: info@, vacatures@).
import { eachMatch } from './match.ts';
import type { Candidate, DetectorInput } from './types.ts';

// Deliberately loose (one character class per side, matches start only where a local part starts) so it
// cannot backtrack polynomially; the domain is checked in code.
export const EMAIL_RE = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{3,253}/g;
export const DOMAIN_RE = /^(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}$/;

export function isSchoolDomain(domain: string, domains: readonly string[]): boolean {
  const d = domain.toLowerCase();
  return domains.some((s) => d === s || d.endsWith('.' + s));
}

// Role mailboxes at the school are institutional; a named person's address at the school is personal data.
const ROLE_MAILBOX = new Set(
  ('info vacatures vacature administratie admin secretariaat receptie balie helpdesk ict servicedesk ' +
    'ouders leerlingen communicatie pers media mr directie bestuur zorg verzuim absent absentie ' +
    'contact office hr personeel noreply no-reply postmaster webmaster').split(' '),
);

export function detectEmail({ norm, school }: DetectorInput): Candidate[] {
  const out: Candidate[] = [];
  if (!norm.text.includes('@')) return out;
  eachMatch(EMAIL_RE, norm.text, (m) => {
    const at = m[0].indexOf('@');
    const local = m[0].slice(0, at).toLowerCase();
    // A sentence's full stop or a trailing hyphen is not part of the domain.
    const domain = m[0].slice(at + 1).replace(/[.-]+$/, '');
    if (!DOMAIN_RE.test(domain) || local.startsWith('.')) return;
    if (isSchoolDomain(domain, school.domains) && ROLE_MAILBOX.has(local)) return;
    out.push({ category: 'email', start: m.index, end: m.index + at + 1 + domain.length, priority: 9 });
  });
  return out;
}
