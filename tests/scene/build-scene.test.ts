// Tests of buildScene: visibility, emphasis, drawing order, edge widths, labels and legend.
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import {
  buildCoauthorGraph,
  type CoauthorEdge,
  type CoauthorNode,
} from "../../src/graph/coauthor-graph.ts";
import { filterGraph } from "../../src/graph/filters.ts";
import type { AuthorMetrics } from "../../src/metrics/compute-metrics.ts";
import { buildScene, buildSceneSteps, type SceneInput } from "../../src/scene/build-scene.ts";
import { COMMUNITY_PALETTE, communityColors, OTHER_COLOR } from "../../src/scene/palette.ts";
import { SCENE_STYLE } from "../../src/scene/style.ts";
import { FIXTURE } from "../graph/fixture.ts";
import { sceneEdgeAt, sceneEdgeList } from "../../src/scene/scene-edges.ts";
import { authorTableFromRecord } from "../../src/metrics/author-table.ts";

const graph = buildCoauthorGraph(FIXTURE);
// Community 0 = {A, B, C}, 1 = {D, E}, 2 = {F, G}; PageRank grows A > B > … > G.
const community: Record<string, number> = { A: 0, B: 0, C: 0, D: 1, E: 1, F: 2, G: 2 };
const metrics: Record<string, AuthorMetrics> = {};
"ABCDEFG".split("").forEach((id, i) => {
  metrics[id] = {
    papers: graph.getNodeAttribute(id, "papers"),
    coauthors: graph.degree(id),
    strength: 0,
    betweenness: 0,
    closeness: 0,
    eigenvector: 0,
    pagerank: 7 - i,
    community: community[id],
    component: id < "F" ? 0 : 1,
  };
});
// Authors on a horizontal line, 200 px apart: every label fits.
const positions = Object.fromEntries(
  "ABCDEFG".split("").map((id, i) => [id, { x: i * 200, y: 0 }]),
);
const input: SceneInput = {
  graph,
  metrics: authorTableFromRecord(metrics),
  positions,
  sizeMetric: "pagerank",
  transform: { x: 10, y: 50, k: 1 },
  width: 1400,
  height: 100,
};
const byId = (scene: ReturnType<typeof buildScene>) => new Map(scene.nodes.map((n) => [n.id, n]));

describe("buildScene", () => {
  it("draws an author the metrics lack at the smallest size, in community 0's colour, dimmed by a community focus", () => {
    // The table without G (as after a cut): G's value is 0, its colour community 0's.
    const rest = Object.fromEntries(Object.entries(metrics).filter(([id]) => id !== "G"));
    const scene = buildScene(
      { ...input, metrics: authorTableFromRecord(rest) },
      { radius: { minRadius: 2, maxRadius: 8 } },
    );
    const g = byId(scene).get("G");
    expect(g?.value).toBe(0);
    expect(g?.r).toBe(2);
    expect(g?.fill).toBe(COMMUNITY_PALETTE[0]);
    // Focused on community 2 (F's), G has none: dimmed, and F is not.
    const focused = byId(
      buildScene({ ...input, metrics: authorTableFromRecord(rest), selection: { community: 2 } }),
    );
    expect(focused.get("G")?.dimmed).toBe(true);
    expect(focused.get("F")?.dimmed).toBe(false);
  });

  it("draws every author and collaboration, coloured by community, sized by the metric", () => {
    const scene = buildScene(input, { radius: { minRadius: 2, maxRadius: 8 } });
    const nodes = byId(scene);
    expect(scene.nodes.length).toBe(7);
    expect(scene.edges.length).toBe(6);
    expect(nodes.get("A")?.fill).toBe(COMMUNITY_PALETTE[0]);
    expect(nodes.get("D")?.fill).toBe(COMMUNITY_PALETTE[1]);
    expect(nodes.get("A")?.r).toBe(8);
    expect(nodes.get("G")?.r).toBe(2);
    expect(nodes.get("A")?.owner).toBe(true);
    expect(nodes.get("B")?.owner).toBe(false);
    expect(scene.transform).toEqual({ x: 10, y: 50, k: 1 });
  });

  it("gives the heaviest collaboration the widest line", () => {
    const scene = buildScene(input, { widths: { minWidth: 1, maxWidth: 4 } });
    const ab = sceneEdgeList(scene.edges).find((e) => [e.source, e.target].sort().join() === "A,B");
    expect(ab?.width).toBe(4);
    expect(sceneEdgeList(scene.edges).filter((e) => e.width === 1).length).toBe(5);
  });

  it("leaves out what the filters hide", () => {
    const visible = filterGraph(graph, { minPapers: 2 });
    const scene = buildScene({ ...input, visible });
    expect(scene.nodes.map((n) => n.id).sort()).toEqual(["A", "B", "C", "D"]);
    expect(scene.edges.length).toBe(4);
  });

  it("emphasizes a selected author's neighbourhood and dims the rest, dimmed drawn first", () => {
    const scene = buildScene({ ...input, selection: { author: "A" } });
    const nodes = byId(scene);
    expect(nodes.get("A")?.selected).toBe(true);
    expect(["B", "C"].map((id) => nodes.get(id)?.dimmed)).toEqual([false, false]);
    expect(["D", "E", "F", "G"].every((id) => nodes.get(id)?.dimmed)).toBe(true);
    expect(sceneEdgeList(scene.edges).filter((e) => e.highlighted).length).toBe(2);
    const firstLit = scene.nodes.findIndex((n) => !n.dimmed);
    expect(scene.nodes.slice(firstLit).every((n) => !n.dimmed)).toBe(true);
    expect(scene.nodes[scene.nodes.length - 1].id).toBe("A");
    expect(sceneEdgeAt(scene.edges, scene.edges.length - 1).highlighted).toBe(true);
  });

  it("draws a pair's collaboration path in the path colour with forced labels", () => {
    const scene = buildScene({
      ...input,
      selection: { author: "A", with: "E", path: ["A", "C", "D", "E"] },
    });
    const nodes = byId(scene);
    const pathEdges = sceneEdgeList(scene.edges).filter(
      (e) => e.color === SCENE_STYLE.pathEdgeColor,
    );
    expect(pathEdges.map((e) => [e.source, e.target].sort().join("")).sort()).toEqual([
      "AC",
      "CD",
      "DE",
    ]);
    expect(["A", "C", "D", "E"].every((id) => nodes.get(id)?.labelForced)).toBe(true);
    expect(nodes.get("B")?.dimmed).toBe(true);
    expect([nodes.get("A")?.selected, nodes.get("E")?.selected, nodes.get("C")?.selected]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it("places labels for its own frame; of stacked authors, the hovered one, then the owner", () => {
    const labelled = (scene: ReturnType<typeof buildScene>) =>
      (scene.labels ?? []).map((l) => scene.nodes[l.index].id).sort();
    expect(labelled(buildScene(input))).toEqual("ABCDEFG".split(""));
    // All at one point near the left of a frame one label high: one label fits, on the right.
    const stacked = Object.fromEntries("ABCDEFG".split("").map((id) => [id, { x: 0, y: 0 }]));
    const wide = { measureText: () => 100, labelCandidates: 600 };
    const flat = {
      ...input,
      positions: stacked,
      width: 150,
      height: 20,
      transform: { x: 20, y: 10, k: 1 },
    };
    expect(labelled(buildScene(flat, wide))).toEqual(["A"]);
    const hovered = buildScene({ ...flat, selection: { hover: "G" } }, wide);
    expect(labelled(hovered)).toEqual(["G"]);
    expect(byId(hovered).get("G")?.hovered).toBe(true);
  });

  it("records each author's metric value, for label priority", () => {
    const nodes = byId(buildScene(input));
    expect("ABCDEFG".split("").map((id) => nodes.get(id)?.value)).toEqual([7, 6, 5, 4, 3, 2, 1]);
  });

  it("writes a legend of sizes, communities and edge meaning", () => {
    const scene = buildScene(input);
    expect(scene.legend?.sizeMetric).toBe("PageRank");
    expect(scene.legend?.sizes.map((s) => s.label)).toEqual(["7", "4", "1"]);
    expect(scene.legend?.colors).toEqual([
      { label: "1 · A +2", color: COMMUNITY_PALETTE[0], community: 0, count: 3 },
      { label: "2 · D +1", color: COMMUNITY_PALETTE[1], community: 1, count: 2 },
      { label: "3 · F +1", color: COMMUNITY_PALETTE[2], community: 2, count: 2 },
    ]);
    expect(scene.legend?.others).toBeUndefined();
  });

  it("lists the coloured communities and counts those in the neutral colour", () => {
    const colors = communityColors(Object.values(community), COMMUNITY_PALETTE.slice(0, 1));
    const scene = buildScene(input, { colors });
    expect(scene.legend?.colors).toEqual([
      { label: "1 · A +2", color: COMMUNITY_PALETTE[0], community: 0, count: 3 },
    ]);
    expect(scene.legend?.others).toEqual({ count: 2, color: OTHER_COLOR });
    expect(byId(scene).get("F")?.fill).toBe(OTHER_COLOR);
    expect(scene.legend?.edgeMeaning).toBe("shared papers (1–2)");
  });
});

describe("buildScene drawing order", () => {
  it("draws dimmed, then plain, then emphasized authors; within each by colour, then radius", () => {
    // 300 authors in 5 communities with tied and distinct PageRanks; one selected author.
    let seed = 3;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const g = new Graph<CoauthorNode, CoauthorEdge>({ type: "undirected" });
    const m: Record<string, AuthorMetrics> = {};
    const p: Record<string, { x: number; y: number }> = {};
    for (let i = 0; i < 300; i++) {
      g.addNode(`a${i}`, { name: `a${i}`, papers: 1, owner: false });
      const pagerank = random() < 0.5 ? Math.floor(random() * 4) : random() * 10;
      m[`a${i}`] = { ...metrics.A, pagerank, community: Math.floor(random() * 5) };
      p[`a${i}`] = { x: i, y: 0 };
    }
    for (let i = 1; i < 300; i += 3) g.addEdge("a0", `a${i}`, { weight: 1, papers: [] });
    const scene = buildScene({
      ...input,
      graph: g,
      metrics: authorTableFromRecord(m),
      positions: p,
      selection: { author: "a0" },
    });
    // The order by an independent comparator: layer, rank of the fill in first-seen order
    // (the palette's colours first), radius, then graph order.
    const rankOfFill = new Map<string, number>();
    [...new Set(communityColors(g.mapNodes((id) => m[id].community)).values())].forEach((c, i) =>
      rankOfFill.set(c, i),
    );
    for (const id of g.nodes()) {
      const fill = scene.nodes.find((n) => n.id === id)!.fill;
      if (!rankOfFill.has(fill)) rankOfFill.set(fill, rankOfFill.size);
    }
    const graphIndex = new Map(g.nodes().map((id, i) => [id, i]));
    const layer = (n: (typeof scene.nodes)[number]) => (n.dimmed ? 0 : n.selected ? 2 : 1);
    const expected = [...scene.nodes]
      .sort(
        (a, b) =>
          layer(a) - layer(b) ||
          rankOfFill.get(a.fill)! - rankOfFill.get(b.fill)! ||
          a.r - b.r ||
          graphIndex.get(a.id)! - graphIndex.get(b.id)!,
      )
      .map((n) => n.id);
    expect(scene.nodes.map((n) => n.id)).toEqual(expected);
    expect(scene.nodes[0].dimmed).toBe(true);
    expect(scene.nodes[299].id).toBe("a0");
  });
});

describe("buildSceneSteps", () => {
  it("slices a big scene: a yield at least every 8 000 edges, and all edges drawn", () => {
    // The complete graph on 200 authors: 19 900 collaborations.
    const big = new Graph<CoauthorNode, CoauthorEdge>({ type: "undirected" });
    const bigMetrics: Record<string, AuthorMetrics> = {};
    const bigPositions: Record<string, { x: number; y: number }> = {};
    for (let i = 0; i < 200; i++) {
      big.addNode(`a${i}`, { name: `a${i}`, papers: 1, owner: false });
      bigMetrics[`a${i}`] = { ...metrics.A, pagerank: i };
      bigPositions[`a${i}`] = { x: Math.cos(i), y: Math.sin(i) };
    }
    for (let i = 0; i < 200; i++)
      for (let j = i + 1; j < 200; j++) big.addEdge(`a${i}`, `a${j}`, { weight: 1, papers: [] });
    const steps = buildSceneSteps({
      ...input,
      graph: big,
      metrics: authorTableFromRecord(bigMetrics),
      positions: bigPositions,
    });
    let yields = 0;
    let step = steps.next();
    while (!step.done) {
      yields++;
      step = steps.next();
    }
    // Two passes over the edges (visible ones, then their styles), each sliced every 8 000.
    expect(yields).toBeGreaterThanOrEqual(2 * Math.floor(19_900 / 8_000));
    expect(step.value.edges.length).toBe(19_900);
    expect(step.value.nodes.length).toBe(200);
  });
});
