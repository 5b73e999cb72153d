// The page's dataset built from the analysis pipeline on the embedded seed profile: known answers.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  coauthorsOf,
  competitionRanksOf,
  createDataset,
  pairPapers,
  pathBetween,
} from "../../src/view/dataset.ts";
import { runPipeline } from "../../src/worker/pipeline.ts";

const seed = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), "../../data/huang-tiansheng.txt"),
  "utf8",
);
const stages: string[] = [];
const result = runPipeline([{ name: "huang-tiansheng.txt", text: seed }], {}, (p) =>
  stages.push(p.stage),
);
const dataset = createDataset(result);

describe("runPipeline + createDataset on the seed profile", () => {
  it("reports progress through every stage in order", () => {
    expect([...new Set(stages)]).toEqual(["parse", "graph", "metrics", "layout"]);
  });

  it("has the seed's 24 authors and 10 papers, each with a finite position", () => {
    expect(dataset.corpus.authors.length).toBe(24);
    expect(dataset.corpus.papers.length).toBe(10);
    expect(Object.values(dataset.positions).every((p) => Number.isFinite(p.x + p.y))).toBe(true);
    expect(dataset.corpus.owners).toEqual(["tiansheng huang"]);
  });

  it("lists Ling Liu's 7 papers and her coauthors by shared papers, then name", () => {
    expect(dataset.papersByAuthor.get("ling liu")?.length).toBe(7);
    expect(coauthorsOf(dataset, "ling liu").map((c) => `${c.name}:${c.shared}`)).toEqual([
      "Tiansheng Huang:7",
      "Fatih Ilhan:6",
      "Selim Furkan Tekin:6",
      "Sihao Hu:6",
      "Zachary Yahn:4",
      "Anoop Singhal:1",
      "Margaret Loper:1",
      "Wenqi Wei:1",
      "Yichang Xu:1",
    ]);
  });

  it("finds the 6 papers of Ling Liu and Fatih Ilhan", () => {
    expect(pairPapers(dataset, "ling liu", "fatih ilhan").length).toBe(6);
  });

  it("joins Ling Liu and Li Shen through Tiansheng Huang, each hop with its papers", () => {
    expect(pairPapers(dataset, "ling liu", "li shen")).toEqual([]);
    const path = pathBetween(dataset, "ling liu", "li shen");
    expect(path?.nodes).toEqual(["ling liu", "tiansheng huang", "li shen"]);
    expect(path?.hops.map((h) => h.papers.length)).toEqual([7, 3]);
  });

  it("ranks by papers: Tiansheng Huang first, Ling Liu second", () => {
    expect(dataset.ranks.papers.get("tiansheng huang")).toBe(1);
    expect(dataset.ranks.papers.get("ling liu")).toBe(2);
  });

  it("has no year range for a profile without years", () => {
    expect(dataset.years).toBeUndefined();
  });
});

describe("competitionRanksOf", () => {
  it("ranks ids by their values, highest first, ties in the given order", () => {
    const ranks = competitionRanksOf(["a", "b", "c", "d", "e"], [3, 5, 5, 1, 3]);
    expect([...ranks]).toEqual([
      ["b", 1],
      ["c", 1],
      ["a", 3],
      ["e", 3],
      ["d", 5],
    ]);
  });

  it("equals the definition on random values with many ties, zeros and negatives", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
    for (const n of [0, 1, 2, 17, 500]) {
      const ids = Array.from({ length: n }, (_x, i) => `a${i}`);
      const values = ids.map(() => (random() > 0.3 ? Math.round(random() * 5) : random()));
      // Definition: 1 + the number of strictly greater values; listed highest first, ties stable.
      const expected = ids
        .map((id, i) => ({ id, i, rank: 1 + values.filter((v) => v > values[i]).length }))
        .sort((a, b) => a.rank - b.rank || a.i - b.i)
        .map(({ id, rank }) => [id, rank]);
      expect([...competitionRanksOf(ids, values)]).toEqual(expected);
    }
  });
});
