import { evaluate } from '../../../src/protocol/evaluate.ts';
import type { Draft, FindingCode, Settings } from '../../../src/protocol/types.ts';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema.ts';

export const staff = DEFAULT_SETTINGS;
export const pupil: Settings = { ...DEFAULT_SETTINGS, role: 'leerling' };
export const parent: Settings = { ...DEFAULT_SETTINGS, role: 'ouder' };

export function codes(draft: Draft | string, settings: Settings = DEFAULT_SETTINGS): FindingCode[] {
  const d = typeof draft === 'string' ? { text: draft } : draft;
  return evaluate(d, settings).findings.map((f) => f.code);
}

export const has = (draft: Draft | string, code: FindingCode, settings?: Settings) => codes(draft, settings).includes(code);
