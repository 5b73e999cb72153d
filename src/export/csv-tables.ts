// The two CSV exports: authors with every metric, and coauthorships with the shared papers behind them.
import { AUTHOR_METRIC_FIELDS, AUTHOR_YEAR_FIELDS } from "./author-fields.ts";
import { toCsv, type CsvOptions, type CsvValue } from "./csv.ts";
import type { Report } from "./json-report.ts";

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

/** One row per author, in report order: `id,name`, every metric, then the year fields. */
export function authorsCsv(report: Report, options: Partial<CsvOptions> = {}): string {
  const rows = report.authors.map((a): CsvValue[] => [
    a.id,
    a.name,
    ...AUTHOR_METRIC_FIELDS.map((f) => a[f.key]),
    ...AUTHOR_YEAR_FIELDS.map((key) => a[key]),
  ]);
  return toCsv(AUTHORS_CSV_COLUMNS, rows, options);
}

/**
 * One row per coauthorship, in report order, with both names, the weight and the shared papers'
 * ids and titles joined with {@link LIST_SEPARATOR}.
 */
export function edgesCsv(report: Report, options: Partial<CsvOptions> = {}): string {
  const names = new Map(report.authors.map((a) => [a.id, a.name]));
  const titles = new Map(report.papers.map((p) => [p.id, p.title]));
  const rows = report.edges.map((e): CsvValue[] => [
    e.source,
    e.target,
    names.get(e.source) ?? "",
    names.get(e.target) ?? "",
    e.weight,
    e.firstYear,
    e.lastYear,
    e.papers.join(LIST_SEPARATOR),
    e.papers.map((id) => titles.get(id) ?? "").join(LIST_SEPARATOR),
  ]);
  return toCsv(EDGES_CSV_COLUMNS, rows, options);
}
