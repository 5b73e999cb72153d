// The layout input of a filtered network, on the hand-made corpus (edges A–B ×2, A–C, B–C, C–D, D–E, F–G).
import { describe, expect, it } from "vitest";
import { buildCoauthorGraph } from "../../src/graph/coauthor-graph.ts";
import { filterGraph } from "../../src/graph/filters.ts";
import { layoutInputOfShown } from "../../src/layout/layout-input.ts";
import { FIXTURE } from "../graph/fixture.ts";

const graph = buildCoauthorGraph(FIXTURE);

describe("layoutInputOfShown", () => {
  it("holds the shown authors in graph order and the shown links between them", () => {
    const input = layoutInputOfShown(graph, filterGraph(graph, { minDegree: 2 }));
    expect(input.ids).toEqual(["A", "B", "C", "D"]);
    const links = [...input.sources].map((s, e) =>
      [input.ids[s], input.ids[input.targets[e]], input.weights[e]].join(""),
    );
    expect(links.sort()).toEqual(["AB2", "AC1", "BC1", "CD1"]);
    expect(input.community).toBeUndefined();
  });

  it("numbers communities apart for authors without one", () => {
    const shown = filterGraph(graph, { minComponent: 3, minDegree: 2 });
    const input = layoutInputOfShown(graph, shown, (id) =>
      id === "A" || id === "B" ? 4 : undefined,
    );
    expect([...(input.community ?? [])]).toEqual([4, 4, 5, 6]);
  });
});
