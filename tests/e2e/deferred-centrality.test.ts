// A network of 10k+ authors in Chromium: shown before its betweenness and closeness, which the
// analysis worker measures afterwards; once ready the page holds the values Node computes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate-corpus.ts";
import { buildCoauthorGraph } from "../../src/graph/coauthor-graph.ts";
import { computeMetrics } from "../../src/metrics/compute-metrics.ts";
import { corpusOfResults, parseFiles } from "../../src/pipeline/read-corpus.ts";
import { formatMetric } from "../../src/scene/metric-info.ts";
import { DEFER_CENTRALITY_ABOVE } from "../../src/worker/pipeline.ts";
import {
  DIST,
  launchBrowser,
  openPage,
  requireBrowser,
  startServer,
  waitForReady,
  type Browser,
  type StaticServer,
} from "./harness.ts";
import { authorMetricsRecord } from "../../src/metrics/author-table.ts";

const run = requireBrowser("tests/e2e/deferred-centrality.test.ts");
// 21,000 papers at half an author per paper: 10,413 authors, past the threshold.
const text = generateCorpus({ papers: 21_000, seed: 1, authorsPerPaper: 0.5 });

describe.skipIf(!run)("betweenness after the map (built app in Chromium)", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer(DIST, { "/synthetic.txt": text });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows the map with a progress line for them, then the values computed in Node", async () => {
    // Independently of the page: the corpus, graph and metrics in this process.
    const corpus = corpusOfResults(parseFiles([{ name: "synthetic.txt", text }]).results);
    const graph = buildCoauthorGraph(corpus);
    expect(graph.order).toBeGreaterThanOrEqual(DEFER_CENTRALITY_ABOVE);
    const metrics = computeMetrics(graph, { paperCount: corpus.papers.length });
    const authors = authorMetricsRecord(metrics.authors);
    const ids = Object.keys(authors);
    const top = (key: "betweenness" | "closeness") =>
      ids.reduce((a, b) => (authors[b][key] > authors[a][key] ? b : a));
    const name = (id: string) => corpus.authors.find((a) => a.id === id)?.name;

    const w = await openPage(
      browser.context,
      `${server.url}?data=synthetic.txt&tab=rankings&metric=betweenness`,
    );
    // The map is shown (the progress card compact) while the metrics are still measured.
    await w.page.waitForSelector(".progress-overlay.compact", {
      state: "attached",
      timeout: 240_000,
    });
    await waitForReady(w.page, 300_000);
    const row = w.page.locator("table.rankings tbody tr:not(.spacer)").first();
    const cells = await row.locator("td").allTextContents();
    const b = top("betweenness");
    expect(cells[1]).toBe(name(b));
    // Columns: #, author, PageRank, papers, coauthors, strength, betweenness, closeness, …
    expect(cells[6]).toBe(formatMetric(authors[b].betweenness, "betweenness"));
    expect(cells[7]).toBe(formatMetric(authors[b].closeness, "closeness"));
    expect(authors[b].betweenness).toBeGreaterThan(0);
    expect(await w.page.locator(".progress-overlay").isHidden()).toBe(true);
    expect(w.errors).toEqual([]);
  }, 600_000);
});
