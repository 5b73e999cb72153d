// The column-based placement against the object-per-candidate one it replaced, on random scenes.
import { describe, expect, it } from "vitest";
import { placeLabelBoxes, type LabelBox } from "../../src/scene/label-placement.ts";
import { placeLabels } from "../../src/scene/place-labels.ts";
import type { Scene, SceneNode, SceneView } from "../../src/scene/scene.ts";
import { referencePlaceLabelBoxes, referencePlaceLabels } from "./place-labels-reference.ts";
import { NO_SCENE_EDGES } from "../../src/scene/scene-edges.ts";

function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/** A scene of `n` authors over a square of `spread` px, with ties, rings, forced and dimmed ones. */
function randomScene(n: number, spread: number, rnd: () => number): Scene {
  const nodes: SceneNode[] = Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    x: rnd() * spread,
    y: rnd() * spread,
    r: 2 + Math.floor(rnd() * 6) * 2,
    value: rnd() < 0.3 ? 1 : Math.floor(rnd() * 20),
    fill: "#888888",
    label: rnd() < 0.05 ? "" : `Author ${"x".repeat(Math.floor(rnd() * 12))}${i}`,
    owner: rnd() < 0.02,
    selected: rnd() < 0.03,
    hovered: false,
    dimmed: rnd() < 0.1,
    ...(rnd() < 0.03 && { labelForced: true }),
  }));
  return {
    width: 800,
    height: 500,
    transform: { x: 0, y: 0, k: 1 },
    nodes,
    edges: NO_SCENE_EDGES,
    background: "#ffffff",
    fontSize: 11,
  };
}

describe("placeLabels (columns) agrees with the object-per-candidate placement", () => {
  it("on 200 random scenes, views, hovers and option sets", () => {
    const rnd = random(7);
    let labels = 0;
    let leaders = 0;
    for (let t = 0; t < 200; t++) {
      // Small scenes first: the reused candidate columns grow as the scenes do.
      const n = t < 20 ? 1 + t : 5 + Math.floor(rnd() * 400);
      const scene = randomScene(n, 200 + rnd() * 1500, rnd);
      const view: SceneView = {
        transform: { x: -rnd() * 300, y: -rnd() * 300, k: 0.5 + rnd() * 2 },
        width: 300 + rnd() * 900,
        height: 200 + rnd() * 600,
        hover: rnd() < 0.5 ? `a${Math.floor(rnd() * n)}` : null,
      };
      const moved = rnd() < 0.5;
      const options = {
        maxLabels: 5 + Math.floor(rnd() * 100),
        labelCandidates: 10 + Math.floor(rnd() * 400),
        lookahead: Math.floor(rnd() * 50),
        leaderRanks: Math.floor(rnd() * 40),
        leaderRings: Math.floor(rnd() * 4),
        padding: Math.floor(rnd() * 4),
        ...(moved && {
          positions: {
            x: Float64Array.from(scene.nodes, (d) => d.x + rnd() * 40),
            y: Float64Array.from(scene.nodes, (d) => d.y - rnd() * 40),
          },
        }),
      };
      const ours = placeLabels(scene, view, options);
      expect(ours).toEqual(referencePlaceLabels(scene, view, options));
      labels += ours.length;
      leaders += ours.filter((l) => l.leader).length;
    }
    // The random scenes exercise what matters: many labels, and some on leader lines.
    expect(labels).toBeGreaterThan(2000);
    expect(leaders).toBeGreaterThan(20);
  });
});

describe("placeLabelBoxes (over columns) agrees with the object placement", () => {
  it("on 300 random box lists with uneven alternatives, far places, discs and obstacles", () => {
    const rnd = random(11);
    for (let t = 0; t < 300; t++) {
      const n = 1 + Math.floor(rnd() * 120);
      const box = (): { x: number; y: number } => ({ x: rnd() * 500 - 50, y: rnd() * 400 - 50 });
      const boxes: LabelBox[] = Array.from({ length: n }, () => {
        const b: LabelBox = { ...box(), width: 10 + rnd() * 60, height: 8 + rnd() * 10 };
        if (rnd() < 0.1) b.forced = true;
        if (rnd() < 0.8) b.alternatives = Array.from({ length: Math.floor(rnd() * 9) }, box);
        if (rnd() < 0.3) {
          const far = Array.from({ length: Math.floor(rnd() * 20) }, box);
          b.far = () => far;
        }
        if (rnd() < 0.7) b.disc = { ...box(), width: rnd() * 20, height: rnd() * 20 };
        return b;
      });
      const options = {
        width: 300 + rnd() * 300,
        height: 200 + rnd() * 300,
        maxLabels: 1 + Math.floor(rnd() * 80),
        padding: Math.floor(rnd() * 4),
        lookahead: Math.floor(rnd() * 10),
        obstacles: Array.from({ length: Math.floor(rnd() * 5) }, () => ({
          ...box(),
          width: rnd() * 80,
          height: rnd() * 80,
        })),
      };
      expect(placeLabelBoxes(boxes, options)).toEqual(referencePlaceLabelBoxes(boxes, options));
    }
  });
});
