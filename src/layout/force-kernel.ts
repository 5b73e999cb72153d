// The one force-layout kernel: a d3-force simulation over a LayoutInput, headless and seeded.
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from "d3";
import { mulberry32, type Rng } from "../metrics/mulberry32.ts";
import type { LayoutInput } from "./layout-input.ts";

export interface LayoutOptions {
  /** Seed of the random source d3-force uses to separate coincident nodes. */
  seed: number;
  /** Random source; overrides `seed` when given. */
  rng?: Rng;
  /** Ticks until the simulation cools from alpha 1 to `alphaMin` (d3's default is 300). */
  iterations: number;
  alphaMin: number;
  /** Rest length of an edge of weight 1; heavier edges are shorter (÷ √weight, at least half). */
  linkDistance: number;
  /** Many-body strength (negative repels). */
  chargeStrength: number;
  /** Barnes–Hut accuracy: larger is faster and coarser. */
  theta: number;
  /** Pull of every node towards the origin, so disconnected components stay in view. */
  gravity: number;
  /** Collision radius in layout units; 0 turns collision off. */
  collideRadius: number;
  /** Starting positions, interleaved `x0, y0, x1, y1, …`; NaN entries start on d3's spiral. */
  initial?: Float64Array;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {
  seed: 1,
  iterations: 300,
  alphaMin: 0.001,
  linkDistance: 30,
  chargeStrength: -60,
  theta: 0.9,
  gravity: 0.06,
  collideRadius: 0,
};

/**
 * Options that suit a graph of `n` authors: fewer ticks and a coarser Barnes–Hut approximation
 * for big graphs, which settle coarsely anyway and would otherwise take tens of seconds.
 */
export function layoutOptionsForSize(n: number): Partial<LayoutOptions> {
  if (n <= 2_000) return { iterations: 300, theta: DEFAULT_LAYOUT_OPTIONS.theta };
  // Weaker gravity and stronger repulsion let the communities of a big map spread apart.
  return {
    iterations: n > 20_000 ? 120 : n > 5_000 ? 200 : 300,
    theta: 1.2,
    gravity: 0.02,
    chargeStrength: -90,
  };
}

interface KernelNode extends SimulationNodeDatum {
  index: number;
}

/** A running layout: tick it, read positions, pin nodes while the user drags them. */
export interface LayoutKernel {
  readonly size: number;
  /** Advances `count` ticks (default 1). */
  tick(count?: number): void;
  /** Current temperature; the layout has settled once it is below `alphaMin`. */
  alpha(): number;
  /** True when the simulation has cooled and reached its alpha target. */
  settled(): boolean;
  /** Ticks run so far. */
  ticks(): number;
  /** Writes positions, interleaved `x, y`, into `out` (allocated when omitted). */
  positions(out?: Float64Array): Float64Array;
  /** Pins node `i` at (x, y) until released. */
  fix(i: number, x: number, y: number): void;
  release(i: number): void;
  /** Warms the simulation up again (for example while a node is dragged). */
  reheat(alpha: number, alphaTarget?: number): void;
}

function validate(options: LayoutOptions, size: number): void {
  const fail = (what: string) => {
    throw new Error(`coauthor-atlas/layout: ${what}`);
  };
  if (!(options.iterations >= 1)) fail(`iterations must be ≥ 1, got ${options.iterations}`);
  if (!(options.alphaMin > 0 && options.alphaMin < 1))
    fail(`alphaMin must be in (0, 1), got ${options.alphaMin}`);
  if (!(options.linkDistance > 0)) fail(`linkDistance must be > 0, got ${options.linkDistance}`);
  if (!(options.theta > 0)) fail(`theta must be > 0, got ${options.theta}`);
  if (options.initial && options.initial.length !== 2 * size)
    fail(`initial has ${options.initial.length} values, expected ${2 * size}`);
}

/**
 * Creates a force simulation (links, many-body repulsion, gravity, optional collision) that does
 * not run on its own: the caller ticks it, synchronously or in a worker.
 */
export function createLayoutKernel(
  input: LayoutInput,
  options: Partial<LayoutOptions> = {},
): LayoutKernel {
  const o: LayoutOptions = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  const n = input.ids.length;
  validate(o, n);
  const nodes: KernelNode[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const node: KernelNode = { index: i };
    const x = o.initial?.[2 * i];
    const y = o.initial?.[2 * i + 1];
    if (x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y)) {
      node.x = x;
      node.y = y;
    }
    nodes[i] = node;
  }
  const links: SimulationLinkDatum<KernelNode>[] = new Array(input.sources.length);
  const distances = new Float64Array(input.sources.length);
  for (let e = 0; e < links.length; e++) {
    links[e] = { source: input.sources[e], target: input.targets[e], index: e };
    distances[e] = Math.max(o.linkDistance / 2, o.linkDistance / Math.sqrt(input.weights[e] || 1));
  }
  const simulation: Simulation<KernelNode, undefined> = forceSimulation<KernelNode>(nodes)
    .stop()
    .randomSource(o.rng ?? mulberry32(o.seed))
    .alphaMin(o.alphaMin)
    .alphaDecay(1 - Math.pow(o.alphaMin, 1 / o.iterations))
    .force(
      "link",
      forceLink<KernelNode, SimulationLinkDatum<KernelNode>>(links).distance(
        (link) => distances[link.index as number],
      ),
    )
    .force("charge", forceManyBody<KernelNode>().strength(o.chargeStrength).theta(o.theta))
    .force("x", forceX<KernelNode>(0).strength(o.gravity))
    .force("y", forceY<KernelNode>(0).strength(o.gravity));
  if (o.collideRadius > 0) simulation.force("collide", forceCollide<KernelNode>(o.collideRadius));

  let ticks = 0;
  return {
    size: n,
    tick(count = 1) {
      simulation.tick(count);
      ticks += count;
    },
    alpha: () => simulation.alpha(),
    settled: () =>
      simulation.alpha() < o.alphaMin && Math.abs(simulation.alphaTarget()) < o.alphaMin,
    ticks: () => ticks,
    positions(out = new Float64Array(2 * n)) {
      for (let i = 0; i < n; i++) {
        out[2 * i] = nodes[i].x as number;
        out[2 * i + 1] = nodes[i].y as number;
      }
      return out;
    },
    fix(i, x, y) {
      nodes[i].fx = x;
      nodes[i].fy = y;
      nodes[i].x = x;
      nodes[i].y = y;
    },
    release(i) {
      nodes[i].fx = null;
      nodes[i].fy = null;
    },
    reheat(alpha, alphaTarget = 0) {
      simulation.alpha(Math.max(simulation.alpha(), alpha)).alphaTarget(alphaTarget);
    },
  };
}
