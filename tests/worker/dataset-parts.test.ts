// A dataset split into parts and joined again is the dataset it was, in the same order.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createDatasetJoiner, splitDataset } from "../../src/worker/dataset-parts.ts";
import { runPipeline } from "../../src/worker/pipeline.ts";
import { authorTable, authorValue } from "../../src/metrics/author-table.ts";

const seed = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), "../../data/huang-tiansheng.txt"),
  "utf8",
);

describe("splitDataset / createDatasetJoiner", () => {
  it("split the seed's 10 papers, 24 authors and their metrics by 4 and join them back", () => {
    const result = runPipeline([{ name: "seed.txt", text: seed }]);
    const { parts, rest } = splitDataset(result, 4);
    // ⌈10/4⌉ paper parts and ⌈24/4⌉ author parts; the metrics' columns stay with the rest.
    expect(parts.length).toBe(3 + 6);
    expect(rest.corpus.papers).toEqual([]);
    expect(rest.metrics).toBe(result.metrics);
    const joiner = createDatasetJoiner();
    // Through structured cloning, as messages carry them.
    for (const part of parts) joiner.add(structuredClone(part));
    const joined = joiner.finish(structuredClone(rest));
    expect(joined.corpus).toEqual(result.corpus);
    expect(joined.metrics).toEqual(result.metrics);
    // The ids and the metrics' ids are one array, in the worker and after the message.
    expect(result.ids).toBe(result.metrics.authors.ids);
    expect(joined.ids).toBe(joined.metrics.authors.ids);
    expect(joined.ids).toEqual(result.ids);
    // The original is untouched.
    expect(result.corpus.papers.length).toBe(10);
  });

  it("keeps an author id such as __proto__ as data", () => {
    const result = runPipeline([{ name: "seed.txt", text: seed }]);
    const { parts, rest } = splitDataset({
      ...result,
      metrics: { ...result.metrics, authors: authorTable(["__proto__"], { papers: [7] }) },
    });
    const joiner = createDatasetJoiner();
    for (const part of parts) joiner.add(structuredClone(part));
    const joined = joiner.finish(structuredClone(rest));
    expect(joined.metrics.authors.ids).toEqual(["__proto__"]);
    expect(authorValue(joined.metrics.authors, "__proto__", "papers")).toBe(7);
    expect(authorValue(joined.metrics.authors, "constructor", "papers")).toBeUndefined();
  });
});
