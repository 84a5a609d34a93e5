// Locale completeness: every key in both languages, with the same placeholders, and every key used somewhere.
// Keys are found as full string literals ('key', "key", `key`) or as __MSG_key__ in the source and manifest;
// code that builds keys dynamically must list its prefix in DYNAMIC_PREFIXES with a reason.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { format, translator, type Messages } from '../../src/i18n/translate.ts';

const ROOT = join(import.meta.dirname, '../..');
const load = (lang: string) => JSON.parse(readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as Messages;
const nl = load('nl');
const en = load('en');

/** Prefixes of keys that are only ever built at run time. Keep empty unless unavoidable. */
const DYNAMIC_PREFIXES: readonly string[] = [];

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sourceFiles(p, out);
    else if (/\.(ts|tsx|js|mjs|html|json)$/.test(name)) out.push(p);
  }
  return out;
}

const sources = [...sourceFiles(join(ROOT, 'src')), join(ROOT, 'manifest.json')].map((f) => readFileSync(f, 'utf8')).join('\n');

/** `$1`…`$9` and named `$name$` tokens, sorted, so both languages can be compared. */
function placeholders(message: string): string[] {
  return [...message.matchAll(/\$\$|\$[a-zA-Z_][a-zA-Z0-9_]*\$|\$\d/g)].map((m) => m[0]).filter((t) => t !== '$$').sort();
}

describe('locales', () => {
  it('have the same keys in Dutch and English', () => {
    const missingInEn = Object.keys(nl).filter((k) => !(k in en));
    const missingInNl = Object.keys(en).filter((k) => !(k in nl));
    expect({ missingInEn, missingInNl }).toEqual({ missingInEn: [], missingInNl: [] });
  });

  it('use valid keys and non-empty messages', () => {
    for (const [lang, messages] of [['nl', nl], ['en', en]] as const) {
      for (const [key, entry] of Object.entries(messages)) {
        expect(key, `${lang}: key`).toMatch(/^[A-Za-z0-9_]+$/);
        expect(typeof entry.message === 'string' && entry.message.trim().length > 0, `${lang}.${key}: message`).toBe(true);
      }
    }
  });

  it('have the same placeholders in both languages', () => {
    const differ = Object.keys(nl)
      .filter((k) => k in en)
      .filter((k) => JSON.stringify(placeholders(nl[k]!.message)) !== JSON.stringify(placeholders(en[k]!.message)));
    expect(differ).toEqual([]);
  });

  it('are all used in src/ or manifest.json', () => {
    const unused = Object.keys(nl).filter((key) => {
      if (DYNAMIC_PREFIXES.some((p) => key.startsWith(p))) return false;
      return !(
        sources.includes(`'${key}'`) ||
        sources.includes(`"${key}"`) ||
        sources.includes(`\`${key}\``) ||
        sources.includes(`__MSG_${key}__`)
      );
    });
    expect(unused).toEqual([]);
  });
});

describe('format', () => {
  const entry = (message: string, placeholders?: Record<string, { content: string }>) => ({ message, ...(placeholders && { placeholders }) });

  it('substitutes positional arguments in the message and in named placeholders', () => {
    expect(format(entry('Tot $1, $2.'), 'k', ['10:00', 'morgen'])).toBe('Tot 10:00, morgen.');
    expect(format(entry('Hallo $NAME$!', { name: { content: '$1' } }), 'k', ['Anna'])).toBe('Hallo Anna!');
  });

  it('never re-reads a dollar inside an argument, and unescapes $$', () => {
    expect(format(entry('Prijs $$5 voor $1'), 'k', ['$2'])).toBe('Prijs $5 voor $2');
  });

  it('falls back to Dutch, then to the key itself', () => {
    const t = translator('en', { nl: { only_nl: { message: 'alleen NL' } }, en: {} });
    expect(t('only_nl')).toBe('alleen NL');
    expect(t('nowhere')).toBe('nowhere');
  });
});
