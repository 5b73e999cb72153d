// Plain-text table of the top authors for the terminal.
import type { ReportAuthor } from "../export/json-report.ts";
import { printable } from "../parse/warning-text.ts";
import type { MetricName } from "./args.ts";

const COLUMNS: { title: string; value: (a: ReportAuthor) => string }[] = [
  { title: "papers", value: (a) => String(a.papers) },
  { title: "coauthors", value: (a) => String(a.coauthors) },
  { title: "betweenness", value: (a) => a.betweenness.toFixed(4) },
  { title: "closeness", value: (a) => a.closeness.toFixed(4) },
  { title: "eigenvector", value: (a) => a.eigenvector.toFixed(4) },
  { title: "pagerank", value: (a) => a.pagerank.toFixed(4) },
  { title: "community", value: (a) => String(a.community) },
];

/** Sorts authors by a metric, descending, ties by name. */
export function rankAuthors(authors: ReportAuthor[], metric: MetricName): ReportAuthor[] {
  return [...authors].sort((a, b) => b[metric] - a[metric] || a.name.localeCompare(b.name));
}

/** Renders the top `top` authors by `metric` as an aligned text table; names made {@link printable} (no raw ESC sequences). */
export function formatTable(authors: ReportAuthor[], metric: MetricName, top: number): string {
  const ranked = rankAuthors(authors, metric).slice(0, top);
  const header = ["#", "author", ...COLUMNS.map((c) => c.title)];
  const rows = ranked.map((a, i) => [
    String(i + 1),
    printable(a.name),
    ...COLUMNS.map((c) => c.value(a)),
  ]);
  const widths = header.map((h, col) =>
    rows.reduce((width, r) => Math.max(width, r[col].length), h.length),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, col) => (col === 1 ? cell.padEnd(widths[col]) : cell.padStart(widths[col])))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
