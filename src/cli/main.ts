// `npx postwacht`: judges drafts from the command line, for people (check "text"), for tools (check --jsonl)
// and prints the disclaimer. Arguments are parsed with node:util's parseArgs; all text comes from _locales.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { translator, type Translate } from '../i18n/translate.ts';
import { articlesOf, buildDisclaimer, byHarm, evaluate, ownTitle, ownWording } from '../protocol/index.ts';
import type { Draft, Evaluation, Finding, Lang, PersonalCategory, Settings, Site } from '../protocol/types.ts';
import { DEFAULT_SETTINGS, SITES } from '../settings/schema.ts';
import { isPlainObject as isObject } from '../settings/paths.ts';
import { importSettings } from '../settings/transfer.ts';

class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

const isLang = (v: unknown): v is Lang => v === 'nl' || v === 'en';
const isSite = (v: unknown): v is Site => (SITES as readonly unknown[]).includes(v);

/** The output language from LANG/LC_ALL/LC_MESSAGES when it names nl or en. */
function envLang(): Lang | undefined {
  const v = (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '').toLowerCase();
  if (v.startsWith('nl')) return 'nl';
  if (v.startsWith('en')) return 'en';
  return undefined;
}

// Settings files are read exactly as the popup imports them: migrated from older versions, fields left out
// keep their defaults, and any invalid field rejects the file with a message naming it.
function loadSettings(file: string | undefined, t: Translate): Settings {
  if (!file) return DEFAULT_SETTINGS;
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(t('cli_error_read_file', [file, (e as Error).message]));
  }
  const result = importSettings(raw, DEFAULT_SETTINGS);
  if (!result.ok) throw new CliError(`${file}: ${t(result.messageKey, result.args)}`);
  return result.settings;
}

const CATEGORY_KEYS: Record<PersonalCategory, string> = {
  name: 'cli_category_name',
  email: 'cli_category_email',
  phone: 'cli_category_phone',
  bsn: 'cli_category_bsn',
  iban: 'cli_category_iban',
  address: 'cli_category_address',
  birthdate: 'cli_category_birthdate',
  'student-number': 'cli_category_student_number',
  handle: 'cli_category_handle',
  plate: 'cli_category_plate',
  health: 'cli_category_health',
};

const SEVERITY_KEYS = { error: 'cli_severity_error', warning: 'cli_severity_warning', info: 'cli_severity_info' } as const;
const RELATED_KEYS = { explicit: 'cli_related_explicit', work: 'cli_related_work', none: 'cli_related_none' } as const;

/**
 * A finding for a person to read: the article as the school's protocol labels it (none when it gives no label),
 * and the school's own title and wording where its profile has them.
 */
function describe(f: Finding, t: Translate, settings: Settings, lang: Lang): string {
  const lines: string[] = [];
  const category = f.category ? ` (${t(CATEGORY_KEYS[f.category] ?? f.category)})` : '';
  const badge = f.article ? `[${f.article}] ` : '';
  lines.push(`${badge}${t(SEVERITY_KEYS[f.severity])}: ${ownTitle(settings, f, lang) ?? t(f.messageKey, f.messageArgs)}${category}`);
  if (f.start !== undefined && f.end !== undefined) lines.push(`    ${t('cli_finding_span', [f.text ?? '', f.start, f.end])}`);
  const detail = ownWording(settings, f, lang) ?? (f.detailKey ? t(f.detailKey, f.messageArgs) : '');
  if (detail) lines.push(`    ${detail}`);
  for (const fix of f.fixes ?? []) {
    const inserted = fix.edits.map((e) => e.text.trim()).join(' ');
    lines.push(`    ${t('cli_fix', [t(fix.labelKey), inserted])}`);
  }
  return lines.join('\n');
}

/** The machine-readable line: exactly id, related, lang and the findings' article, code, severity, span, category. */
export function jsonLine(id: unknown, e: Evaluation): string {
  return JSON.stringify({
    id,
    related: e.related,
    lang: e.lang,
    findings: e.findings.map((f) => ({
      article: f.article,
      code: f.code,
      severity: f.severity,
      ...(f.start !== undefined ? { start: f.start, end: f.end } : {}),
      ...(f.category !== undefined ? { category: f.category } : {}),
    })),
  });
}

function readInput(file: string, t: Translate): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    throw new CliError(t('cli_error_read_file', [file, (e as Error).message]));
  }
}

/** Judges every line; a bad line gets a message on stderr naming it, the rest are still judged. */
function checkJsonl(input: string, settings: Settings, t: Translate): number {
  const lines = input.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  let failed = 0;
  const out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(out.join('\n') + '\n');
    out.length = 0;
  };
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let item: unknown;
    try {
      item = JSON.parse(line);
    } catch (e) {
      failed++;
      flush();
      process.stderr.write(t('cli_error_line_json', [i + 1, (e as Error).message]) + '\n');
      return;
    }
    if (!isObject(item) || typeof item.text !== 'string') {
      failed++;
      flush();
      process.stderr.write(t('cli_error_line_text', [i + 1]) + '\n');
      return;
    }
    const draft: Draft = { text: item.text };
    // The site only changes the suggested disclaimer and the official-channel exemption, never the text judged.
    if (isSite(item.site)) draft.site = item.site;
    out.push(jsonLine(item.id ?? null, evaluate(draft, settings)));
    if (out.length >= 256) flush();
  });
  flush();
  if (failed) {
    process.stderr.write(t('cli_error_lines_failed', [failed]) + '\n');
    return 1;
  }
  return 0;
}

export function main(argv: string[]): number {
  let t = translator(envLang() ?? 'nl');
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    const err = e as { code?: string; message: string };
    const option = /'([^']+)'/.exec(err.message)?.[1] ?? '';
    process.stderr.write(
      (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? t('cli_error_missing_value', [option]) : t('cli_error_unknown_command', [option || err.message])) +
        '\n\n' +
        t('cli_usage') +
        '\n',
    );
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && !isLang(values.lang)) {
    process.stderr.write(t('cli_error_bad_value', ['--lang', values.lang]) + '\n');
    return 2;
  }
  if (values.site !== undefined && !isSite(values.site)) {
    process.stderr.write(t('cli_error_bad_value', ['--site', values.site]) + '\n');
    return 2;
  }
  const outLang: Lang | undefined = (values.lang as Lang | undefined) ?? envLang();
  t = translator(outLang ?? 'nl');
  const [command, ...rest] = positionals;
  if (values.help || !command || command === 'help') {
    process.stdout.write(t('cli_usage') + '\n');
    return values.help || command === 'help' ? 0 : 2;
  }
  try {
    const settings = loadSettings(values.settings, t);
    const site = values.site as Site | undefined;
    if (command === 'disclaimer') {
      if (rest.length) throw new CliError(t('cli_error_unknown_command', [rest[0]!]));
      process.stdout.write(buildDisclaimer(settings, outLang ?? 'nl', site) + '\n');
      return 0;
    }
    if (command !== 'check') throw new CliError(t('cli_error_unknown_command', [command]));
    if (values.jsonl !== undefined) {
      if (rest.length) throw new CliError(t('cli_error_unknown_command', [rest[0]!]));
      return checkJsonl(readInput(values.jsonl, t), settings, t);
    }
    if (!rest.length) throw new CliError(t('cli_error_missing_text'));
    const draft: Draft = { text: rest.join(' ') };
    if (site) draft.site = site;
    const result = evaluate(draft, settings);
    const shownLang = outLang ?? result.lang;
    const tr = translator(shownLang, undefined, articlesOf(settings));
    const lines = [tr('cli_summary', [tr(RELATED_KEYS[result.related]), result.lang])];
    if (!result.findings.length) lines.push(tr('cli_no_findings'));
    for (const f of byHarm(result.findings)) lines.push(describe(f, tr, settings, shownLang));
    process.stdout.write(lines.join('\n') + '\n');
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(e.message + '\n');
      return e.exitCode;
    }
    throw e;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      lang: { type: 'string' },
      site: { type: 'string' },
      settings: { type: 'string' },
      jsonl: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

// Run only as the program (the bin, the bundle the tests spawn, or main.ts itself), not when a test imports jsonLine.
const invoked = process.argv[1] ?? '';
if (/postwacht(\.m?js)?$|cli[\\/]main\.ts$/.test(invoked)) process.exitCode = main(process.argv.slice(2));
