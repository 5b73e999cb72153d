// The field report's JSON written straight from the network's arrays: the text of reportJsonChunks(fieldReport(…)), without an object per paper or edge.
import { jsonListChunks, jsonNested, jsonValueList } from "../export/json-stream.ts";
import type { Corpus } from "../model/types.ts";
import {
  edgeJsonInput,
  edgeJsonRecords,
  jsonNumber as num,
  quotedList,
  type EdgeJsonInput,
} from "./field-edges-json.ts";
import { fieldReport } from "./field-report.ts";
import type { FieldMetrics } from "./field-metrics.ts";
import type { FieldNetwork } from "./field-network.ts";

/**
 * The report's text in three parts: `head` (summary, authors, papers), the edges section to be
 * written from `edges` by {@link edgesSectionChunks} (here or in a worker thread), then `tail`
 * (warnings and the closing brace).
 */
export interface FieldJsonParts {
  head: Iterable<string>;
  edges: EdgeJsonInput;
  tail: Iterable<string>;
}

/** The edges section, `  "edges": [ … ],\n`, as pieces of text. */
export function edgesSectionChunks(edges: EdgeJsonInput): Generator<string> {
  return jsonListChunks("edges", edgeJsonRecords(edges), false);
}

/** The parts of {@link fieldJsonChunks}. */
export function fieldJsonParts(
  corpus: Corpus,
  network: FieldNetwork,
  metrics: FieldMetrics,
): FieldJsonParts {
  const report = fieldReport(corpus, network, metrics);
  const { papers } = corpus;
  // Every paper's authors are network nodes (buildFieldNetwork checks it).
  const quotedIds = network.ids.map((id) => JSON.stringify(id));
  const quotedPapers = papers.map((p) => JSON.stringify(p.id));

  function* paperRecords(): Generator<string> {
    const { paperAuthorOffsets, paperAuthorNodes } = network;
    for (let i = 0; i < papers.length; i++) {
      const p = papers[i];
      let s = `{\n      "id": ${quotedPapers[i]},\n      "title": ${JSON.stringify(p.title)},\n      "year": ${num(p.year ?? null)},\n      "venue": ${JSON.stringify(p.venue ?? null)},`;
      if (p.doi !== undefined) s += `\n      "doi": ${JSON.stringify(p.doi)},`;
      if (p.ids !== undefined) s += `\n      "ids": ${jsonNested({ ...p.ids }, "      ")},`;
      if (p.citations !== undefined) s += `\n      "citations": ${num(p.citations)},`;
      const from = paperAuthorOffsets[i];
      const count = paperAuthorOffsets[i + 1] - from;
      yield `${s}\n      "authors": ${quotedList(count, (k) => quotedIds[paperAuthorNodes[from + k]])}\n    }`;
    }
  }

  function* head(): Generator<string> {
    yield `{\n  "summary": ${jsonNested(report.summary, "  ")},\n`;
    yield* jsonValueList("authors", report.authors, false);
    yield* jsonListChunks("papers", paperRecords(), false);
  }

  function* tail(): Generator<string> {
    yield* jsonValueList("warnings", report.warnings, true);
    yield "}\n";
  }

  return {
    head: head(),
    edges: edgeJsonInput(corpus, network, quotedIds, quotedPapers),
    tail: tail(),
  };
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
  const parts = fieldJsonParts(corpus, network, metrics);
  yield* parts.head;
  yield* edgesSectionChunks(parts.edges);
  yield* parts.tail;
}
