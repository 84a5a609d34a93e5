// Enterprise policy (storage.managed): which fields the school's IT admin may set, and how a policy object is
// read. Valid values override the user's and lock the field; invalid ones are reported and ignored, field by field.
import { z } from 'zod';
import { validLeaf } from './fallback.ts';
import { hasOwn, isPlainObject, join, ownValue, setAt, type Path } from './paths.ts';
import { settingsSchema } from './schema.ts';

/**
 * Top-level settings an admin may set. Role, function, interface language, pause and first-run state describe
 * the person at the keyboard, so they stay personal.
 */
export const MANAGEABLE_KEYS = ['school', 'rules', 'accounts', 'sites', 'lessonHours', 'timeZone'] as const;
export type ManageableKey = (typeof MANAGEABLE_KEYS)[number];

export const managedSettingsSchema = settingsSchema.pick({
  school: true,
  rules: true,
  accounts: true,
  sites: true,
  lessonHours: true,
  timeZone: true,
});

export interface ManagedResult {
  /** Sparse object holding only the valid policy values. */
  overrides: Record<string, unknown>;
  /** Paths the policy fixed (leaves, or whole arrays). */
  locked: Path[];
  /** Paths whose policy value was invalid, unknown or not manageable, and was ignored. */
  invalid: Path[];
}

export function parseManaged(raw: unknown): ManagedResult {
  const result: ManagedResult = { overrides: {}, locked: [], invalid: [] };
  // storage.managed may be missing (Firefox without policies, Chrome without a schema): no policy then.
  if (raw === undefined || raw === null) return result;
  if (!isPlainObject(raw)) {
    result.invalid.push('*');
    return result;
  }
  walk(managedSettingsSchema, upgradePolicy(raw), '', result);
  return result;
}

/**
 * Policies written for schema version 2 set `school.escalationContact` and `school.reportTo` as one (Dutch)
 * string; they are read as the Dutch text. (Firefox passes such a policy on; Chrome and Edge check it against
 * the version-3 managed schema and drop the whole `school` section, as the README says.)
 */
function upgradePolicy(raw: Record<string, unknown>): Record<string, unknown> {
  const school = ownValue(raw, 'school');
  if (!isPlainObject(school)) return raw;
  let next = school;
  for (const key of ['escalationContact', 'reportTo']) {
    const v = ownValue(school, key);
    if (typeof v === 'string') next = setAt(next, key, { nl: v });
  }
  return next === school ? raw : setAt(raw, 'school', next);
}

function walk(schema: z.ZodType, value: unknown, path: Path, result: ManagedResult): void {
  if (schema instanceof z.ZodObject) {
    if (!isPlainObject(value)) {
      result.invalid.push(path || '*');
      return;
    }
    const shape = schema.shape as Record<string, z.ZodType>;
    for (const key of Object.keys(value)) {
      const sub = join(path, key);
      if (!hasOwn(shape, key)) result.invalid.push(sub);
      else walk(shape[key]!, value[key], sub, result);
    }
    return;
  }
  const r = validLeaf(schema, value);
  if (!r.ok) {
    result.invalid.push(path);
    return;
  }
  result.overrides = setAt(result.overrides, path, r.value);
  result.locked.push(path);
}
