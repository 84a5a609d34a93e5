import type { RuleKey } from '../settings/schema.ts';

// Message keys written out in full so the unused-key test finds them; the popup and the options page share them.
export const RULE_LABELS: Record<RuleKey, string> = {
  disclosure: 'popup_rule_disclosure',
  opinion: 'popup_rule_opinion',
  personalData: 'popup_rule_personalData',
  abusive: 'popup_rule_abusive',
  mediaConsent: 'popup_rule_mediaConsent',
  lessonTime: 'popup_rule_lessonTime',
  lessonRecording: 'popup_rule_lessonRecording',
  photoMetadata: 'popup_rule_photoMetadata',
  groupChat: 'popup_rule_groupChat',
};
