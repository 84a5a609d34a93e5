import type { NormalizedText } from './normalize.ts';
import type { Lang } from './types.ts';

// Placeholder: replaced by the real detector.
export function detectLanguage(norm: NormalizedText): Lang {
  return /\b(the|and|my|is|to|of|I)\b/.test(norm.text) && !/\b(de|het|een|en|ik|van)\b/.test(norm.lower) ? 'en' : 'nl';
}
