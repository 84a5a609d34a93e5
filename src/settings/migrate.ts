// Upgrades stored settings from older shapes, one version step at a time. Works on untrusted, possibly sparse
// objects: every step reads only own properties and leaves validation to the fallback parser that runs after.
import { LIUDGER_PROFILE } from './profile-liudger.ts';
import { SCHEMA_VERSION, SITES } from './schema.ts';
import { isPlainObject, ownValue } from './paths.ts';

type Raw = Record<string, unknown>;

/**
 * Version 0 is the unversioned prototype's shape (no `schemaVersion`):
 * `{ role: 'employee'|'student'|'parent'|…, functie, language, paused, officialAccounts: ['x', …],
 *    rules, school, lessonHours, timeZone }`.
 */
function v0to1(o: Raw): Raw {
  const out: Raw = {};
  const copy = (from: string, to = from) => {
    const v = ownValue(o, from);
    if (v !== undefined) out[to] = v;
  };
  for (const key of ['role', 'function', 'accounts', 'school', 'rules', 'lessonHours', 'timeZone', 'uiLanguage', 'pausedUntil']) copy(key);
  copy('functie', 'function');
  copy('language', 'uiLanguage');
  const roles: Record<string, string> = {
    employee: 'medewerker', staff: 'medewerker', teacher: 'medewerker',
    student: 'leerling', pupil: 'leerling',
    parent: 'ouder', guardian: 'ouder', 'ouder/verzorger': 'ouder',
  };
  const role = ownValue(o, 'role');
  if (typeof role === 'string' && Object.hasOwn(roles, role)) out.role = roles[role];
  // The prototype paused with a boolean and no end time; an old pause must not silence warnings for ever.
  if (typeof ownValue(o, 'paused') === 'boolean') out.pausedUntil = 0;
  const official = ownValue(o, 'officialAccounts');
  if (Array.isArray(official) && out.accounts === undefined) {
    const accounts: Raw = {};
    for (const site of SITES) accounts[site] = official.includes(site) ? 'official' : 'private';
    out.accounts = accounts;
  }
  out.schemaVersion = 1;
  return out;
}

/** Version 2 added `school.reportUrl`, `school.escalationEmail` (defaults suffice) and `setupDone`. */
function v1to2(o: Raw): Raw {
  // Someone with stored version-1 settings has already chosen a role; don't greet them with the first-run view.
  return { ...o, setupDone: true, schemaVersion: 2 };
}

/**
 * Version 3 made the escalation contact and the report line per language (`{ nl, en }`). The old single string
 * was Dutch: it becomes the Dutch text; the English one is the default's when the old text was the default's,
 * else empty, so an English banner leaves the line out rather than showing Dutch.
 */
function v2to3(o: Raw): Raw {
  const school = ownValue(o, 'school');
  if (!isPlainObject(school)) return { ...o, schemaVersion: 3 };
  const next: Raw = { ...school };
  for (const key of ['escalationContact', 'reportTo'] as const) {
    const old = ownValue(school, key);
    if (typeof old === 'string') next[key] = { nl: old, en: old.trim() === LIUDGER_PROFILE[key].nl ? LIUDGER_PROFILE[key].en : '' };
  }
  return { ...o, school: next, schemaVersion: 3 };
}

/**
 * Version 4 added `school.articles`, the protocol as data (labels, wording, which rules the protocol has). Every
 * earlier version served CSG Liudger's protocol, whose labels are the defaults, so the defaults suffice.
 */
function v3to4(o: Raw): Raw {
  return { ...o, schemaVersion: 4 };
}

/**
 * Version 5 added Threads, Bluesky, YouTube, TikTok and WhatsApp Web: an account mode for each (private, the
 * default, as before for any site) and `sites`, a per-site switch. Every site a version-4 user had was watched, so
 * every switch starts on; the defaults fill both. Stored account modes of the four older sites are kept as they are.
 * It also added B1 for WhatsApp Web: `rules.groupChat`, `school.groupChats` and `school.articles.groupChat`, whose
 * defaults likewise suffice: a school's own profile keeps its texts and gets the default group words until it
 * sets its own.
 */
function v4to5(o: Raw): Raw {
  return { ...o, schemaVersion: 5 };
}

const STEPS: Record<number, (o: Raw) => Raw> = { 0: v0to1, 1: v1to2, 2: v2to3, 3: v3to4, 4: v4to5 };

export interface Migrated {
  data: Raw;
  from: number;
}

/** Brings `raw` to the current version. Unknown future versions are read as they are, field by field. */
export function migrate(raw: unknown): Migrated | undefined {
  if (!isPlainObject(raw)) return undefined;
  const v = ownValue(raw, 'schemaVersion');
  const from = v === undefined ? 0 : typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : -1;
  let data: Raw = raw;
  if (from === -1) return { data: { ...copyOwn(raw), schemaVersion: SCHEMA_VERSION }, from };
  for (let version = from; version < SCHEMA_VERSION; version++) data = STEPS[version]!(data);
  return { data: { ...copyOwn(data), schemaVersion: SCHEMA_VERSION }, from };
}

function copyOwn(o: Raw): Raw {
  const out: Raw = {};
  for (const key of Object.keys(o)) {
    if (key === '__proto__') continue;
    out[key] = o[key];
  }
  return out;
}
