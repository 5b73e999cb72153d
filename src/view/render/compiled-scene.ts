// A scene compiled for painting: typed arrays of positions and radii, and runs of one style.
import type { Scene } from "../../scene/scene.ts";
import { EDGE_DIMMED } from "../../scene/scene-edges.ts";
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
  /** Node indices of each edge's ends (painters read the ends' positions through them). */
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
/** Authors compiled between two yields. */
const COMPILE_NODES_PER_STEP = 10_000;

/** Compiles a scene in steps (yields between phases and every few thousand authors or edges). */
export function* compileSceneSteps(scene: Scene): Generator<void, CompiledScene> {
  const index = new Map<string, number>();
  const n = scene.nodes.length;
  const nx = new Float64Array(n);
  const ny = new Float64Array(n);
  const nr = new Float64Array(n);
  const nodeBatches: Batch[] = [];
  const rings: CompiledRing[] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0 && i % COMPILE_NODES_PER_STEP === 0) yield;
    const node = scene.nodes[i];
    index.set(node.id, i);
    nx[i] = node.x;
    ny[i] = node.y;
    nr[i] = node.r;
    const alpha = node.dimmed ? SCENE_STYLE.dimmedOpacity : 1;
    const last = nodeBatches[nodeBatches.length - 1];
    if (last && last.style === node.fill && last.alpha === alpha) last.end = i + 1;
    else nodeBatches.push({ style: node.fill, width: 0, alpha, start: i, end: i + 1 });
    for (const ring of nodeRings(node)) rings.push({ index: i, alpha, ...ring });
  }
  yield;
  const edges = scene.edges;
  const m = edges.length;
  const er = new Float32Array(m);
  const es = new Int32Array(m);
  const et = new Int32Array(m);
  const edgeBatches: Batch[] = [];
  let count = 0;
  for (let j = 0; j < m; j++) {
    if (j > 0 && j % COMPILE_EDGES_PER_STEP === 0) yield;
    const s = index.get(edges.source[j]);
    const t = index.get(edges.target[j]);
    if (s === undefined || t === undefined) continue;
    const e = count++;
    es[e] = s;
    et[e] = t;
    // Only an opaque disc hides an edge; dimmed discs are translucent.
    er[e] = Math.max(
      scene.nodes[s].dimmed ? 0 : nr[s] - 0.5,
      scene.nodes[t].dimmed ? 0 : nr[t] - 0.5,
    );
    const alpha = edges.flags[j] & EDGE_DIMMED ? SCENE_STYLE.dimmedOpacity : 1;
    const color = edges.color[j];
    const width = edges.width[j];
    const last = edgeBatches[edgeBatches.length - 1];
    if (last && last.style === color && last.width === width && last.alpha === alpha)
      last.end = e + 1;
    else edgeBatches.push({ style: color, width, alpha, start: e, end: e + 1 });
  }
  yield;
  return {
    scene,
    index,
    nx,
    ny,
    nr,
    nodeBatches,
    es: es.subarray(0, count),
    et: et.subarray(0, count),
    er: er.subarray(0, count),
    edgeBatches,
    rings,
    items: n + m,
  };
}

/**
 * Moves compiled authors to new world positions (authors missing from `positions` stay put); their
 * edges follow, as they are drawn from their ends' positions. Returns whether anything moved.
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
  return moved;
}

/**
 * Where each compiled author is in a layout's id order: `slots[i]` is the index in `ids` of node
 * i's id, -1 when it is not there.
 */
export function layoutSlots(c: CompiledScene, ids: readonly string[]): Int32Array {
  const slots = new Int32Array(c.nx.length).fill(-1);
  ids.forEach((id, j) => {
    const i = c.index.get(id);
    if (i !== undefined) slots[i] = j;
  });
  return slots;
}

/**
 * {@link movePositions} from a layout's positions (x, y of `ids[j]` at 2j, 2j + 1) through
 * `slots` ({@link layoutSlots} of those ids): no lookups by id. Returns whether anything moved.
 */
export function movePositionsFrom(c: CompiledScene, slots: Int32Array, xy: Float64Array): boolean {
  let moved = false;
  for (let i = 0; i < slots.length; i++) {
    const j = slots[i];
    if (j < 0) continue;
    const x = xy[2 * j];
    const y = xy[2 * j + 1];
    if (c.nx[i] !== x || c.ny[i] !== y) moved = true;
    c.nx[i] = x;
    c.ny[i] = y;
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
