// Label placement on a 49,432-author scene: time and young-generation allocation per placement,
// the column placement (src/scene/place-labels.ts) against the object-per-candidate one it
// replaced (kept as the tests' reference). Run bundled, as the page runs it (under tsx the loops
// stay unoptimised longer and allocate a boxed number per author):
//   npx esbuild bench/label-placement.ts --bundle --platform=node --format=esm \
//     --outfile=/tmp/label-placement.mjs && node /tmp/label-placement.mjs
import { getHeapSpaceStatistics } from "node:v8";
import { placeLabels } from "../src/scene/place-labels.ts";
import type { Scene, SceneNode, SceneView } from "../src/scene/scene.ts";
import { NO_SCENE_EDGES } from "../src/scene/scene-edges.ts";
import { referencePlaceLabels } from "../tests/scene/place-labels-reference.ts";

const AUTHORS = 49_432;
const REPEATS = 60;

let seed = 1;
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const nodes: SceneNode[] = Array.from({ length: AUTHORS }, (_, i) => ({
  id: `a${i}`,
  x: random() * 4000,
  y: random() * 4000,
  r: 2 + random() * 10,
  fill: "#888888",
  label: `Author ${i}`,
  value: random(),
  owner: false,
  selected: false,
  dimmed: false,
}));
const scene: Scene = {
  width: 1440,
  height: 900,
  transform: { x: 0, y: 0, k: 1 },
  nodes,
  edges: NO_SCENE_EDGES,
  background: "#ffffff",
  fontSize: 12,
};
const positions = {
  x: Float64Array.from(nodes, (n) => n.x),
  y: Float64Array.from(nodes, (n) => n.y),
};
const newSpace = () =>
  getHeapSpaceStatistics().find((s) => s.space_name === "new_space")?.space_used_size ?? 0;

function measure(name: string, place: typeof placeLabels): void {
  const ms: number[] = [];
  const bytes: number[] = [];
  for (let rep = 0; rep < REPEATS; rep++) {
    // A hover change every other placement, the view panned a little each time.
    const view: SceneView = {
      transform: { x: -rep * 10, y: 0, k: 1 },
      width: 1440,
      height: 900,
      hover: rep % 2 ? `a${rep}` : null,
    };
    const before = newSpace();
    const t = performance.now();
    place(scene, view, { positions });
    ms.push(performance.now() - t);
    const grown = newSpace() - before;
    // A scavenge during the call empties new space: that sample says nothing.
    if (grown >= 0) bytes.push(grown);
  }
  // The second half: after warm-up and optimisation.
  const late = (a: number[]) => a.slice(Math.floor(a.length / 2)).sort((p, q) => p - q);
  const median = (a: number[]) => a[Math.floor(a.length / 2)];
  console.log(
    `${name}: ${median(late(ms)).toFixed(2)} ms, ${(median(late(bytes)) / 1e6).toFixed(2)} MB allocated per placement (median of the last ${REPEATS / 2})`,
  );
}

measure("columns (src)", placeLabels);
measure("objects (reference)", referencePlaceLabels);
