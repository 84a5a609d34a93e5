import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema.ts';
import { found } from './helpers.ts';

describe('email', () => {
  it('finds private addresses, also a named person at the school', () => {
    expect(found('Mail naar ilse.kok@hotmail.com of g.hofstra@liudger.nl', 'email')).toEqual([
      'ilse.kok@hotmail.com',
      'g.hofstra@liudger.nl',
    ]);
  });
  it('leaves the school role mailboxes alone', () => {
    expect(found('Vragen via info@liudger.nl of vacatures@csgliudger.nl', 'email')).toEqual([]);
  });
  it('follows the domains in the settings', () => {
    const other = { ...DEFAULT_SETTINGS, school: { ...DEFAULT_SETTINGS.school, domains: ['example.org'] } };
    expect(found('info@liudger.nl en info@example.org', 'email', other)).toEqual(['info@liudger.nl']);
  });
  it('ignores text without an address', () => {
    expect(found('Ik ben @ school en mail je morgen.', 'email')).toEqual([]);
  });
});
