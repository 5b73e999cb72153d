// Typed arrays of a value per item, filled by index.

/**
 * `Float64Array.from(items, value)`, filled by index. V8 runs `from` with a mapping function
 * through the iterator protocol, several times slower than this loop: on the 100k-paper map the
 * edge widths for hit-testing (312k) took ~100 ms of the first pointer move after each new scene.
 */
export function float64Of<T>(
  items: ArrayLike<T>,
  value: (item: T, index: number) => number,
): Float64Array {
  return fill(new Float64Array(items.length), items, value);
}

/** {@link float64Of} for 32-bit integers (values are truncated as `Int32Array` stores them). */
export function int32Of<T>(
  items: ArrayLike<T>,
  value: (item: T, index: number) => number,
): Int32Array {
  return fill(new Int32Array(items.length), items, value);
}

/** Writes `value` of each item into `out` at its index. */
function fill<A extends Float64Array | Int32Array, T>(
  out: A,
  items: ArrayLike<T>,
  value: (item: T, index: number) => number,
): A {
  for (let i = 0; i < out.length; i++) out[i] = value(items[i], i);
  return out;
}
