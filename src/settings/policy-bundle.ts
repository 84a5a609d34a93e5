// Policy bundles for IT: the school's settings in every form the README documents (the plain policy object,
// Google Admin console JSON, Windows .reg for Chrome and Edge, the Intune platform script, Firefox's
// policies.json, the Linux Chromium policy file), and any of them read back. Pure text in, text out: the options
// page offers these as downloads, and the README's examples are exactly what these functions produce (a test
// compares them; `npm run readme-policies` rewrites them).
import { parseManaged, MANAGEABLE_KEYS, managedSettingsSchema } from './managed.ts';
import { getAt, isPlainObject, ownValue, setAt } from './paths.ts';
import type { Settings } from './schema.ts';
import { z } from 'zod';

export type Policy = Record<string, unknown>;
export type PolicyForm = 'policy' | 'admin' | 'reg-chrome' | 'reg-edge' | 'intune' | 'firefox' | 'linux';

export const POLICY_FORMS: readonly PolicyForm[] = ['policy', 'admin', 'reg-chrome', 'reg-edge', 'intune', 'firefox', 'linux'];

export interface BundleOptions {
  /** The Chrome/Edge extension id; the README writes `<extension-id>` for the admin to fill in. */
  extensionId?: string;
  /** The Firefox add-on id (the manifest's gecko id). */
  firefoxId?: string;
  /** Where Firefox fetches the add-on for a forced install. */
  firefoxInstallUrl?: string;
}

export const DEFAULT_BUNDLE_OPTIONS: Required<BundleOptions> = {
  extensionId: '<extension-id>',
  firefoxId: 'postwacht@csgliudger.nl',
  firefoxInstallUrl: 'https://addons.mozilla.org/firefox/downloads/latest/postwacht/latest.xpi',
};

/**
 * The policy a school sets: its profile, the checks, lesson hours and time zone. Account modes are personal
 * unless asked for (shared machines that post for an official channel).
 */
export function policyFromSettings(settings: Settings, opts: { accounts?: boolean } = {}): Policy {
  const policy: Policy = { school: settings.school, rules: settings.rules, lessonHours: settings.lessonHours, timeZone: settings.timeZone };
  if (opts.accounts) policy.accounts = settings.accounts;
  return structuredClone(policy);
}

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

/** Keys whose policy type is an object: the registry and the script carry them as JSON text, strings as they are. */
function isObjectKey(key: string): boolean {
  return (managedSettingsSchema.shape as Record<string, z.ZodType>)[key] instanceof z.ZodObject;
}

/** A value as a registry or script string: JSON text for objects and lists, the string itself (one line) else. */
function asText(value: unknown): string {
  return typeof value === 'string' ? value.replace(/[\r\n]+/g, ' ') : JSON.stringify(value);
}

const REG_ROOT = { 'reg-chrome': 'Google\\Chrome', 'reg-edge': 'Microsoft\\Edge' } as const;
const regEscape = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

export function toAdminJson(policy: Policy): string {
  return json(Object.fromEntries(Object.entries(policy).map(([k, v]) => [k, { Value: v }])));
}

/** A .reg file for Chrome or Edge (save it as UTF-16 with {@link regFileBytes}, as regedit expects). */
export function toReg(policy: Policy, browser: 'reg-chrome' | 'reg-edge', extensionId = DEFAULT_BUNDLE_OPTIONS.extensionId): string {
  const lines = ['Windows Registry Editor Version 5.00', '', `[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${REG_ROOT[browser]}\\3rdparty\\extensions\\${extensionId}\\policy]`];
  for (const [k, v] of Object.entries(policy)) lines.push(`"${regEscape(k)}"="${regEscape(asText(v))}"`);
  return `${lines.join('\n')}\n`;
}

/** The .reg text as regedit reads it best: UTF-16LE with a byte-order mark and CRLF line ends. */
export function regFileBytes(text: string): Uint8Array {
  const crlf = `\ufeff${text.replace(/\r?\n/g, '\r\n')}`;
  const out = new Uint8Array(crlf.length * 2);
  for (let i = 0; i < crlf.length; i++) {
    const c = crlf.charCodeAt(i);
    out[2 * i] = c & 0xff;
    out[2 * i + 1] = c >> 8;
  }
  return out;
}

/** The Intune platform script (PowerShell) writing the same registry values for Chrome and Edge. */
export function toIntune(policy: Policy, extensionId = DEFAULT_BUNDLE_OPTIONS.extensionId): string {
  const lines = [`$id = '${extensionId.replace(/'/g, "''")}'`, '$values = [ordered]@{'];
  for (const [k, v] of Object.entries(policy)) {
    // A here-string ends at a line starting with '@; the values are one line, so only a value starting with
    // it could end it early: a leading space keeps such a (never valid) value from doing so.
    const text = asText(v);
    lines.push(`'${k.replace(/'/g, "''")}' = @'`, text.startsWith("'@") ? ` ${text}` : text, "'@");
  }
  lines.push(
    '}',
    "foreach ($root in 'HKLM:\\SOFTWARE\\Policies\\Google\\Chrome', 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Edge') {",
    '  $key = "$root\\3rdparty\\extensions\\$id\\policy"',
    '  New-Item -Path $key -Force | Out-Null',
    '  foreach ($name in $values.Keys) { Set-ItemProperty -Path $key -Name $name -Value $values[$name] -Type String }',
    '}',
  );
  return `${lines.join('\n')}\n`;
}

export function toFirefox(policy: Policy, opts: BundleOptions = {}): string {
  const o = { ...DEFAULT_BUNDLE_OPTIONS, ...opts };
  return json({
    policies: {
      ExtensionSettings: { [o.firefoxId]: { installation_mode: 'force_installed', install_url: o.firefoxInstallUrl } },
      '3rdparty': { Extensions: { [o.firefoxId]: policy } },
    },
  });
}

/** The file for /etc/chromium/policies/managed/ (and Chrome's and Edge's managed policy folders). */
export function toLinux(policy: Policy, extensionId = DEFAULT_BUNDLE_OPTIONS.extensionId): string {
  return json({ '3rdparty': { extensions: { [extensionId]: policy } } });
}

/** `policy` in one form, as the text of the file to hand to IT. */
export function exportPolicy(policy: Policy, form: PolicyForm, opts: BundleOptions = {}): string {
  const o = { ...DEFAULT_BUNDLE_OPTIONS, ...opts };
  switch (form) {
    case 'policy':
      return json(policy);
    case 'admin':
      return toAdminJson(policy);
    case 'reg-chrome':
    case 'reg-edge':
      return toReg(policy, form, o.extensionId);
    case 'intune':
      return toIntune(policy, o.extensionId);
    case 'firefox':
      return toFirefox(policy, o);
    case 'linux':
      return toLinux(policy, o.extensionId);
  }
}

/** Every form at once, for the options page's downloads and the README's examples. */
export function exportAll(policy: Policy, opts: BundleOptions = {}): Record<PolicyForm, string> {
  return Object.fromEntries(POLICY_FORMS.map((f) => [f, exportPolicy(policy, f, opts)])) as Record<PolicyForm, string>;
}

// --- Reading a bundle back -----------------------------------------------------------------------------------

/** Far above any real policy; refuses a pasted video before parsing it. */
export const MAX_POLICY_BYTES = 256 * 1024;

export type PolicyImport =
  | { ok: true; form: PolicyForm; policy: Policy; overrides: Record<string, unknown>; locked: string[]; invalid: string[] }
  | { ok: false; messageKey: string };

/** A registry or script value back to its policy value: JSON text for object keys, the string else. */
function fromText(key: string, text: string): unknown {
  if (!isObjectKey(key)) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text; // left for validation to name
  }
}

function readReg(text: string): Policy {
  const out: Policy = {};
  // `"name"="value"` with \\ and \" escapes; linear: the value's class excludes the quote and the backslash.
  for (const m of text.matchAll(/^\s*"(\w+)"="((?:[^"\\]|\\.)*)"\s*$/gm)) out[m[1]!] = fromText(m[1]!, m[2]!.replace(/\\(.)/g, '$1'));
  return out;
}

function readIntune(text: string): Policy {
  const out: Policy = {};
  for (const m of text.matchAll(/^'(\w+)' = @'\r?\n([^\r\n]*)\r?\n'@/gm)) out[m[1]!] = fromText(m[1]!, m[2]!.replace(/^ '@/, "'@"));
  return out;
}

/** The single extension entry of a `3rdparty` block (any id: the admin fills in their own). */
function onlyEntry(o: unknown): Policy | undefined {
  if (!isPlainObject(o)) return undefined;
  const values = Object.values(o);
  return values.length === 1 && isPlainObject(values[0]) ? values[0] : undefined;
}

function readJson(raw: unknown): { form: PolicyForm; policy: Policy } | undefined {
  if (!isPlainObject(raw)) return undefined;
  const ff = onlyEntry(ownValue(ownValue(ownValue(raw, 'policies'), '3rdparty'), 'Extensions'));
  if (ff) return { form: 'firefox', policy: ff };
  const linux = onlyEntry(ownValue(ownValue(raw, '3rdparty'), 'extensions'));
  if (linux) return { form: 'linux', policy: linux };
  const entries = Object.entries(raw);
  if (entries.length && entries.every(([, v]) => isPlainObject(v) && Object.keys(v).length === 1 && 'Value' in v)) {
    return { form: 'admin', policy: Object.fromEntries(entries.map(([k, v]) => [k, (v as { Value: unknown }).Value])) };
  }
  return { form: 'policy', policy: raw };
}

/**
 * Reads any exported form back. The policy is validated field by field, as the extension reads a policy: the
 * valid values come back as `overrides` (to apply to the settings), the rest are named in `invalid`.
 */
export function importPolicy(text: string): PolicyImport {
  if (text.length > MAX_POLICY_BYTES) return { ok: false, messageKey: 'settings_import_too_large' };
  const body = text.replace(/^\uFEFF/, '');
  let read: { form: PolicyForm; policy: Policy } | undefined;
  if (/^\s*Windows Registry Editor/.test(body)) {
    read = { form: /\\Microsoft\\Edge\\/.test(body) ? 'reg-edge' : 'reg-chrome', policy: readReg(body) };
  } else if (/^\$values = \[ordered\]@\{/m.test(body)) {
    read = { form: 'intune', policy: readIntune(body) };
  } else {
    let raw: unknown;
    try {
      raw = JSON.parse(body);
    } catch {
      return { ok: false, messageKey: 'settings_import_not_json' };
    }
    read = readJson(raw);
  }
  if (!read || !Object.keys(read.policy).some((k) => (MANAGEABLE_KEYS as readonly string[]).includes(k))) {
    return { ok: false, messageKey: 'settings_import_not_settings' };
  }
  const { overrides, locked, invalid } = parseManaged(read.policy);
  return { ok: true, form: read.form, policy: read.policy, overrides, locked, invalid };
}

/** `base` with an imported policy's valid values put in, field by field (what the extension would show locked). */
export function applyPolicy(base: Settings, imported: { overrides: Record<string, unknown>; locked: readonly string[] }): Settings {
  let out = base;
  for (const path of imported.locked) out = setAt(out, path, getAt(imported.overrides, path));
  return out;
}
