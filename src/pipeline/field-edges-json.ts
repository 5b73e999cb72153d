// The field report's edges section as JSON text, from plain arrays only (so a worker thread can write it).
import type { Corpus } from "../model/types.ts";
import type { FieldNetwork } from "./field-network.ts";
import { float64Of } from "../model/typed-of.ts";

/**
 * What the edges section is written from: the network's edge arrays, every author and paper id
 * already quoted (`"p1"`), and each paper's year (NaN when it has none). Arrays and strings only:
 * it crosses to a worker thread as it is.
 */
export interface EdgeJsonInput {
  quotedIds: string[];
  quotedPapers: string[];
  paperYears: Float64Array;
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  edgeWeight: Float64Array;
  edgePaperOffsets: Int32Array;
  edgePapers: Int32Array;
}

/** The {@link EdgeJsonInput} of a network and its corpus, ids quoted as given. */
export function edgeJsonInput(
  corpus: Corpus,
  network: FieldNetwork,
  quotedIds: string[],
  quotedPapers: string[],
): EdgeJsonInput {
  const { edgeSource, edgeTarget, edgeWeight, edgePaperOffsets, edgePapers } = network;
  const paperYears = paperYearArray(corpus);
  return {
    quotedIds,
    quotedPapers,
    paperYears,
    edgeSource,
    edgeTarget,
    edgeWeight,
    edgePaperOffsets,
    edgePapers,
  };
}

/** Each paper's year, NaN when it has none. */
export function paperYearArray(corpus: Corpus): Float64Array {
  return float64Of(corpus.papers, (p) => p.year ?? NaN);
}

/** The earliest and latest year of edge `e`'s papers, null when none has one. */
export function edgeYears(
  paperYears: Float64Array,
  edges: Pick<EdgeJsonInput, "edgePaperOffsets" | "edgePapers">,
  e: number,
): { firstYear: number | null; lastYear: number | null } {
  let first = Infinity;
  let last = -Infinity;
  for (let k = edges.edgePaperOffsets[e]; k < edges.edgePaperOffsets[e + 1]; k++) {
    const year = paperYears[edges.edgePapers[k]];
    if (year < first) first = year;
    if (year > last) last = year;
  }
  return {
    firstYear: first === Infinity ? null : first,
    lastYear: last === -Infinity ? null : last,
  };
}

/** A JSON number as `JSON.stringify` writes it (non-finite numbers are null). */
export const jsonNumber = (x: number | null): string =>
  x !== null && Number.isFinite(x) ? `${x}` : "null";

/** A list of quoted strings at depth 3 of the report (inside a record of a top-level list). */
export function quotedList(count: number, at: (k: number) => string): string {
  if (count === 0) return "[]";
  let s = "[\n        ";
  for (let k = 0; k < count; k++) s += (k === 0 ? "" : ",\n        ") + at(k);
  return `${s}\n      ]`;
}

/**
 * Each edge as the report writes it at depth 2 (`source`, `target`, `weight`, `papers`,
 * `firstYear`, `lastYear`: the earliest and latest year of its papers, null when none has one).
 */
export function* edgeJsonRecords(input: EdgeJsonInput): Generator<string> {
  const { quotedIds, quotedPapers, paperYears } = input;
  const { edgeSource, edgeTarget, edgeWeight, edgePaperOffsets, edgePapers } = input;
  for (let e = 0; e < edgeSource.length; e++) {
    const from = edgePaperOffsets[e];
    const to = edgePaperOffsets[e + 1];
    const years = edgeYears(paperYears, input, e);
    const shared = quotedList(to - from, (k) => quotedPapers[edgePapers[from + k]]);
    yield `{\n      "source": ${quotedIds[edgeSource[e]]},\n      "target": ${quotedIds[edgeTarget[e]]},\n      "weight": ${jsonNumber(edgeWeight[e])},\n      "papers": ${shared},\n      "firstYear": ${jsonNumber(years.firstYear)},\n      "lastYear": ${jsonNumber(years.lastYear)}\n    }`;
  }
}
