// A7: pupils and parents may not record lessons (remote ones included) and share them. Warns on an attached
// video or screen recording, and on a draft that speaks of recording or filming a lesson.
import { report, type Rule } from '../rule.ts';
import type { Finding, RuleMeta } from '../types.ts';

export const meta: RuleMeta = {
  code: 'lesson-recording',
  article: 'A7',
  severity: 'warning',
  messageKeys: ['rule_lesson_recording_title', 'rule_lesson_recording_detail', 'rule_lesson_recording_parent_detail'],
  setting: 'lessonRecording',
};

const RECORD =
  "opname|opnames|opnemen|opgenomen|neem\\s+(?:\\p{L}+\\s+)?op|nam\\s+(?:\\p{L}+\\s+)?op|filmen|gefilmd|filmpje|film|filmde|screenshots?|schermopnames?|screen\\s?recordings?|screen\\s?recorded|screencap\\p{L}*|recording|recorded|record|recordings|filmed|filming|video'?d|clip";
const LESSON =
  "les|lessen|lesje|online\\s+les|les\\s+op\\s+afstand|afstandsles|(?:teams|zoom|meet)-?(?:les|lessen|call|meeting|sessie)?|lesson|lessons|class|classes|lecture|webinar|uitleg\\s+van\\s+(?:de\\s+)?(?:juf|meester|docent|leraar|mevrouw|meneer)|(?:juf|meester|docent|leraar|mevrouw|meneer|teacher|sir|miss)\\s+(?:\\p{L}+\\s+)?(?:tijdens|during)";

/** "de les opgenomen", "filmed the online lesson", "screen recording of today's class". */
export const RECORDING_A_LESSON: readonly RegExp[] = [
  new RegExp(`(?<![\\p{L}])(?:${RECORD})(?![\\p{L}])[^.!?\\n]{0,40}?(?<![\\p{L}])(?:${LESSON})(?![\\p{L}])`, 'u'),
  new RegExp(`(?<![\\p{L}])(?:${LESSON})(?![\\p{L}])[^.!?\\n]{0,40}?(?<![\\p{L}])(?:${RECORD})(?![\\p{L}])`, 'u'),
];

export const lessonRecordingRule: Rule = {
  meta,
  check({ draft, settings, norm }) {
    if (settings.role !== 'leerling' && settings.role !== 'ouder') return [];
    const detailKey = settings.role === 'ouder' ? 'rule_lesson_recording_parent_detail' : 'rule_lesson_recording_detail';
    const findings: Finding[] = [];
    for (const re of RECORDING_A_LESSON) {
      const m = re.exec(norm.lower);
      if (!m) continue;
      const [start, end] = norm.toOriginal(m.index, m.index + m[0].length);
      findings.push(report(meta, { detailKey, start, end, text: norm.original.slice(start, end) }));
      break;
    }
    const media = draft.media;
    if (!findings.length && (media?.screenRecording || (media?.videos ?? 0) > 0)) findings.push(report(meta, { detailKey }));
    return findings;
  },
};
