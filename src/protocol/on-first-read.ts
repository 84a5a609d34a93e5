// Constants made on their first read. Building a Unicode pattern with \p{…} classes costs V8 a parse of the
// pattern at construction (and another when it first runs); at module load the evaluator's cue patterns were tens
// of milliseconds of main-thread script on the way to a tab's first banner (issue 14), while a draft that names
// the school needs hardly any of them.

/**
 * An object whose every property is made by its maker on the first read, then kept as a plain data property:
 * `CUE.X` reads like a constant, and only the first read pays for building it.
 */
export function onFirstRead<T extends Record<string, () => unknown>>(makers: T): { readonly [K in keyof T]: ReturnType<T[K]> } {
  const out = {} as Record<string, unknown>;
  for (const [key, make] of Object.entries(makers)) {
    Object.defineProperty(out, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = make();
        Object.defineProperty(out, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return out as { readonly [K in keyof T]: ReturnType<T[K]> };
}
