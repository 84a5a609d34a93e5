// A5: photos and videos of school situations need everyone's written consent (a parent's below 16). Asked
// when media are attached to a school-related draft, or to any post on an official school channel.
import { report, type Rule } from '../rule.ts';
import type { RuleMeta } from '../types.ts';

export const meta: RuleMeta = {
  code: 'media-consent',
  article: 'A5',
  severity: 'warning',
  messageKeys: ['rule_media_consent_title', 'rule_media_consent_detail'],
  setting: 'mediaConsent',
};

export const mediaConsentRule: Rule = {
  meta,
  check({ draft, settings, related }) {
    const media = draft.media;
    const count = (media?.photos ?? 0) + (media?.videos ?? 0);
    if (!(count > 0)) return [];
    const official = draft.site !== undefined && settings.accounts[draft.site] === 'official';
    if (related === 'none' && !official) return [];
    return [report(meta, { detailKey: 'rule_media_consent_detail', messageArgs: [settings.school.consentUrl || settings.school.protocolUrl] })];
  },
};
