import type { NormalizedText } from './normalize.ts';
import type { Related, Settings } from './types.ts';

// Placeholder: replaced by the real detector.
export function detectRelated(norm: NormalizedText, settings: Settings): Related {
  const names = [settings.school.name, ...settings.school.aliases].map((n) => n.toLowerCase());
  return names.some((n) => norm.lower.includes(n)) ? 'explicit' : 'none';
}
