// The author metrics a map can be sized by: names, descriptions and number formats.
import type { AuthorMetrics, MetricsSummary } from "../metrics/compute-metrics.ts";

/** Numeric metrics, in the order the UI lists them. */
export const SIZE_METRICS = [
  "pagerank",
  "papers",
  "coauthors",
  "strength",
  "betweenness",
  "closeness",
  "eigenvector",
] as const satisfies readonly (keyof AuthorMetrics)[];

export type SizeMetric = (typeof SIZE_METRICS)[number];

export const DEFAULT_SIZE_METRIC: SizeMetric = "pagerank";

export interface MetricInfo {
  label: string;
  description: string;
  /** Whole numbers (papers, coauthors) print without decimals. */
  integer: boolean;
}

export const METRIC_INFO: Record<SizeMetric, MetricInfo> = {
  pagerank: {
    label: "PageRank",
    description: "Influence through well-connected coauthors (weighted by shared papers)",
    integer: false,
  },
  papers: { label: "Papers", description: "Papers the author is on", integer: true },
  coauthors: { label: "Coauthors", description: "Distinct coauthors", integer: true },
  strength: {
    label: "Strength",
    description: "Sum of shared papers over all coauthors (weighted degree)",
    integer: false,
  },
  betweenness: {
    label: "Betweenness",
    description: "Share of shortest paths between other authors that pass through this one",
    integer: false,
  },
  closeness: {
    label: "Closeness",
    description: "How few hops separate the author from everyone reachable",
    integer: false,
  },
  eigenvector: {
    label: "Eigenvector",
    description: "Connected to authors who are themselves well connected",
    integer: false,
  },
};

/** True when `name` is one of {@link SIZE_METRICS}. */
export function isSizeMetric(name: string): name is SizeMetric {
  return (SIZE_METRICS as readonly string[]).includes(name);
}

/**
 * Whether `metric` is still being measured (a big network's betweenness and closeness come after
 * its map; until then they are 0 and read "…").
 */
export function isMetricPending(summary: MetricsSummary, metric: SizeMetric): boolean {
  return (
    summary.betweenness.pending === true && (metric === "betweenness" || metric === "closeness")
  );
}

/** What a metric still being measured shows instead of its value or rank. */
export const PENDING_VALUE = "…";

/** Formats a metric value for people: integers plain, others with 3 significant digits. */
export function formatMetric(value: number, metric: SizeMetric): string {
  if (!Number.isFinite(value)) return "–";
  if (METRIC_INFO[metric].integer || Number.isInteger(value)) return String(Math.round(value));
  if (value === 0) return "0";
  if (Math.abs(value) >= 100) return value.toFixed(0);
  return value
    .toPrecision(3)
    .replace(/(\.\d*?)0+$/, "$1")
    .replace(/\.$/, "");
}
