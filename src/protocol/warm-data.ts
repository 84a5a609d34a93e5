// The evaluator's largest tables, each built on first use: the name lexicon, the common-word list, the name
// tagger's weights and the place-name gazetteer. Listed here so a caller that warms the evaluator ahead of use (the
// content script, in idle time) can build them one per step instead of inside the personal-data rule's first run,
// where together they made one task of about 50 ms on a fast machine. Pure: each only decodes bundled data.
import { lexicon } from './detectors/lexicon.ts';
import { places } from './detectors/places.ts';
import { commonWords } from './ner/common.ts';
import { shippedModel } from './ner/tagger.ts';

export const DATA_WARMERS: readonly (() => unknown)[] = [
  // The name lexicon decodes each of its lists on first read: one step each.
  () => lexicon().strong,
  () => lexicon().word,
  () => lexicon().surnames,
  commonWords,
  shippedModel,
  places,
];
