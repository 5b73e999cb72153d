// The two CSV exports: authors with every metric, and coauthorships with the shared papers behind them.
import { AUTHOR_METRIC_FIELDS, AUTHOR_YEAR_FIELDS } from "./author-fields.ts";
import { joinChunks } from "./chunk-sink.ts";
import { csvChunks, type CsvOptions, type CsvValue } from "./csv.ts";
import { authorNameLookup, paperTitleLookup, type ReportSource } from "./json-report.ts";

/** Separator between paper ids and between titles in one coauthorship cell. */
export const LIST_SEPARATOR = "; ";

export const AUTHORS_CSV_COLUMNS: readonly string[] = [
  "id",
  "name",
  ...AUTHOR_METRIC_FIELDS.map((f) => f.key),
  ...AUTHOR_YEAR_FIELDS,
];

export const EDGES_CSV_COLUMNS: readonly string[] = [
  "source",
  "target",
  "source_name",
  "target_name",
  "weight",
  "first_year",
  "last_year",
  "paper_ids",
  "paper_titles",
];

/** The authors table record by record: `id,name`, every metric, the years, in report order. */
export function* authorsCsvChunks(
  report: ReportSource,
  options: Partial<CsvOptions> = {},
): Generator<string> {
  function* rows(): Generator<CsvValue[]> {
    for (const a of report.authors)
      yield [
        a.id,
        a.name,
        ...AUTHOR_METRIC_FIELDS.map((f) => a[f.key]),
        ...AUTHOR_YEAR_FIELDS.map((key) => a[key]),
      ];
  }
  yield* csvChunks(AUTHORS_CSV_COLUMNS, rows(), options);
}

/** One row per author, in report order: `id,name`, every metric, then the year fields. */
export function authorsCsv(report: ReportSource, options: Partial<CsvOptions> = {}): string {
  return joinChunks(authorsCsvChunks(report, options));
}

/**
 * The coauthorships table record by record, in report order, with both names, the weight and
 * the shared papers' ids and titles joined with {@link LIST_SEPARATOR}.
 */
export function* edgesCsvChunks(
  report: ReportSource,
  options: Partial<CsvOptions> = {},
): Generator<string> {
  const name = authorNameLookup(report);
  const title = paperTitleLookup(report);
  function* rows(): Generator<CsvValue[]> {
    for (const e of report.edges)
      yield [
        e.source,
        e.target,
        name(e.source) ?? "",
        name(e.target) ?? "",
        e.weight,
        e.firstYear,
        e.lastYear,
        e.papers.join(LIST_SEPARATOR),
        e.papers.map((id) => title(id) ?? "").join(LIST_SEPARATOR),
      ];
  }
  yield* csvChunks(EDGES_CSV_COLUMNS, rows(), options);
}

/**
 * One row per coauthorship, in report order, with both names, the weight and the shared papers'
 * ids and titles joined with {@link LIST_SEPARATOR}.
 */
export function edgesCsv(report: ReportSource, options: Partial<CsvOptions> = {}): string {
  return joinChunks(edgesCsvChunks(report, options));
}
