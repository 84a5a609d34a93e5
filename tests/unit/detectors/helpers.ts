import { normalize } from '../../../src/protocol/normalize.ts';
import { detectPersonalData } from '../../../src/protocol/detectors/index.ts';
import type { PersonalCategory } from '../../../src/protocol/types.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema.ts';

/** The texts found for one category, in order. */
export function found(text: string, category: PersonalCategory, settings = DEFAULT_SETTINGS): string[] {
  return detectPersonalData(normalize(text), settings)
    .filter((s) => s.category === category)
    .map((s) => s.text);
}

export function all(text: string): string[] {
  return detectPersonalData(normalize(text), DEFAULT_SETTINGS).map((s) => `${s.category}:${s.text}`);
}
