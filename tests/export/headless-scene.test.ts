// The CLI's map layout is the app's: computeLayout with the size-dependent options, seeded.
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { buildHeadlessScene } from "../../src/export/headless-scene.ts";
import type {
  CoauthorEdge,
  CoauthorGraphology,
  CoauthorNode,
} from "../../src/graph/coauthor-graph.ts";
import {
  layoutInputFromGraph,
  layoutOptionsForSize,
  positionsById,
  runLayout,
} from "../../src/layout/index.ts";
import { authorTable } from "../../src/metrics/author-table.ts";

/** A path of n authors (a0 – a1 – … ), each pair sharing one paper. */
function path(n: number): CoauthorGraphology {
  const g: CoauthorGraphology = new Graph<CoauthorNode, CoauthorEdge>({ type: "undirected" });
  for (let i = 0; i < n; i++) g.addNode(`a${i}`, { name: `A${i}`, papers: 1, owner: i === 0 });
  for (let i = 1; i < n; i++) g.addEdge(`a${i - 1}`, `a${i}`, { weight: 1, papers: [`p${i}`] });
  return g;
}

describe("buildHeadlessScene layout", () => {
  it("uses layoutOptionsForSize for big graphs (2,100 authors), not the fixed defaults", () => {
    const g = path(2100);
    const input = layoutInputFromGraph(g);
    const sized = positionsById(input.ids, runLayout(input, layoutOptionsForSize(2100)));
    const fixed = positionsById(input.ids, runLayout(input, {}));
    const scene = buildHeadlessScene(g, authorTable([]), { legend: false });
    const at = (id: string) => scene.nodes.find((n) => n.id === id) as { x: number; y: number };
    for (const id of ["a0", "a1050", "a2099"]) {
      expect(at(id)).toMatchObject(sized[id]);
      expect(at(id).x).not.toBe(fixed[id].x);
    }
  }, 30_000);

  it("is seeded: the same graph gives the same positions and transform", () => {
    const a = buildHeadlessScene(path(30), authorTable([]));
    const b = buildHeadlessScene(path(30), authorTable([]));
    expect(b.nodes.map((n) => [n.x, n.y])).toEqual(a.nodes.map((n) => [n.x, n.y]));
    expect(b.transform).toEqual(a.transform);
  });
});
