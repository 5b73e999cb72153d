// JSON record lists without parsing the whole text: element spans of arrays at key paths, top-level values, items with lines.
import { LineIndex, stripBom } from "./text-lines.ts";

/** One element of a scanned array: its text span (start inclusive, end exclusive). */
export interface JsonSpan {
  start: number;
  end: number;
}

export interface ScanJsonArraysOptions {
  /**
   * Read as JSON Lines too: a raw newline inside a string that is in no collected array ends the
   * top-level value around it (its open brackets are forgotten), so one broken line stays alone.
   */
  lines: boolean;
}

export const DEFAULT_SCAN_JSON_ARRAYS_OPTIONS: ScanJsonArraysOptions = { lines: false };

/** What {@link scanJsonArrays} found. */
export interface JsonArraysResult {
  /** Element spans per path (joined with `.`, e.g. `network.items`); absent when not found. */
  arrays: Map<string, JsonSpan[]>;
  /** Offset of each found array's opening bracket, per path. */
  arrayStarts: Map<string, number>;
  /** Offset of each found array's closing bracket, per path; absent when it never closes. */
  arrayEnds: Map<string, number>;
  /** Spans of the top-level values: one for a JSON document, one per record of JSON Lines. */
  topLevel: JsonSpan[];
  /** Containers still open at the end of the text (0 when the brackets balance). */
  openAtEnd: number;
  /** Offset where the document's brackets stop balancing (unclosed at the end, or a stray closer). */
  problemAt?: number;
}

/**
 * Scans JSON text once, tracking the key path of every container, and returns the element spans
 * of the arrays found at `paths` (each a list of object keys from the root, e.g.
 * `["network", "items"]`; `[]` is a top-level array and arrays nested directly in it), the first
 * array per path. Elements are cut at top-level commas of their array, so each can be parsed on
 * its own: one malformed element is one bad span, not a lost file. A raw newline ends an
 * unterminated string, and inside a collected element it ends the element too (the brackets it
 * left open are forgotten), so a broken string cannot swallow the rest of the file. The spans of
 * the top-level values are returned too (a bare scalar ends at its line end).
 */
export function scanJsonArrays(
  text: string,
  paths: readonly (readonly string[])[],
  options: Partial<ScanJsonArraysOptions> = {},
): JsonArraysResult {
  const { lines } = { ...DEFAULT_SCAN_JSON_ARRAYS_OPTIONS, ...options };
  const wanted = new Set(paths.map((p) => p.join(".")));
  const arrays = new Map<string, JsonSpan[]>();
  const arrayStarts = new Map<string, number>();
  const arrayEnds = new Map<string, number>();
  const topLevel: JsonSpan[] = [];
  const n = text.length;
  /** Container stack: 123 `{` or 91 `[`, with the key path to each container. */
  const kinds: number[] = [];
  const pathOf: string[] = [];
  /** Last key read in each open object (by stack depth). */
  const keys: string[] = [];
  let collecting: JsonSpan[] | null = null;
  let collectPath = "";
  let collectDepth = -1;
  let itemStart = -1;
  let topStart = -1;
  let problemAt: number | undefined;
  let i = 0;

  const startItem = (at: number): void => {
    if (collecting !== null && kinds.length === collectDepth && itemStart < 0) itemStart = at;
    else if (kinds.length === 0 && topStart < 0) topStart = at;
  };
  const endItem = (at: number): void => {
    if (collecting !== null && itemStart >= 0) collecting.push({ start: itemStart, end: at });
    itemStart = -1;
  };
  const endTop = (at: number): void => {
    if (topStart >= 0) topLevel.push({ start: topStart, end: at });
    topStart = -1;
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
      if (j < n && text.charCodeAt(j) === 10) {
        if (collecting !== null && kinds.length >= collectDepth) {
          // A string broken by a raw newline inside an element: the element ends here, and the
          // brackets it left open are dropped, so the next line starts afresh.
          endItem(j);
          kinds.length = pathOf.length = keys.length = collectDepth;
          i = j + 1;
          continue;
        }
        if (lines && collecting === null && topStart >= 0) {
          // JSON Lines: the broken line is one bad record.
          endTop(j);
          kinds.length = pathOf.length = keys.length = 0;
          i = j + 1;
          continue;
        }
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
        collectPath = path;
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
        endTop(i + 1);
        i++;
        continue;
      }
      if (collecting !== null && kinds.length === collectDepth) {
        endItem(i);
        arrayEnds.set(collectPath, i);
        collecting = null;
        collectDepth = -1;
      }
      kinds.pop();
      pathOf.pop();
      keys.pop();
      if (kinds.length === 0) endTop(i + 1);
      i++;
      continue;
    }
    if (c === 44 && collecting !== null && kinds.length === collectDepth) endItem(i);
    else if (c > 32) startItem(i);
    else if (c === 10 && kinds.length === 0) endTop(i); // a bare top-level scalar ends at its line end
    i++;
  }
  if (collecting !== null) endItem(n);
  endTop(n);
  if (kinds.length > 0) problemAt ??= n;
  const result: JsonArraysResult = {
    arrays,
    arrayStarts,
    arrayEnds,
    topLevel,
    openAtEnd: kinds.length,
  };
  if (problemAt !== undefined) result.problemAt = problemAt;
  return result;
}

/** One record of a JSON list: its parsed value, or why it could not be parsed. */
export interface JsonItem {
  /** 1-based line where the item starts. */
  line: number;
  value?: unknown;
  error?: string;
}

/** What {@link readJsonItems} found. */
export interface JsonItemsResult {
  items: JsonItem[];
  /** Where the record list was: `"array"`, `"key:<name>"`, `"object"` (a single record) or `"lines"` (JSON Lines). */
  shape: "array" | `key:${string}` | "object" | "lines" | "none";
  /** A problem with the document as a whole, with its line. */
  problem?: { line: number; message: string };
}

export interface ReadJsonItemsOptions {
  /** Keys of a top-level object that may hold the record array (`results`, `items`). */
  arrayKeys: readonly string[];
}

export const DEFAULT_READ_JSON_ITEMS_OPTIONS: ReadJsonItemsOptions = { arrayKeys: ["items"] };

/**
 * Reads the record list of a JSON document — a top-level array, an object holding the array under
 * one of `arrayKeys` (`{"results": […]}`, the first such array in the text), a single record
 * object, or JSON Lines — parsing each record on its own so that a malformed record is reported
 * with its line and the rest still loads.
 */
export function readJsonItems(
  text: string,
  options: Partial<ReadJsonItemsOptions> = {},
): JsonItemsResult {
  const { arrayKeys } = { ...DEFAULT_READ_JSON_ITEMS_OPTIONS, ...options };
  const s = stripBom(text);
  const scan = scanJsonArrays(s, [[], ...arrayKeys.map((k) => [k])], { lines: true });
  let shape: JsonItemsResult["shape"] = "none";
  let spans: JsonSpan[] = [];
  let unclosed = false;
  const first = scan.topLevel[0];
  const rootStart = scan.arrayStarts.get("");
  let keyed: string | undefined;
  for (const key of arrayKeys) {
    const start = scan.arrayStarts.get(key);
    if (start !== undefined && (keyed === undefined || start < scan.arrayStarts.get(keyed)!))
      keyed = key;
  }
  if (first !== undefined && rootStart === first.start) {
    shape = "array";
    spans = scan.arrays.get("") ?? [];
    unclosed = !scan.arrayEnds.has("");
  } else if (keyed !== undefined) {
    shape = `key:${keyed}`;
    spans = scan.arrays.get(keyed) ?? [];
    unclosed = !scan.arrayEnds.has(keyed);
  } else if (scan.topLevel.length > 0) {
    shape = scan.topLevel.length === 1 ? "object" : "lines";
    spans = scan.topLevel;
    unclosed = scan.openAtEnd > 0;
  }
  const lines = new LineIndex(s);
  const items: JsonItem[] = [];
  for (const span of spans) {
    const raw = s.slice(span.start, span.end).trim();
    if (raw === "") continue;
    const line = lines.lineAt(span.start);
    try {
      items.push({ line, value: JSON.parse(raw) as unknown });
    } catch (error) {
      items.push({ line, error: error instanceof Error ? error.message : String(error) });
    }
  }
  const result: JsonItemsResult = { items, shape };
  if (shape === "none") result.problem = { line: 1, message: "no JSON records found" };
  else if (unclosed)
    result.problem = {
      line: lines.lineAt(s.length),
      message: "the JSON document ends before its closing bracket",
    };
  return result;
}
