// The worker's lean pipeline: same dataset and positions as runPipeline, texts emptied once parsed.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { syncBrandesRunner } from "../../src/metrics/betweenness.ts";
import {
  fileFingerprint,
  runPipeline,
  runPipelineLean,
  type PipelineResult,
} from "../../src/worker/pipeline.ts";

const seed = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), "../../data/huang-tiansheng.txt"),
  "utf8",
);

describe("runPipelineLean", () => {
  it("announces the same dataset and ends at the same positions as runPipeline", async () => {
    const full = runPipeline([{ name: "seed.txt", text: seed }]);
    const files = [{ name: "seed.txt", text: seed }];
    let dataset: PipelineResult | null = null;
    const lean = await runPipelineLean(
      files,
      syncBrandesRunner,
      {},
      {
        onDataset: (d) => (dataset = d),
      },
    );
    const d = dataset as PipelineResult | null;
    expect(d?.ids).toEqual(full.ids);
    expect(d?.corpus.papers.length).toBe(10);
    expect(d?.metrics.authors).toEqual(full.metrics.authors);
    expect([...lean.positions]).toEqual([...full.positions]);
    expect(files[0].text).toBe("");
  });
});

describe("fileFingerprint", () => {
  it("is equal for equal files and differs by name, length or a single character", () => {
    const a = fileFingerprint({ name: "a.txt", text: seed });
    expect(fileFingerprint({ name: "a.txt", text: `${seed}` })).toBe(a);
    expect(fileFingerprint({ name: "b.txt", text: seed })).not.toBe(a);
    expect(fileFingerprint({ name: "a.txt", text: `${seed} ` })).not.toBe(a);
    const flipped = seed.slice(0, 100) + (seed[100] === "x" ? "y" : "x") + seed.slice(101);
    expect(fileFingerprint({ name: "a.txt", text: flipped })).not.toBe(a);
  });
});
