// A scene compiled for painting: typed arrays of positions and radii, and runs of one style.
import type { Scene } from "../../scene/scene.ts";
import { nodeRings, SCENE_STYLE, type NodeRing } from "../../scene/style.ts";

/** A run of edges or discs drawn with one style: [start, end) in the compiled arrays. */
export interface Batch {
  style: string;
  width: number;
  alpha: number;
  start: number;
  end: number;
}

/** A ring to stroke around disc `index`, with the opacity of its node. */
export type CompiledRing = { index: number; alpha: number } & NodeRing;

/**
 * The scene compiled to typed arrays and style runs. The scene itself is never changed: when
 * the layout moves authors, only these arrays move ({@link movePositions}).
 */
export interface CompiledScene {
  scene: Scene;
  index: Map<string, number>;
  nx: Float64Array;
  ny: Float64Array;
  nr: Float64Array;
  nodeBatches: Batch[];
  ex: Float64Array;
  ey: Float64Array;
  ex2: Float64Array;
  ey2: Float64Array;
  /** Node indices of each edge's ends. */
  es: Int32Array;
  et: Int32Array;
  /** Larger radius of the two ends: an edge shorter than this on screen hides under a disc. */
  er: Float32Array;
  edgeBatches: Batch[];
  rings: CompiledRing[];
  /** Edges and discs: what decides whether the scene is "big". */
  items: number;
}

/** Edges compiled between two yields of {@link compileSceneSteps}. */
const COMPILE_EDGES_PER_STEP = 15_000;

/** Compiles a scene in steps (yields between phases and every few thousand edges). */
export function* compileSceneSteps(scene: Scene): Generator<void, CompiledScene> {
  const index = new Map<string, number>();
  const n = scene.nodes.length;
  const nx = new Float64Array(n);
  const ny = new Float64Array(n);
  const nr = new Float64Array(n);
  const nodeBatches: Batch[] = [];
  const rings: CompiledRing[] = [];
  scene.nodes.forEach((node, i) => {
    index.set(node.id, i);
    nx[i] = node.x;
    ny[i] = node.y;
    nr[i] = node.r;
    const alpha = node.dimmed ? SCENE_STYLE.dimmedOpacity : 1;
    const last = nodeBatches[nodeBatches.length - 1];
    if (last && last.style === node.fill && last.alpha === alpha) last.end = i + 1;
    else nodeBatches.push({ style: node.fill, width: 0, alpha, start: i, end: i + 1 });
    for (const ring of nodeRings(node)) rings.push({ index: i, alpha, ...ring });
  });
  yield;
  const m = scene.edges.length;
  const ex = new Float64Array(m);
  const ey = new Float64Array(m);
  const ex2 = new Float64Array(m);
  const ey2 = new Float64Array(m);
  const er = new Float32Array(m);
  const es = new Int32Array(m);
  const et = new Int32Array(m);
  const edgeBatches: Batch[] = [];
  let count = 0;
  for (let j = 0; j < m; j++) {
    if (j > 0 && j % COMPILE_EDGES_PER_STEP === 0) yield;
    const edge = scene.edges[j];
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s === undefined || t === undefined) continue;
    const e = count++;
    ex[e] = nx[s];
    ey[e] = ny[s];
    ex2[e] = nx[t];
    ey2[e] = ny[t];
    es[e] = s;
    et[e] = t;
    // Only an opaque disc hides an edge; dimmed discs are translucent.
    er[e] = Math.max(
      scene.nodes[s].dimmed ? 0 : nr[s] - 0.5,
      scene.nodes[t].dimmed ? 0 : nr[t] - 0.5,
    );
    const alpha = edge.dimmed ? SCENE_STYLE.dimmedOpacity : 1;
    const last = edgeBatches[edgeBatches.length - 1];
    if (last && last.style === edge.color && last.width === edge.width && last.alpha === alpha)
      last.end = e + 1;
    else edgeBatches.push({ style: edge.color, width: edge.width, alpha, start: e, end: e + 1 });
  }
  yield;
  return {
    scene,
    index,
    nx,
    ny,
    nr,
    nodeBatches,
    ex: ex.subarray(0, count),
    ey: ey.subarray(0, count),
    ex2: ex2.subarray(0, count),
    ey2: ey2.subarray(0, count),
    es: es.subarray(0, count),
    et: et.subarray(0, count),
    er: er.subarray(0, count),
    edgeBatches,
    rings,
    items: n + m,
  };
}

/**
 * Moves compiled authors to new world positions (authors missing from `positions` stay put) and
 * their edges with them. Returns whether anything moved.
 */
export function movePositions(
  c: CompiledScene,
  positions: Readonly<Record<string, { x: number; y: number }>>,
): boolean {
  const nodes = c.scene.nodes;
  let moved = false;
  for (let i = 0; i < nodes.length; i++) {
    const p = positions[nodes[i].id];
    if (!p) continue;
    if (c.nx[i] !== p.x || c.ny[i] !== p.y) moved = true;
    c.nx[i] = p.x;
    c.ny[i] = p.y;
  }
  for (let e = 0; e < c.es.length; e++) {
    c.ex[e] = c.nx[c.es[e]];
    c.ey[e] = c.ny[c.es[e]];
    c.ex2[e] = c.nx[c.et[e]];
    c.ey2[e] = c.ny[c.et[e]];
  }
  return moved;
}

/**
 * The scene with its authors where the compiled arrays have them now: the scene itself when
 * nothing moved, else a new scene value (the nodes that moved are copies).
 */
export function sceneAtPositions(c: CompiledScene): Scene {
  const nodes = c.scene.nodes;
  let copy: Scene["nodes"] | null = null;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.x === c.nx[i] && node.y === c.ny[i]) continue;
    copy ??= nodes.slice();
    copy[i] = { ...node, x: c.nx[i], y: c.ny[i] };
  }
  return copy ? { ...c.scene, nodes: copy } : c.scene;
}
