// Every rule, in the order the banner lists their findings when they have no span.
import type { Rule } from '../rule.ts';
import { abusiveRule } from './abusive.ts';
import { disclosureRule } from './disclosure.ts';
import { duringLessonRule } from './during-lesson.ts';
import { groupChatRule } from './group-chat.ts';
import { lessonRecordingRule } from './lesson-recording.ts';
import { mediaConsentRule } from './media-consent.ts';
import { opinionRule } from './opinion.ts';
import { personalDataRule } from './personal-data.ts';
import { photoMetadataRule } from './photo-metadata.ts';

export const RULES: readonly Rule[] = [
  disclosureRule,
  opinionRule,
  personalDataRule,
  abusiveRule,
  mediaConsentRule,
  photoMetadataRule,
  lessonRecordingRule,
  duringLessonRule,
  groupChatRule,
];
