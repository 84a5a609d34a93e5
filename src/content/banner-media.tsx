// Banner pieces for issue 5: where a photo's hidden data may survive on this site, and where to report something
// that crosses a line (A9), worded for the person's role. Full key literals, so the locale check sees them.
import type { Translate } from '../i18n/translate.ts';
import type { Finding, Lang, Site } from '../protocol/types.ts';
import { profileText } from '../settings/profile-text.ts';
import type { Settings } from '../settings/schema.ts';

// Only sites whose handling of a photo's data we could check have a note; elsewhere the general advice stands alone.
const SITE_KEYS: Partial<Record<Site, string>> = {
  x: 'media_site_x',
  facebook: 'media_site_facebook',
  instagram: 'media_site_instagram',
  linkedin: 'media_site_linkedin',
};

/** Shown under a photo-metadata finding: what this site does with the file, how to remove the data. */
export function PhotoMetadataNote({ t, site }: { t: Translate; site?: Site | undefined }) {
  const siteKey = site && SITE_KEYS[site];
  return (
    <>
      {siteKey && (
        <p class="detail" data-note="site">
          {t(siteKey)}
        </p>
      )}
      <p class="detail" data-note="howto">
        {t('media_remove_howto')} {t('media_read_locally')}
      </p>
    </>
  );
}

/** Shown under the consent finding (A5): the school's consent information as a link, when the profile has one. */
export function ConsentLink({ t, settings }: { t: Translate; settings: Settings }) {
  const url = settings.school.consentUrl;
  if (!url) return null;
  return (
    <p class="detail" data-note="consent">
      <a href={url} target="_blank" rel="noopener noreferrer">
        {t('media_consent_link')}
      </a>
    </p>
  );
}

const ROLE_REPORT_KEYS: Record<Settings['role'], string> = {
  medewerker: 'banner_report',
  leerling: 'role_report_pupil',
  ouder: 'role_report_parent',
};

/** Codes after which staff are pointed to the report channel (A9); pupils and parents always see it. */
const REPORTABLE = new Set<Finding['code']>(['abusive', 'lesson-recording']);

export function shouldShowReport(settings: Settings, findings: readonly Finding[], lang: Lang = 'nl'): boolean {
  if (!profileText(settings.school.reportTo, lang) && !settings.school.reportUrl) return false;
  return settings.role !== 'medewerker' || findings.some((f) => REPORTABLE.has(f.code));
}

/** "Report it to … (A9)" in the role's own terms, with the school's report form when it has one. */
export function ReportLine({ t, settings, lang = 'nl' }: { t: Translate; settings: Settings; lang?: Lang }) {
  const { reportUrl } = settings.school;
  const reportTo = profileText(settings.school.reportTo, lang);
  return (
    <span data-report="">
      {reportTo && t(ROLE_REPORT_KEYS[settings.role], [reportTo])}
      {reportUrl && (
        <>
          {' '}
          <a href={reportUrl} target="_blank" rel="noopener noreferrer">
            {t('role_report_link')}
          </a>
        </>
      )}{' '}
    </span>
  );
}
