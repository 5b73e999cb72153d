// JSON record lists with line numbers: each item of the record array parsed on its own, so one broken item is skipped.
import { LineIndex, stripBom } from "./text-lines.ts";

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

interface Span {
  start: number;
  end: number;
}

/**
 * Finds the spans of the values at the record level: elements of a top-level array, elements of
 * the array under one of `arrayKeys` in a top-level object, or the top-level values themselves
 * (one object, or several in JSON Lines). A raw newline ends an unterminated string, so one broken
 * item does not swallow the rest.
 */
function scan(
  s: string,
  arrayKeys: readonly string[],
): { spans: Span[]; shape: JsonItemsResult["shape"]; unclosed: boolean } {
  const n = s.length;
  // Container stack: 91 `[`, 123 `{`.
  const stack: number[] = [];
  let itemsDepth = -1; // stack length inside the record array
  let shape: JsonItemsResult["shape"] = "none";
  let pendingKey: string | null = null;
  const spans: Span[] = [];
  let itemStart = -1;
  let topStart = -1;
  let topCount = 0;
  const topSpans: Span[] = [];
  let i = 0;
  const startItem = (at: number): void => {
    if (itemsDepth >= 0 && stack.length === itemsDepth && itemStart < 0) itemStart = at;
  };
  const endItem = (at: number): void => {
    if (itemStart >= 0 && stack.length === itemsDepth) {
      spans.push({ start: itemStart, end: at });
      itemStart = -1;
    }
  };
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 34) {
      // string
      const start = i;
      let j = i + 1;
      while (j < n) {
        const d = s.charCodeAt(j);
        if (d === 92) j += 2;
        else if (d === 34 || d === 10) break;
        else j++;
      }
      startItem(start);
      if (stack.length === 0 && topStart < 0) topStart = start;
      if (j < n && s.charCodeAt(j) === 10) {
        // Unterminated string: the record around it is broken; end it here and go on at the next line.
        if (itemsDepth > 0 && stack.length >= itemsDepth && itemStart >= 0) {
          spans.push({ start: itemStart, end: j });
          itemStart = -1;
          stack.length = itemsDepth;
        } else if (itemsDepth < 0 && topStart >= 0) {
          topSpans.push({ start: topStart, end: j });
          topStart = -1;
          topCount++;
          stack.length = 0;
        }
        pendingKey = null;
        i = j + 1;
        continue;
      }
      // A string directly in the top-level object may be a key naming the record array.
      if (stack.length === 1 && stack[0] === 123) pendingKey = s.slice(start + 1, Math.min(j, n));
      i = j + 1;
      continue;
    }
    if (c === 123 || c === 91) {
      startItem(i);
      if (stack.length === 0 && topStart < 0) topStart = i;
      if (
        c === 91 &&
        itemsDepth < 0 &&
        ((stack.length === 0 && topCount === 0) ||
          (stack.length === 1 &&
            stack[0] === 123 &&
            pendingKey !== null &&
            arrayKeys.includes(pendingKey)))
      ) {
        shape = stack.length === 0 ? "array" : `key:${pendingKey}`;
        stack.push(c);
        itemsDepth = stack.length;
        i++;
        continue;
      }
      stack.push(c);
      i++;
      continue;
    }
    if (c === 125 || c === 93) {
      if (stack.length === itemsDepth) {
        // The record array itself closes (or a stray bracket inside it).
        endItem(i);
        if (c === 93) {
          stack.pop();
          itemsDepth = -2; // found and finished
        }
        i++;
        continue;
      }
      stack.pop();
      if (stack.length === itemsDepth) endItem(i + 1);
      if (stack.length === 0 && topStart >= 0) {
        topSpans.push({ start: topStart, end: i + 1 });
        topStart = -1;
        topCount++;
      }
      i++;
      continue;
    }
    if (c === 44 && stack.length === itemsDepth) {
      endItem(i);
      i++;
      continue;
    }
    if (c > 32) {
      // number, true, false, null
      startItem(i);
      if (stack.length === 0 && topStart < 0) topStart = i;
    } else if (c === 10 && stack.length === 0 && topStart >= 0) {
      // a bare top-level scalar ends at the line end
      topSpans.push({ start: topStart, end: i });
      topStart = -1;
      topCount++;
    }
    i++;
  }
  if (itemsDepth >= 0 || itemsDepth === -2) {
    if (itemStart >= 0) spans.push({ start: itemStart, end: n });
    return { spans, shape, unclosed: itemsDepth >= 0 };
  }
  if (topStart >= 0) topSpans.push({ start: topStart, end: n });
  if (topSpans.length === 1)
    return { spans: topSpans, shape: "object", unclosed: stack.length > 0 };
  if (topSpans.length > 1) return { spans: topSpans, shape: "lines", unclosed: stack.length > 0 };
  return { spans: [], shape: "none", unclosed: false };
}

/**
 * Reads the record list of a JSON document — a top-level array, an object holding the array under
 * one of `arrayKeys` (`{"results": […]}`), a single record object, or JSON Lines — parsing each
 * record on its own so that a malformed record is reported with its line and the rest still loads.
 */
export function readJsonItems(
  text: string,
  options: Partial<ReadJsonItemsOptions> = {},
): JsonItemsResult {
  const { arrayKeys } = { ...DEFAULT_READ_JSON_ITEMS_OPTIONS, ...options };
  const s = stripBom(text);
  const lines = new LineIndex(s);
  const { spans, shape, unclosed } = scan(s, arrayKeys);
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
