// Memoized derived values, one entry each: recomputed only when an input is a new value.

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

/**
 * {@link memoize} for one object argument, without an argument list per call (for hot paths):
 * asked about the same key again (by identity) it returns the kept value; asked about another,
 * it computes and keeps that one instead. For values derived from the current dataset or scene,
 * where a `WeakMap` would also do: a `WeakMap`'s entries are ephemerons, which V8 marks in the
 * final pause of a major collection whenever it finds their key late, so a large value (a
 * 300k-pair timeline index at 100k papers) costs the page up to 100 ms each time. The last key
 * is the current one anyway.
 */
export function keepLast<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  let lastKey: K | null = null;
  let lastValue: V | undefined;
  return (key: K): V => {
    if (key !== lastKey) {
      lastValue = compute(key);
      lastKey = key;
    }
    return lastValue as V;
  };
}
