import type { NormalizedText } from '../normalize.ts';
import type { PersonalCategory, Settings } from '../types.ts';
import type { Token } from './tokenize.ts';

/** A personal-data span found in the normalised text; the index maps it back to the original. */
export interface Candidate {
  category: PersonalCategory;
  start: number;
  end: number;
  /** Higher wins when spans overlap (an e-mail address beats the name inside it). */
  priority: number;
}

/** What every detector gets: the normalised text, its tokens and the school's own names to leave alone. */
export interface DetectorInput {
  norm: NormalizedText;
  tokens: Token[];
  settings: Settings;
  school: SchoolWords;
}

export interface SchoolWords {
  /** Lower-case words of the school's names, aliases and locations ("liudger", "drachten"). */
  words: Set<string>;
  handles: Set<string>;
  hashtags: Set<string>;
  domains: string[];
}

export type Detector = (input: DetectorInput) => Candidate[];
