// Every author's metrics as columns: one Float64Array per metric and a row per author, no object per author.

/** One author's metrics (a row of an {@link AuthorTable}, made on demand). */
export interface AuthorMetrics {
  /** Papers the author is on (the node's `papers` attribute). */
  papers: number;
  /** Distinct coauthors: degree. */
  coauthors: number;
  /** Sum of edge weights: weighted degree. */
  strength: number;
  betweenness: number;
  closeness: number;
  eigenvector: number;
  pagerank: number;
  /** Community (Louvain by default; see `MetricsOptions.communities`), 0 = largest. */
  community: number;
  /** Connected component, 0 = largest. */
  component: number;
}

export type AuthorMetricKey = keyof AuthorMetrics;

/** Every metric, in the order of {@link AuthorMetrics}. */
export const AUTHOR_METRIC_KEYS = [
  "papers",
  "coauthors",
  "strength",
  "betweenness",
  "closeness",
  "eigenvector",
  "pagerank",
  "community",
  "component",
] as const satisfies readonly AuthorMetricKey[];

export type AuthorColumns = Record<AuthorMetricKey, Float64Array>;

/**
 * The metrics of every author: `ids[row]` is the author of a row, `columns[metric][row]` their
 * value. Plain data (a worker posts it as is, the typed arrays copied in one piece); an object
 * per author would cost the page's heap nine numbers each, which its garbage collector walks.
 */
export interface AuthorTable {
  ids: readonly string[];
  columns: AuthorColumns;
}

/** Row of each id, built on the first lookup of a table (a posted table arrives without it). */
const rowsOf = new WeakMap<AuthorTable, Map<string, number>>();

/**
 * A table of `ids` with the given columns (each as long as `ids`); a metric not given is 0 for
 * every author.
 */
export function authorTable(
  ids: readonly string[],
  columns: Partial<Record<AuthorMetricKey, ArrayLike<number>>> = {},
): AuthorTable {
  const n = ids.length;
  const out = {} as AuthorColumns;
  for (const key of AUTHOR_METRIC_KEYS) {
    const given = columns[key];
    if (given !== undefined && given.length !== n)
      throw new Error(`coauthor-atlas/metrics: ${key} has ${given.length} values for ${n} authors`);
    out[key] =
      given === undefined
        ? new Float64Array(n)
        : given instanceof Float64Array
          ? given
          : new Float64Array(given);
  }
  return { ids, columns: out };
}

/** Whether two id lists are the same authors in the same order. */
export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The row of `id`, or -1 when the table has no such author. */
export function authorRow(table: AuthorTable, id: string): number {
  let rows = rowsOf.get(table);
  if (rows === undefined) {
    rows = new Map();
    const { ids } = table;
    for (let i = 0; i < ids.length; i++) rows.set(ids[i], i);
    rowsOf.set(table, rows);
  }
  return rows.get(id) ?? -1;
}

/** One metric of `id`, or undefined when the table has no such author. */
export function authorValue(
  table: AuthorTable,
  id: string,
  key: AuthorMetricKey,
): number | undefined {
  const row = authorRow(table, id);
  return row < 0 ? undefined : table.columns[key][row];
}

/**
 * The metrics of a row as an object, from a table's columns or any columns of the same names
 * (the field pipeline's typed arrays).
 */
export function metricsAtRow(
  c: Readonly<Record<AuthorMetricKey, ArrayLike<number>>>,
  row: number,
): AuthorMetrics {
  return {
    papers: c.papers[row],
    coauthors: c.coauthors[row],
    strength: c.strength[row],
    betweenness: c.betweenness[row],
    closeness: c.closeness[row],
    eigenvector: c.eigenvector[row],
    pagerank: c.pagerank[row],
    community: c.community[row],
    component: c.component[row],
  };
}

/** The metrics of `id` as an object, or undefined when the table has no such author. */
export function authorMetrics(table: AuthorTable, id: string): AuthorMetrics | undefined {
  const row = authorRow(table, id);
  return row < 0 ? undefined : metricsAtRow(table.columns, row);
}

/** The same authors with some columns replaced (the others shared, not copied). */
export function withAuthorColumns(
  table: AuthorTable,
  columns: Partial<Record<AuthorMetricKey, ArrayLike<number>>>,
): AuthorTable {
  const next = authorTable(table.ids, { ...table.columns, ...columns });
  const rows = rowsOf.get(table);
  if (rows !== undefined) rowsOf.set(next, rows);
  return next;
}

/**
 * A table of the authors of `record`, in its key order (`Object.keys`: integer-like ids first,
 * the rest as inserted).
 */
export function authorTableFromRecord(
  record: Readonly<Record<string, AuthorMetrics>>,
): AuthorTable {
  const ids = Object.keys(record);
  const table = authorTable(ids);
  for (let i = 0; i < ids.length; i++) {
    const m = record[ids[i]];
    for (const key of AUTHOR_METRIC_KEYS) table.columns[key][i] = m[key];
  }
  return table;
}

/** The table as an object per author, keyed by id (for tests and scripts, not the page's heap). */
export function authorMetricsRecord(table: AuthorTable): Record<string, AuthorMetrics> {
  const out: Record<string, AuthorMetrics> = Object.create(null);
  for (let i = 0; i < table.ids.length; i++) out[table.ids[i]] = metricsAtRow(table.columns, i);
  return out;
}
