// The author metric fields every data export writes (CSV columns, GEXF and GraphML attributes), in one order.
import type { YearSpan } from "../graph/years.ts";
import type { ReportAuthor } from "./json-report.ts";

export type MetricField = Exclude<keyof ReportAuthor, "id" | "name" | "ids" | keyof YearSpan>;

/** A metric column: its field in the report and whether it is a whole number. */
export interface MetricFieldSpec {
  key: MetricField;
  type: "integer" | "double";
}

/** Every metric of {@link ReportAuthor}, in the order of the JSON contract. */
export const AUTHOR_METRIC_FIELDS: readonly MetricFieldSpec[] = [
  { key: "papers", type: "integer" },
  { key: "coauthors", type: "integer" },
  { key: "strength", type: "double" },
  { key: "betweenness", type: "double" },
  { key: "closeness", type: "double" },
  { key: "eigenvector", type: "double" },
  { key: "pagerank", type: "double" },
  { key: "community", type: "integer" },
  { key: "component", type: "integer" },
];

/** The year fields of {@link ReportAuthor} (null when the author has no dated paper). */
export const AUTHOR_YEAR_FIELDS: readonly (keyof YearSpan)[] = [
  "firstYear",
  "lastYear",
  "meanYear",
];
