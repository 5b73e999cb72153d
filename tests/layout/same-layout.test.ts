// The explorer and the CLI draw the same map: the worker pipeline's layout (communities from its
// metrics, through the layout job) equals the CLI's computeLayout with the metrics' communities.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { corpusOf } from "../../src/analysis/analyze.ts";
import { buildCoauthorGraph } from "../../src/graph/coauthor-graph.ts";
import { computeLayout } from "../../src/layout/run-layout.ts";
import { computeMetrics } from "../../src/metrics/compute-metrics.ts";
import { runPipeline } from "../../src/worker/pipeline.ts";
import { authorValue } from "../../src/metrics/author-table.ts";

const text = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), "../../data/huang-tiansheng.txt"),
  "utf8",
);

describe("one layout for explorer and CLI", () => {
  it("gives the worker pipeline's positions in computeLayout with the metrics' communities", () => {
    const files = [{ name: "seed.txt", text }];
    const app = runPipeline(files);
    const corpus = corpusOf(files);
    const graph = buildCoauthorGraph(corpus);
    const metrics = computeMetrics(graph, { paperCount: corpus.papers.length });
    const cli = computeLayout(graph, {}, (id) => authorValue(metrics.authors, id, "community"));
    expect(new Set(metrics.authors.columns.community).size).toBeGreaterThan(1);
    app.ids.forEach((id, i) => {
      expect(cli[id].x).toBe(app.positions[2 * i]);
      expect(cli[id].y).toBe(app.positions[2 * i + 1]);
    });
    // Without communities the layout differs: they are what both pass in.
    const plain = computeLayout(graph);
    expect(app.ids.some((id) => plain[id].x !== cli[id].x)).toBe(true);
  });
});
