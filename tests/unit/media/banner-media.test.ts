import { describe, expect, it } from 'vitest';
import { shouldShowReport } from '../../../src/content/banner-media.tsx';
import type { Finding } from '../../../src/protocol/types.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/schema.ts';

const as = (role: Settings['role'], school: Partial<Settings['school']> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  role,
  school: { ...DEFAULT_SETTINGS.school, ...school },
});
const finding = (code: Finding['code']): Finding => ({ code, article: 'A8', severity: 'warning', messageKey: 'k' });

describe('shouldShowReport (A9)', () => {
  it('shows pupils and parents where to report whenever the banner is up', () => {
    expect(shouldShowReport(as('leerling'), [finding('media-consent')])).toBe(true);
    expect(shouldShowReport(as('ouder'), [finding('during-lesson')])).toBe(true);
  });

  it('shows staff the report line only after abuse or a lesson recording', () => {
    expect(shouldShowReport(as('medewerker'), [finding('disclosure-missing'), finding('media-consent')])).toBe(false);
    expect(shouldShowReport(as('medewerker'), [finding('abusive')])).toBe(true);
    expect(shouldShowReport(as('medewerker'), [finding('lesson-recording')])).toBe(true);
  });

  it('shows nothing when the school set neither a contact nor a form', () => {
    expect(shouldShowReport(as('leerling', { reportTo: { nl: '', en: '' }, reportUrl: '' }), [finding('abusive')])).toBe(false);
    expect(shouldShowReport(as('leerling', { reportTo: { nl: '', en: '' }, reportUrl: 'https://school.example/melden' }), [finding('abusive')])).toBe(true);
  });
});
