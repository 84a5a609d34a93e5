// Dotted paths ('school.disclaimers.nl.opinion') name settings fields in fallback reports, policy locks and the
// popup. Reads only own properties, so keys such as `__proto__` or `constructor` in stored data are never followed.

export type Path = string;

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

export function hasOwn(o: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key);
}

export function ownValue(o: unknown, key: string): unknown {
  return isPlainObject(o) && hasOwn(o, key) ? o[key] : undefined;
}

export function getAt(o: unknown, path: Path): unknown {
  let cur = o;
  for (const key of path.split('.')) cur = ownValue(cur, key);
  return cur;
}

/** A copy of `o` with `value` at `path`; intermediate objects are copied, never shared or mutated. */
export function setAt<T>(o: T, path: Path, value: unknown): T {
  const [head, ...rest] = path.split('.');
  const base: Record<string, unknown> = isPlainObject(o) ? { ...o } : {};
  // defineProperty rather than assignment: a key named `__proto__` must stay data, never reach the prototype.
  const next = rest.length ? setAt(ownValue(base, head!), rest.join('.'), value) : value;
  Object.defineProperty(base, head!, { value: next, enumerable: true, writable: true, configurable: true });
  return base as T;
}

export function join(parent: Path, key: string): Path {
  return parent ? `${parent}.${key}` : key;
}

/** Whether `path` is fixed by a lock on itself or on one of its ancestors. */
export function isLockedPath(locked: readonly Path[], path: Path): boolean {
  return locked.some((l) => path === l || path.startsWith(`${l}.`));
}

/** Whether anything at or below `path` is locked (a section with at least one locked field). */
export function hasLockedWithin(locked: readonly Path[], path: Path): boolean {
  return locked.some((l) => l === path || l.startsWith(`${path}.`) || path.startsWith(`${l}.`));
}
