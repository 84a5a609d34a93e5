// Pure helpers for editing settings as text in the popup: field schemas by path, lists and lesson hours.
import { z } from 'zod';
import { validLeaf } from './fallback.ts';
import { setAt, type Path } from './paths.ts';
import { settingsSchema, type Settings } from './schema.ts';

export function fieldSchema(path: Path): z.ZodType | undefined {
  let cur: z.ZodType = settingsSchema;
  for (const key of path.split('.')) {
    if (!(cur instanceof z.ZodObject)) return undefined;
    const next = (cur.shape as Record<string, z.ZodType>)[key];
    if (!next) return undefined;
    cur = next;
  }
  return cur;
}

/** `settings` with `value` at `path` when the field accepts it; undefined when it does not. */
export function withField(settings: Settings, path: Path, value: unknown): Settings | undefined {
  const schema = fieldSchema(path);
  if (!schema) return undefined;
  const r = validLeaf(schema, value);
  return r.ok ? setAt(settings, path, r.value) : undefined;
}

export function parseList(text: string): string[] {
  return text.split(/[,\n]/).map((s) => s.trim()).filter(Boolean);
}

export const formatList = (items: readonly string[]) => items.join(', ');

type Block = Settings['lessonHours']['mon'][number];

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** '08:30-12:00, 12:30-16:15' → blocks; undefined for anything else (en dash and 8.30 accepted too). */
export function parseLessonHours(text: string): Block[] | undefined {
  const blocks: Block[] = [];
  for (const part of text.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean)) {
    const m = /^(\d{1,2})[:.](\d{2})\s*[-–—]\s*(\d{1,2})[:.](\d{2})$/.exec(part);
    if (!m) return undefined;
    const start = `${m[1]!.padStart(2, '0')}:${m[2]}`;
    const end = `${m[3]!.padStart(2, '0')}:${m[4]}`;
    if (!CLOCK.test(start) || !CLOCK.test(end) || !(start < end)) return undefined;
    blocks.push({ start, end });
  }
  return blocks;
}

export const formatLessonHours = (blocks: readonly Block[]) => blocks.map((b) => `${b.start}-${b.end}`).join(', ');
