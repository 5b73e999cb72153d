// The JSON report as a stream: the exact text of `JSON.stringify(report, null, 2)`, one record at a time.
import type { ReportSource } from "./json-report.ts";

/** `JSON.stringify(value, null, 2)` with every line after the first indented by `indent`. */
export function jsonNested(value: unknown, indent: string): string {
  // JSON text holds no raw line breaks inside strings, so every "\n" is a layout break.
  return (JSON.stringify(value, null, 2) ?? "null").replace(/\n/g, `\n${indent}`);
}

/**
 * `"key": [ …records… ]` at depth 1 from records already written as JSON text at that depth
 * (lines after the first indented by four spaces); `[]` when there are none.
 */
export function* jsonListChunks(
  key: string,
  records: Iterable<string>,
  last: boolean,
): Generator<string> {
  let first = true;
  for (const record of records) {
    yield first ? `  ${JSON.stringify(key)}: [\n    ` : ",\n    ";
    first = false;
    yield record;
  }
  yield first ? `  ${JSON.stringify(key)}: []` : "\n  ]";
  yield last ? "\n" : ",\n";
}

/** `"key": [ …items… ]` at depth 1, items one by one. */
export function* jsonValueList(
  key: string,
  items: Iterable<unknown>,
  last: boolean,
): Generator<string> {
  function* records() {
    // An undefined list item is written as null by JSON.stringify.
    for (const item of items) yield jsonNested(item === undefined ? null : item, "    ");
  }
  yield* jsonListChunks(key, records(), last);
}

/**
 * Yields the report as `JSON.stringify(report, null, 2) + "\n"` would write it (keys summary,
 * authors, papers, edges, warnings, two-space indent), record by record, so a million-paper
 * report never exists as one string. Feed it to `pumpChunks` (chunk-sink.ts).
 */
export function* reportJsonChunks(report: ReportSource): Generator<string> {
  yield `{\n  "summary": ${jsonNested(report.summary, "  ")},\n`;
  yield* jsonValueList("authors", report.authors, false);
  yield* jsonValueList("papers", report.papers, false);
  yield* jsonValueList("edges", report.edges, false);
  yield* jsonValueList("warnings", report.warnings, true);
  yield "}\n";
}
