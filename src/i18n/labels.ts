import type { RuleKey, WEEKDAYS } from '../settings/schema.ts';

// Labels the popup and the options page share. Message keys are written out in full so the unused-key test finds them.

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

export const DAY_LABELS: Record<(typeof WEEKDAYS)[number], string> = {
  mon: 'popup_day_mon',
  tue: 'popup_day_tue',
  wed: 'popup_day_wed',
  thu: 'popup_day_thu',
  fri: 'popup_day_fri',
  sat: 'popup_day_sat',
  sun: 'popup_day_sun',
};
