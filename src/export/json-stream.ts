// The JSON report as a stream: the exact text of `JSON.stringify(report, null, 2)`, one record at a time.
import type { ReportSource } from "./json-report.ts";

/** `JSON.stringify(value, null, 2)` with every line after the first indented by `indent`. */
export function jsonNested(value: unknown, indent: string): string {
  // JSON text holds no raw line breaks inside strings, so every "\n" is a layout break.
  return (JSON.stringify(value, null, 2) ?? "null").replace(/\n/g, `\n${indent}`);
}

/** `"key": [ …items… ]` at depth 1, items one by one; `[]` when the list is empty. */
function* list(key: string, items: Iterable<unknown>, last: boolean): Generator<string> {
  let first = true;
  for (const item of items) {
    yield first ? `  ${JSON.stringify(key)}: [\n    ` : ",\n    ";
    first = false;
    // An undefined list item is written as null by JSON.stringify.
    yield jsonNested(item === undefined ? null : item, "    ");
  }
  yield first ? `  ${JSON.stringify(key)}: []` : "\n  ]";
  yield last ? "\n" : ",\n";
}

/**
 * Yields the report as `JSON.stringify(report, null, 2) + "\n"` would write it (keys summary,
 * authors, papers, edges, warnings, two-space indent), record by record, so a million-paper
 * report never exists as one string. Feed it to `pumpChunks` (chunk-sink.ts).
 */
export function* reportJsonChunks(report: ReportSource): Generator<string> {
  yield `{\n  "summary": ${jsonNested(report.summary, "  ")},\n`;
  yield* list("authors", report.authors, false);
  yield* list("papers", report.papers, false);
  yield* list("edges", report.edges, false);
  yield* list("warnings", report.warnings, true);
  yield "}\n";
}
