// The field report's JSON written straight from the network's arrays: the text of reportJsonChunks(fieldReport(…)), without an object per paper or edge.
import { jsonNested } from "../export/json-stream.ts";
import type { Corpus } from "../model/types.ts";
import { fieldReport } from "./field-report.ts";
import type { FieldMetrics } from "./field-metrics.ts";
import type { FieldNetwork } from "./field-network.ts";

/** Characters gathered before a piece is yielded: few, large pieces for the pump. */
const PIECE_CHARS = 1 << 16;

/** A JSON number as `JSON.stringify` writes it (non-finite numbers are null). */
const num = (x: number): string => (Number.isFinite(x) ? `${x}` : "null");

/** A list of quoted strings at depth 3 of the report (inside a record of a top-level list). */
function quotedList(count: number, at: (k: number) => string): string {
  if (count === 0) return "[]";
  let s = "[\n        ";
  for (let k = 0; k < count; k++) s += (k === 0 ? "" : ",\n        ") + at(k);
  return `${s}\n      ]`;
}

/**
 * Yields exactly what `reportJsonChunks(fieldReport(corpus, network, metrics))` yields joined
 * (the contract's `JSON.stringify(report, null, 2)` text), but papers and edges — the bulk of a
 * field's report — are written from the corpus and the network's typed arrays with every id
 * quoted once, in pieces of about 64k characters. Authors and the summary go through the
 * generic record writer (fieldReport).
 */
export function* fieldJsonChunks(
  corpus: Corpus,
  network: FieldNetwork,
  metrics: FieldMetrics,
): Generator<string> {
  const report = fieldReport(corpus, network, metrics);
  yield `{\n  "summary": ${jsonNested(report.summary, "  ")},\n`;
  let piece = "";
  const flush = function* (): Generator<string> {
    if (piece.length >= PIECE_CHARS) {
      yield piece;
      piece = "";
    }
  };
  let first = true;
  for (const author of report.authors) {
    piece += `${first ? '  "authors": [\n    ' : ",\n    "}${jsonNested(author, "    ")}`;
    first = false;
    yield* flush();
  }
  piece += first ? '  "authors": [],\n' : "\n  ],\n";

  const { papers } = corpus;
  const quotedIds = network.ids.map((id) => JSON.stringify(id));
  const authorIndex = new Map<string, number>();
  network.ids.forEach((id, v) => authorIndex.set(id, v));
  const quotedAuthor = (id: string): string => {
    const v = authorIndex.get(id);
    return v === undefined ? JSON.stringify(id) : quotedIds[v];
  };
  const quotedPapers = papers.map((p) => JSON.stringify(p.id));
  for (let i = 0; i < papers.length; i++) {
    const p = papers[i];
    let s = `${i === 0 ? '  "papers": [\n    ' : ",\n    "}{\n      "id": ${quotedPapers[i]},\n      "title": ${JSON.stringify(p.title)},\n      "year": ${p.year === undefined ? "null" : num(p.year)},\n      "venue": ${JSON.stringify(p.venue ?? null)},`;
    if (p.doi !== undefined) s += `\n      "doi": ${JSON.stringify(p.doi)},`;
    if (p.ids !== undefined) s += `\n      "ids": ${jsonNested({ ...p.ids }, "      ")},`;
    if (p.citations !== undefined) s += `\n      "citations": ${num(p.citations)},`;
    const list = p.authors;
    piece += `${s}\n      "authors": ${quotedList(list.length, (k) => quotedAuthor(list[k]))}\n    }`;
    yield* flush();
  }
  piece += papers.length === 0 ? '  "papers": [],\n' : "\n  ],\n";

  const { edgeSource, edgeTarget, edgeWeight, edgePaperOffsets, edgePapers } = network;
  const m = edgeSource.length;
  for (let e = 0; e < m; e++) {
    const from = edgePaperOffsets[e];
    let firstYear = Infinity;
    let lastYear = -Infinity;
    for (let k = from; k < edgePaperOffsets[e + 1]; k++) {
      const y = papers[edgePapers[k]].year;
      if (y !== undefined) {
        if (y < firstYear) firstYear = y;
        if (y > lastYear) lastYear = y;
      }
    }
    const shared = quotedList(
      edgePaperOffsets[e + 1] - from,
      (k) => quotedPapers[edgePapers[from + k]],
    );
    piece += `${e === 0 ? '  "edges": [\n    ' : ",\n    "}{\n      "source": ${quotedIds[edgeSource[e]]},\n      "target": ${quotedIds[edgeTarget[e]]},\n      "weight": ${num(edgeWeight[e])},\n      "papers": ${shared},\n      "firstYear": ${firstYear === Infinity ? "null" : num(firstYear)},\n      "lastYear": ${lastYear === -Infinity ? "null" : num(lastYear)}\n    }`;
    yield* flush();
  }
  piece += m === 0 ? '  "edges": [],\n' : "\n  ],\n";

  first = true;
  for (const warning of report.warnings) {
    piece += `${first ? '  "warnings": [\n    ' : ",\n    "}${jsonNested(warning, "    ")}`;
    first = false;
  }
  yield `${piece}${first ? '  "warnings": []\n' : "\n  ]\n"}}\n`;
}
