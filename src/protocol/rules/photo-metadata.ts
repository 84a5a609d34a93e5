// A2 (AVG art. 4: location data is personal data): an attached photo that carries GPS coordinates or a camera
// owner's name. The EXIF reading happens in the content script; this rule only judges what it found.
import { report, type Rule } from '../rule.ts';
import type { RuleMeta } from '../types.ts';

export const meta: RuleMeta = {
  code: 'photo-metadata',
  article: 'A2',
  severity: 'warning',
  messageKeys: ['rule_photo_metadata_title', 'rule_photo_metadata_gps_detail', 'rule_photo_metadata_owner_detail', 'rule_photo_metadata_both_detail'],
  setting: 'photoMetadata',
};

export const photoMetadataRule: Rule = {
  meta,
  check({ draft }) {
    const list = draft.media?.photoMetadata;
    if (!Array.isArray(list)) return [];
    const gps = list.filter((p) => p?.gps).length;
    const owner = list.filter((p) => p?.owner).length;
    if (!gps && !owner) return [];
    const detailKey = gps && owner ? 'rule_photo_metadata_both_detail' : gps ? 'rule_photo_metadata_gps_detail' : 'rule_photo_metadata_owner_detail';
    return [report(meta, { detailKey, messageArgs: [String(list.filter((p) => p?.gps || p?.owner).length)] })];
  },
};
