// Finds the elements of JSON arrays at given key paths, with offsets, without parsing the whole text.

/** One element of a scanned array: its text span (start inclusive, end exclusive). */
export interface JsonSpan {
  start: number;
  end: number;
}

/** What {@link scanJsonArrays} found. */
export interface JsonArraysResult {
  /** Element spans per path (joined with `.`, e.g. `network.items`); absent when not found. */
  arrays: Map<string, JsonSpan[]>;
  /** Offset of each found array's opening bracket, per path. */
  arrayStarts: Map<string, number>;
  /** Offset where the document's brackets stop balancing (unclosed at the end, or a stray closer). */
  problemAt?: number;
}

/**
 * Scans JSON text once, tracking the key path of every container, and returns the element spans
 * of the arrays found at `paths` (each a list of object keys from the root, e.g.
 * `["network", "items"]`). Elements are cut at top-level commas of their array, so each can be
 * parsed on its own: one malformed element is one bad span, not a lost file. A raw newline ends an
 * unterminated string, and inside a collected element it ends the element too (the brackets it
 * left open are forgotten), so a broken string cannot swallow the rest of the file.
 */
export function scanJsonArrays(
  text: string,
  paths: readonly (readonly string[])[],
): JsonArraysResult {
  const wanted = new Set(paths.map((p) => p.join(".")));
  const arrays = new Map<string, JsonSpan[]>();
  const arrayStarts = new Map<string, number>();
  const n = text.length;
  /** Container stack: 123 `{` or 91 `[`, with the key path to each container. */
  const kinds: number[] = [];
  const pathOf: string[] = [];
  /** Last key read in each open object (by stack depth). */
  const keys: string[] = [];
  let collecting: JsonSpan[] | null = null;
  let collectDepth = -1;
  let itemStart = -1;
  let problemAt: number | undefined;
  let i = 0;

  const startItem = (at: number): void => {
    if (collecting !== null && kinds.length === collectDepth && itemStart < 0) itemStart = at;
  };
  const endItem = (at: number): void => {
    if (collecting !== null && itemStart >= 0) collecting.push({ start: itemStart, end: at });
    itemStart = -1;
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const start = i;
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 92) j += 2;
        else if (d === 34 || d === 10) break;
        else j++;
      }
      startItem(start);
      if (
        j < n &&
        text.charCodeAt(j) === 10 &&
        collecting !== null &&
        kinds.length > collectDepth
      ) {
        // A string broken by a raw newline inside an element: the element ends here, and the
        // brackets it left open are dropped, so the next line starts afresh.
        endItem(j);
        kinds.length = pathOf.length = keys.length = collectDepth;
        i = j + 1;
        continue;
      }
      if (kinds.length > 0 && kinds[kinds.length - 1] === 123) {
        let k = j + 1;
        while (k < n && text.charCodeAt(k) <= 32) k++;
        if (text.charCodeAt(k) === 58) keys[kinds.length - 1] = text.slice(start + 1, j);
      }
      i = j + 1;
      continue;
    }
    if (c === 123 || c === 91) {
      startItem(i);
      const depth = kinds.length;
      const parentPath = depth === 0 ? "" : pathOf[depth - 1];
      const inObject = depth > 0 && kinds[depth - 1] === 123;
      const path = inObject
        ? parentPath === ""
          ? keys[depth - 1]
          : `${parentPath}.${keys[depth - 1]}`
        : parentPath;
      kinds.push(c);
      pathOf.push(path);
      keys.push("");
      if (c === 91 && collecting === null && wanted.has(path) && !arrays.has(path)) {
        collecting = [];
        arrays.set(path, collecting);
        arrayStarts.set(path, i);
        collectDepth = kinds.length;
      }
      i++;
      continue;
    }
    if (c === 125 || c === 93) {
      if (kinds.length === 0) {
        problemAt ??= i;
        i++;
        continue;
      }
      if (collecting !== null && kinds.length === collectDepth) {
        endItem(i);
        collecting = null;
        collectDepth = -1;
      }
      kinds.pop();
      pathOf.pop();
      keys.pop();
      i++;
      continue;
    }
    if (c === 44 && collecting !== null && kinds.length === collectDepth) endItem(i);
    else if (c > 32) startItem(i);
    i++;
  }
  if (collecting !== null) endItem(n);
  if (kinds.length > 0) problemAt ??= n;
  const result: JsonArraysResult = { arrays, arrayStarts };
  if (problemAt !== undefined) result.problemAt = problemAt;
  return result;
}
