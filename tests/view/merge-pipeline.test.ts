// The pipeline with merge decisions: suggestions from two files, an accepted merge joins authors.
import { describe, expect, it } from "vitest";
import { BIB, RIS } from "../fixtures/merge-pair.ts";
import { createDataset, mergedName } from "../../src/view/dataset.ts";
import { runPipeline } from "../../src/worker/pipeline.ts";
import { authorValue } from "../../src/metrics/author-table.ts";

const FILES = [
  { name: "a.bib", text: BIB },
  { name: "b.ris", text: RIS },
];
const layout = { layout: { iterations: 5 } };

describe("pipeline with merge decisions", () => {
  it("suggests T. Huang / Tiansheng Huang with Ling Liu as shared coauthor", () => {
    const result = runPipeline(FILES, layout);
    expect(result.corpus.authors).toHaveLength(4);
    expect(result.suggestions.map((s) => [s.keep, s.merge])).toEqual([
      ["tiansheng huang", "t huang"],
    ]);
    expect(result.suggestions[0].evidence.sharedCoauthors).toEqual(["ling liu"]);
  });

  it("joins the two on accept: one author fewer, papers summed, no suggestion left", () => {
    const result = runPipeline(FILES, {
      ...layout,
      decisions: [{ keep: "tiansheng huang", merge: "t huang" }],
    });
    expect(result.corpus.authors.map((a) => a.id)).toEqual([
      "tiansheng huang",
      "ling liu",
      "fatih ilhan",
    ]);
    expect(authorValue(result.metrics.authors, "tiansheng huang", "papers")).toBe(3);
    expect(result.suggestions).toEqual([]);
    expect(result.ids).not.toContain("t huang");
  });

  it("still names the merged-away author (for the decision list) by the spelling it had", () => {
    const result = runPipeline(FILES, {
      ...layout,
      decisions: [{ keep: "tiansheng huang", merge: "t huang" }],
    });
    const dataset = createDataset(result);
    expect(mergedName(dataset, "t huang")).toBe("T. Huang");
    expect(mergedName(dataset, "tiansheng huang")).toBe("Tiansheng Huang");
    expect(mergedName(dataset, "nobody here")).toBe("nobody here");
  });
});
