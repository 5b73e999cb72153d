// The field report's edges section written as UTF-8 bytes straight into buffers: the bytes of edgesSectionChunks, without a string per edge.
import { jsonNumber, type EdgeJsonInput } from "./field-edges-json.ts";

/** {@link EdgeJsonInput} with the quoted ids as newline-joined strings (as a worker gets them). */
export type EdgeBytesInput = Omit<EdgeJsonInput, "quotedIds" | "quotedPapers"> & {
  quotedIds: string;
  quotedPapers: string;
};

/** A JSON-quoted string never holds a raw line break: the joined list splits at them. */
function encodeJoined(joined: string): { bytes: Uint8Array; starts: Int32Array } {
  const bytes = new TextEncoder().encode(joined);
  let count = joined === "" ? 0 : 1;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) count++;
  // starts[k] … starts[k + 1] - 1 is item k, its line break excluded.
  const starts = new Int32Array(count + 1);
  let k = 1;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) starts[k++] = i + 1;
  starts[count] = bytes.length + 1;
  return { bytes, starts };
}

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const OPEN = ascii('  "edges": [\n    ');
const EMPTY = ascii('  "edges": []');
const BETWEEN = ascii(",\n    ");
const CLOSE = ascii("\n  ]");
const AFTER = ascii(",\n");
const SOURCE = ascii('{\n      "source": ');
const TARGET = ascii(',\n      "target": ');
const WEIGHT = ascii(',\n      "weight": ');
const PAPERS = ascii(',\n      "papers": ');
const LIST_OPEN = ascii("[\n        ");
const LIST_BETWEEN = ascii(",\n        ");
const LIST_CLOSE = ascii("\n      ]");
const NO_PAPERS = ascii("[]");
const FIRST_YEAR = ascii(',\n      "firstYear": ');
const LAST_YEAR = ascii(',\n      "lastYear": ');
const END = ascii("\n    }");
const NULL = ascii("null");
/** Bytes of a record besides its ids, paper ids and numbers, and of the most a number takes. */
const FIXED = SOURCE.length + TARGET.length + WEIGHT.length + PAPERS.length + LIST_OPEN.length;
const NUMBER = 32;

/**
 * Yields the UTF-8 bytes of `edgesSectionChunks(input)` joined (byte for byte the same text), in
 * pieces of about `chunkBytes` (more when one edge needs more), each a buffer of its own. Ids are
 * encoded once; numbers go through `jsonNumber` unless they are small integers.
 */
export function* edgesSectionBytes(
  input: EdgeBytesInput,
  chunkBytes = 1 << 20,
): Generator<Uint8Array<ArrayBuffer>> {
  const ids = encodeJoined(input.quotedIds);
  const papers = encodeJoined(input.quotedPapers);
  const { edgeSource, edgeTarget, edgeWeight, edgePaperOffsets, edgePapers, paperYears } = input;
  let longestPaper = 0;
  for (let p = 0; p + 1 < papers.starts.length; p++)
    longestPaper = Math.max(longestPaper, papers.starts[p + 1] - papers.starts[p]);
  const perPaper = longestPaper + LIST_BETWEEN.length;

  let buffer: Uint8Array<ArrayBuffer> = new Uint8Array(chunkBytes);
  let at = 0;
  // The copies work on locals: the shared `buffer` and `at` are read once and written once.
  const put = (bytes: Uint8Array) => {
    const out = buffer;
    let to = at;
    for (let i = 0; i < bytes.length; i++) out[to++] = bytes[i];
    at = to;
  };
  const putItem = (list: { bytes: Uint8Array; starts: Int32Array }, k: number) => {
    const { bytes } = list;
    const out = buffer;
    let to = at;
    for (let i = list.starts[k], end = list.starts[k + 1] - 1; i < end; i++) out[to++] = bytes[i];
    at = to;
  };
  const putNumber = (x: number) => {
    if (Number.isInteger(x) && x >= 0 && x < 1e15) {
      // Digits of a non-negative integer, as `${x}` writes it, from the last one back.
      let digits = 1;
      for (let rest = x; rest >= 10; rest = Math.floor(rest / 10)) digits++;
      at += digits;
      for (let i = at - 1; i >= at - digits; i--) {
        buffer[i] = 48 + (x % 10);
        x = Math.floor(x / 10);
      }
    } else put(ascii(jsonNumber(x)));
  };
  /**
   * The filled part, to hand out when `need` more bytes would not fit (a new buffer is started
   * then), else null. Asked once per edge: a plain call, no generator made each time.
   */
  const full = (need: number): Uint8Array<ArrayBuffer> | null => {
    if (at + need <= buffer.length) return null;
    const filled = at > 0 ? buffer.subarray(0, at) : null;
    buffer = new Uint8Array(Math.max(chunkBytes, need));
    at = 0;
    return filled;
  };
  function* room(need: number): Generator<Uint8Array<ArrayBuffer>> {
    const filled = full(need);
    if (filled !== null) yield filled;
  }

  const m = edgeSource.length;
  if (m === 0) {
    yield* room(EMPTY.length + AFTER.length);
    put(EMPTY);
  }
  for (let e = 0; e < m; e++) {
    const from = edgePaperOffsets[e];
    const to = edgePaperOffsets[e + 1];
    const s = edgeSource[e];
    const t = edgeTarget[e];
    const need =
      OPEN.length +
      FIXED +
      ids.starts[s + 1] -
      ids.starts[s] +
      ids.starts[t + 1] -
      ids.starts[t] +
      (to - from) * perPaper +
      LIST_CLOSE.length +
      FIRST_YEAR.length +
      LAST_YEAR.length +
      END.length +
      3 * NUMBER;
    const filled = full(need);
    if (filled !== null) yield filled;
    put(e === 0 ? OPEN : BETWEEN);
    put(SOURCE);
    putItem(ids, s);
    put(TARGET);
    putItem(ids, t);
    put(WEIGHT);
    putNumber(edgeWeight[e]);
    put(PAPERS);
    let first = Infinity;
    let last = -Infinity;
    if (to === from) put(NO_PAPERS);
    else {
      put(LIST_OPEN);
      for (let k = from; k < to; k++) {
        if (k > from) put(LIST_BETWEEN);
        const p = edgePapers[k];
        putItem(papers, p);
        const year = paperYears[p];
        if (year < first) first = year;
        if (year > last) last = year;
      }
      put(LIST_CLOSE);
    }
    put(FIRST_YEAR);
    if (first === Infinity) put(NULL);
    else putNumber(first);
    put(LAST_YEAR);
    if (last === -Infinity) put(NULL);
    else putNumber(last);
    put(END);
  }
  yield* room(CLOSE.length + AFTER.length);
  if (m > 0) put(CLOSE);
  put(AFTER);
  yield buffer.subarray(0, at);
}
