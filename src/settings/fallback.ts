// Dark Reader style validation: a field that fails falls back to its default alone, the rest survives.
// Objects are walked key by key; anything else (strings, enums, arrays as a whole) is one field.
import { z } from 'zod';
import { hasOwn, isPlainObject, join, type Path } from './paths.ts';

export interface FallbackResult<T> {
  value: T;
  /** Paths that held a value which failed validation and now hold their default. */
  fallbacks: Path[];
}

/** Array length cap of a schema, read so a hostile million-item array is refused before its items are parsed. */
export function maxItems(schema: z.ZodType): number | undefined {
  if (!(schema instanceof z.ZodArray)) return undefined;
  for (const check of schema.def.checks ?? []) {
    const def = (check as { _zod?: { def?: { check?: string; maximum?: number } } })._zod?.def;
    if (def?.check === 'max_length' && typeof def.maximum === 'number') return def.maximum;
  }
  return undefined;
}

/** Validates one leaf value; `undefined` when it fails. */
export function validLeaf(schema: z.ZodType, value: unknown): { ok: true; value: unknown } | { ok: false } {
  const max = maxItems(schema);
  if (max !== undefined && Array.isArray(value) && value.length > max) return { ok: false };
  const r = schema.safeParse(value);
  return r.success ? { ok: true, value: r.data } : { ok: false };
}

function walk(schema: z.ZodType, def: unknown, input: unknown, path: Path, fallbacks: Path[]): unknown {
  // A missing field is not an error: it simply takes its default (sparse storage relies on this).
  if (input === undefined) return structuredClone(def);
  if (schema instanceof z.ZodObject) {
    if (!isPlainObject(input)) {
      fallbacks.push(path || '*');
      return structuredClone(def);
    }
    const out: Record<string, unknown> = {};
    const defObj = def as Record<string, unknown>;
    for (const [key, sub] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      out[key] = walk(sub, defObj[key], hasOwn(input, key) ? input[key] : undefined, join(path, key), fallbacks);
    }
    return out;
  }
  const r = validLeaf(schema, input);
  if (r.ok) return r.value;
  fallbacks.push(path);
  return structuredClone(def);
}

export function parseWithFallback<S extends z.ZodType>(
  schema: S,
  defaults: z.infer<S>,
  input: unknown,
): FallbackResult<z.infer<S>> {
  const fallbacks: Path[] = [];
  const value = walk(schema, defaults, input, '', fallbacks) as z.infer<S>;
  return { value, fallbacks };
}
