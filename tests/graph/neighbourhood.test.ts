// Tests of the shown neighbourhood on the hand-made corpus (edges A–B, A–C, B–C, C–D, D–E, F–G).
import { describe, expect, it } from "vitest";
import { buildCoauthorGraph } from "../../src/graph/coauthor-graph.ts";
import { filterGraph } from "../../src/graph/filters.ts";
import { shownNeighbourhood } from "../../src/graph/neighbourhood.ts";
import { FIXTURE } from "./fixture.ts";

const graph = buildCoauthorGraph(FIXTURE);
const sorted = (set: Set<string>) => [...set].sort();

describe("shownNeighbourhood", () => {
  it("is the author and every coauthor without a filter", () => {
    expect(sorted(shownNeighbourhood(graph, "C"))).toEqual(["A", "B", "C", "D"]);
    expect(sorted(shownNeighbourhood(graph, "E"))).toEqual(["D", "E"]);
  });

  it("keeps only coauthors joined by a shown collaboration", () => {
    // Links of 2+ shared papers: only A–B is shown, every author stays.
    const visible = filterGraph(graph, { minWeight: 2 });
    expect(sorted(shownNeighbourhood(graph, "A", visible))).toEqual(["A", "B"]);
    expect(sorted(shownNeighbourhood(graph, "C", visible))).toEqual(["C"]);
  });

  it("is empty for an author not shown or not in the graph", () => {
    const visible = filterGraph(graph, { minDegree: 2 });
    expect(shownNeighbourhood(graph, "E", visible).size).toBe(0);
    expect(shownNeighbourhood(graph, "nobody").size).toBe(0);
  });
});
