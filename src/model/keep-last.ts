// A value derived from one object, kept for the last object asked about only.

/**
 * Wraps `compute` so that it runs once per key object in a row: asked about the same key again
 * (by identity), it returns the kept value; asked about another, it computes and keeps that
 * one instead. For values derived from the current dataset or scene, where a `WeakMap` would
 * also do: a `WeakMap`'s entries are ephemerons, which V8 marks in the final pause of a major
 * collection whenever it finds their key late, so a large value (a 300k-pair timeline index at
 * 100k papers) costs the page up to 100 ms each time. The last key is the current one anyway.
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
