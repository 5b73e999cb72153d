// Memoized selectors: a derived value is recomputed only when one of its inputs is a new value.

/**
 * Wraps `compute` so that it runs again only when one of the keys `keysOf` names for a call
 * differs (by `Object.is`) from the previous call's; otherwise the previous result is returned.
 * The keys are what `compute` actually reads, so an argument that is a new object around the same
 * parts (a dataset with centrality merged in, say) does not recompute. One entry is kept:
 * selectors are called with the current state's inputs, which change rarely.
 */
export function memoizeBy<Args extends readonly unknown[], R>(
  keysOf: (...args: Args) => readonly unknown[],
  compute: (...args: Args) => R,
): (...args: Args) => R {
  let last: { keys: readonly unknown[]; value: R } | null = null;
  return (...args: Args): R => {
    const keys = keysOf(...args);
    if (
      last &&
      last.keys.length === keys.length &&
      last.keys.every((value, i) => Object.is(value, keys[i]))
    )
      return last.value;
    const value = compute(...args);
    last = { keys, value };
    return value;
  };
}

/** {@link memoizeBy} with the arguments themselves as the keys. */
export function memoize<Args extends readonly unknown[], R>(
  compute: (...args: Args) => R,
): (...args: Args) => R {
  return memoizeBy((...args: Args) => args, compute);
}
