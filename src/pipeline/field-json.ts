// The field report's JSON written straight from the network's arrays: the text of reportJsonChunks(fieldReport(…)), without an object per paper or edge.
import { jsonListChunks, jsonNested, jsonValueList } from "../export/json-stream.ts";
import type { Corpus } from "../model/types.ts";
import { edgeYearSpan, fieldReport } from "./field-report.ts";
import type { FieldMetrics } from "./field-metrics.ts";
import type { FieldNetwork } from "./field-network.ts";

/** A JSON number as `JSON.stringify` writes it (non-finite numbers are null). */
const num = (x: number | null): string => (x !== null && Number.isFinite(x) ? `${x}` : "null");

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
 * quoted once. Authors, the summary and the warnings go through the generic record writer.
 */
export function* fieldJsonChunks(
  corpus: Corpus,
  network: FieldNetwork,
  metrics: FieldMetrics,
): Generator<string> {
  const report = fieldReport(corpus, network, metrics);
  const { papers } = corpus;
  // Every paper's authors are network nodes (buildFieldNetwork checks it).
  const quotedIds = network.ids.map((id) => JSON.stringify(id));
  const nodeOf = new Map<string, number>();
  network.ids.forEach((id, v) => nodeOf.set(id, v));
  const quotedPapers = papers.map((p) => JSON.stringify(p.id));

  function* paperRecords(): Generator<string> {
    for (let i = 0; i < papers.length; i++) {
      const p = papers[i];
      let s = `{\n      "id": ${quotedPapers[i]},\n      "title": ${JSON.stringify(p.title)},\n      "year": ${num(p.year ?? null)},\n      "venue": ${JSON.stringify(p.venue ?? null)},`;
      if (p.doi !== undefined) s += `\n      "doi": ${JSON.stringify(p.doi)},`;
      if (p.ids !== undefined) s += `\n      "ids": ${jsonNested({ ...p.ids }, "      ")},`;
      if (p.citations !== undefined) s += `\n      "citations": ${num(p.citations)},`;
      const list = p.authors;
      yield `${s}\n      "authors": ${quotedList(list.length, (k) => quotedIds[nodeOf.get(list[k]) as number])}\n    }`;
    }
  }

  function* edgeRecords(): Generator<string> {
    const { edgeSource, edgeTarget, edgeWeight, edgePaperOffsets, edgePapers } = network;
    for (let e = 0; e < edgeSource.length; e++) {
      const from = edgePaperOffsets[e];
      const shared = quotedList(
        edgePaperOffsets[e + 1] - from,
        (k) => quotedPapers[edgePapers[from + k]],
      );
      const years = edgeYearSpan(corpus, network, e);
      yield `{\n      "source": ${quotedIds[edgeSource[e]]},\n      "target": ${quotedIds[edgeTarget[e]]},\n      "weight": ${num(edgeWeight[e])},\n      "papers": ${shared},\n      "firstYear": ${num(years.firstYear)},\n      "lastYear": ${num(years.lastYear)}\n    }`;
    }
  }

  yield `{\n  "summary": ${jsonNested(report.summary, "  ")},\n`;
  yield* jsonValueList("authors", report.authors, false);
  yield* jsonListChunks("papers", paperRecords(), false);
  yield* jsonListChunks("edges", edgeRecords(), false);
  yield* jsonValueList("warnings", report.warnings, true);
  yield "}\n";
}
