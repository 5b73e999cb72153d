// Tests of placeLabels on hand-made scenes: rank wins over lower labels and discs; pure; one placement.
import { describe, expect, it } from "vitest";
import { labelOrder, placeLabels, sceneView } from "../../src/scene/place-labels.ts";
import type { PlacedLabel, Scene, SceneNode } from "../../src/scene/scene.ts";
import { NO_SCENE_EDGES } from "../../src/scene/scene-edges.ts";

/** Every label 60 px wide, whatever the text or font. */
const measureText = () => 60;

function node(id: string, x: number, y: number, value: number, r = 4): SceneNode {
  return {
    id,
    x,
    y,
    r,
    value,
    fill: "#888888",
    label: id,
    owner: false,
    selected: false,
    dimmed: false,
  };
}

function scene(nodes: SceneNode[], width = 400, height = 300): Scene {
  return {
    width,
    height,
    transform: { x: 0, y: 0, k: 1 },
    nodes,
    edges: NO_SCENE_EDGES,
    background: "#ffffff",
    fontSize: 10,
  };
}

const ids = (s: Scene, labels: readonly PlacedLabel[]) => labels.map((l) => s.nodes[l.index].id);

const overlaps = (
  a: PlacedLabel["box"],
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * A crowded centre: 25 authors on a 5 × 5 grid 12 px apart around (200, 150) — far too close for
 * every label — ranked by value in a scrambled order, so the drawing order says nothing.
 */
function crowded(): Scene {
  const nodes: SceneNode[] = [];
  for (let i = 0; i < 25; i++) {
    const value = (i * 7) % 25; // a permutation of 0..24
    nodes.push(node(`n${value}`, 176 + (i % 5) * 12, 126 + Math.floor(i / 5) * 12, value));
  }
  return scene(nodes);
}

describe("placeLabels on a crowded scene", () => {
  const s = crowded();
  const labels = placeLabels(s, sceneView(s), { measureText, labelGrowth: 0 });
  const named = new Set(ids(s, labels));

  it("names the top-ranked authors first: the top five all keep a label", () => {
    for (const v of [24, 23, 22, 21, 20]) expect(named.has(`n${v}`), `n${v}`).toBe(true);
    // Not everyone fits; those who lose are of lower rank than every one of the top five.
    expect(named.size).toBeLessThan(25);
  });

  it("lets no two labels overlap", () => {
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++)
        expect(overlaps(labels[i].box, labels[j].box), `${i} / ${j}`).toBe(false);
  });

  it("covers no disc of a higher-ranked author (smaller ones may be covered)", () => {
    for (const label of labels) {
      const mine = s.nodes[label.index].value as number;
      for (const other of s.nodes) {
        if ((other.value as number) <= mine) continue;
        const disc = {
          x: other.x - other.r,
          y: other.y - other.r,
          width: 2 * other.r,
          height: 2 * other.r,
        };
        expect(overlaps(label.box, disc), `${s.nodes[label.index].id} over ${other.id}`).toBe(
          false,
        );
      }
    }
  });

  it("returns labels in drawing order: lowest rank first, the top label painted last", () => {
    const values = labels.map((l) => s.nodes[l.index].value as number);
    expect(values[values.length - 1]).toBe(24);
    expect([...values].sort((a, b) => a - b)).toEqual(values);
  });
});

describe("placeLabels rules", () => {
  it("a top label covers a lower-ranked big disc; a lower label may not cover a top disc", () => {
    // Top author at (100, 100); a big low-ranked disc right where its label goes.
    const s = scene([node("top", 100, 100, 10), node("low", 130, 100, 1, 12)]);
    const options = { measureText, labelGrowth: 0, leaderRanks: 0, lookahead: 0 };
    const labels = placeLabels(s, sceneView(s), options);
    const top = labels.find((l) => s.nodes[l.index].id === "top") as PlacedLabel;
    expect(top.align).toBe("start");
    expect(top.box.x).toBeCloseTo(100 + 4 + 3, 9);
    // The low author's label goes elsewhere, clear of the top label and disc.
    const low = labels.find((l) => s.nodes[l.index].id === "low") as PlacedLabel;
    expect(low).toBeDefined();
    expect(overlaps(low.box, top.box)).toBe(false);
    expect(overlaps(low.box, { x: 96, y: 96, width: 8, height: 8 })).toBe(false);
  });

  it("moves a top label away from its disc, with a leader line, when no place beside it is free", () => {
    // The top author is boxed in by three forced labels (selected authors) and the frame's edge.
    const s = scene([
      node("top", 10, 150, 10),
      { ...node("a", 40, 137, 1), labelForced: true },
      { ...node("b", 40, 150, 1), labelForced: true },
      { ...node("c", 40, 163, 1), labelForced: true },
    ]);
    const labels = placeLabels(s, sceneView(s), { measureText, labelGrowth: 0 });
    const top = labels.find((l) => s.nodes[l.index].id === "top");
    expect(top?.leader).toBeDefined();
    const off = placeLabels(s, sceneView(s), { measureText, labelGrowth: 0, leaderRanks: 0 });
    expect(ids(s, off)).not.toContain("top");
  });

  it("puts the hovered author first and bold; dimmed authors get no label unless forced", () => {
    const s = scene([node("a", 100, 100, 10), { ...node("b", 100, 100, 1), dimmed: true }]);
    expect(ids(s, placeLabels(s, sceneView(s), { measureText }))).toEqual(["a"]);
    const hovered = placeLabels(s, { ...sceneView(s), hover: "b" }, { measureText });
    const b = hovered.find((l) => s.nodes[l.index].id === "b") as PlacedLabel;
    expect(b.strong).toBe(true);
    expect(b.align).toBe("start");
    expect(labelOrder(s)).toEqual([0]);
  });

  it("sizes labels by rank: the biggest disc's label is (1 + growth) × the font size", () => {
    const s = scene([node("big", 100, 50, 10, 20), node("small", 100, 200, 1, 4)]);
    const labels = placeLabels(s, sceneView(s), { measureText, labelGrowth: 0.4 });
    const size = (id: string) => labels.find((l) => s.nodes[l.index].id === id)?.fontSize;
    expect([size("big"), size("small")]).toEqual([14, 10]);
  });

  it("is pure: a frozen scene places the same labels twice, unchanged", () => {
    const s = crowded();
    const before = structuredClone(s);
    const deepFreeze = (o: object) => {
      Object.freeze(o);
      for (const v of Object.values(o)) if (v && typeof v === "object") deepFreeze(v);
    };
    deepFreeze(s);
    const a = placeLabels(s, sceneView(s), { measureText });
    const b = placeLabels(s, sceneView(s), { measureText });
    expect(b).toEqual(a);
    expect(s).toEqual(before);
  });

  it("places for moved positions when given them, as if the nodes were there", () => {
    const s = scene([node("a", 10, 10, 2), node("b", 300, 200, 1)]);
    const positions = { x: [100, 100], y: [50, 80] };
    const moved = placeLabels(s, sceneView(s), { measureText, labelGrowth: 0, positions });
    const there = scene([node("a", 100, 50, 2), node("b", 100, 80, 1)]);
    expect(moved).toEqual(placeLabels(there, sceneView(there), { measureText, labelGrowth: 0 }));
  });

  it("places for the view it is given, not the scene's own frame", () => {
    const s = scene([node("a", 0, 0, 1)]);
    const moved = placeLabels(
      s,
      { transform: { x: 50, y: 60, k: 2 }, width: 400, height: 300 },
      {
        measureText,
        labelGrowth: 0,
      },
    );
    expect(moved[0].box.x).toBeCloseTo(50 + 4 + 3, 9);
    expect(moved[0].y).toBeCloseTo(60 + 3.5, 9);
  });
});

describe("placeLabels and the scene's label density", () => {
  // Twelve authors 100 px apart: every label fits beside its disc.
  const sparse = () =>
    scene(
      Array.from({ length: 12 }, (_v, i) =>
        node(`n${i}`, 50 + (i % 4) * 100, 50 + Math.floor(i / 4) * 100, i),
      ),
      500,
      350,
    );

  it("places at most the scene's maxLabels, the highest ranked", () => {
    const s = { ...sparse(), maxLabels: 5 };
    const labels = placeLabels(s, sceneView(s), { measureText });
    expect(ids(s, labels).sort()).toEqual(["n10", "n11", "n7", "n8", "n9"]);
  });

  it("places every label that fits for Infinity, and an option wins over the scene", () => {
    const s = { ...sparse(), maxLabels: Number.POSITIVE_INFINITY };
    expect(placeLabels(s, sceneView(s), { measureText })).toHaveLength(12);
    expect(placeLabels(s, sceneView(s), { measureText, maxLabels: 2 })).toHaveLength(2);
  });
});
