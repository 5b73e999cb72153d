// Memoized selectors: a derived value is recomputed only when one of its inputs is a new value.

/**
 * Wraps `compute` so that it runs again only when an argument differs (by `Object.is`) from the
 * previous call's; otherwise the previous result is returned. One entry is kept: selectors are
 * called with the current state's inputs, which change rarely.
 */
export function memoize<Args extends readonly unknown[], R>(
  compute: (...args: Args) => R,
): (...args: Args) => R {
  let last: { args: Args; value: R } | null = null;
  return (...args: Args): R => {
    if (
      last &&
      last.args.length === args.length &&
      last.args.every((value, i) => Object.is(value, args[i]))
    )
      return last.value;
    const value = compute(...args);
    last = { args, value };
    return value;
  };
}
