// The one force-layout kernel: d3-force's simulation (links, many-body repulsion, gravity) over
// a LayoutInput in typed arrays, headless and seeded. It computes what
// `forceSimulation().force("link", forceLink()).force("charge", forceManyBody()).force("x",
// forceX()).force("y", forceY())` computes, number for number, without allocating per tick.
import { mulberry32, type Rng } from "../metrics/mulberry32.ts";
import { createManyBody, jiggle, type Bodies } from "./barnes-hut.ts";
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

/** `options` over {@link layoutOptionsForSize} for `n` authors, with the tick budget made explicit. */
export function sizedLayoutOptions<T extends Partial<LayoutOptions>>(
  n: number,
  options: T = {} as T,
): Partial<LayoutOptions> & T & { iterations: number } {
  const sized = { ...layoutOptionsForSize(n), ...options };
  return { ...sized, iterations: sized.iterations ?? DEFAULT_LAYOUT_OPTIONS.iterations };
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

/** d3-force's starting spiral (phyllotaxis) for nodes without a position. */
const INITIAL_RADIUS = 10;
const INITIAL_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** d3-force's default velocity decay (0.4), as the factor velocities keep each tick. */
const VELOCITY_KEEP = 0.6;

/**
 * Where a layout starts, interleaved `x, y`: `initial` where finite, else on d3-force's spiral
 * (phyllotaxis), as d3 places nodes without a position.
 */
export function startingPositions(n: number, initial?: Float64Array): Float64Array {
  const xy = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    const x = initial?.[2 * i];
    const y = initial?.[2 * i + 1];
    if (x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y)) {
      xy[2 * i] = x;
      xy[2 * i + 1] = y;
    } else {
      const radius = INITIAL_RADIUS * Math.sqrt(0.5 + i);
      const angle = i * INITIAL_ANGLE;
      xy[2 * i] = radius * Math.cos(angle);
      xy[2 * i + 1] = radius * Math.sin(angle);
    }
  }
  return xy;
}

/** Positions split by axis, velocities at rest. */
function startingBodies(n: number, initial: Float64Array | undefined): Bodies {
  const xy = startingPositions(n, initial);
  const bodies: Bodies = {
    x: new Float64Array(n),
    y: new Float64Array(n),
    vx: new Float64Array(n),
    vy: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    bodies.x[i] = xy[2 * i];
    bodies.y[i] = xy[2 * i + 1];
  }
  return bodies;
}

/** d3's forceLink: springs whose strength is 1 / the smaller degree, shared out by degree. */
function createLinks(input: LayoutInput, linkDistance: number, random: Rng) {
  const { sources, targets, weights } = input;
  const m = sources.length;
  const count = new Float64Array(input.ids.length);
  for (let e = 0; e < m; e++) {
    count[sources[e]]++;
    count[targets[e]]++;
  }
  const distance = new Float64Array(m);
  const strength = new Float64Array(m);
  const bias = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const s = count[sources[e]];
    const t = count[targets[e]];
    bias[e] = s / (s + t);
    strength[e] = 1 / Math.min(s, t);
    distance[e] = Math.max(linkDistance / 2, linkDistance / Math.sqrt(weights[e] || 1));
  }
  return (b: Bodies, alpha: number) => {
    const { x: px, y: py, vx, vy } = b;
    for (let e = 0; e < m; e++) {
      const s = sources[e];
      const t = targets[e];
      let x = px[t] + vx[t] - px[s] - vx[s] || jiggle(random);
      let y = py[t] + vy[t] - py[s] - vy[s] || jiggle(random);
      let l = Math.sqrt(x * x + y * y);
      l = ((l - distance[e]) / l) * alpha * strength[e];
      x *= l;
      y *= l;
      const k = bias[e];
      vx[t] -= x * k;
      vy[t] -= y * k;
      vx[s] += x * (1 - k);
      vy[s] += y * (1 - k);
    }
  };
}

/**
 * Creates a force simulation (links, many-body repulsion, gravity) that does not run on its own:
 * the caller ticks it, synchronously or in a worker. Memory is a few typed arrays per node and
 * per edge, allocated once.
 */
export function createLayoutKernel(
  input: LayoutInput,
  options: Partial<LayoutOptions> = {},
): LayoutKernel {
  const o: LayoutOptions = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  const n = input.ids.length;
  validate(o, n);
  const random = o.rng ?? mulberry32(o.seed);
  const bodies = startingBodies(n, o.initial);
  const { x, y, vx, vy } = bodies;
  /** Pinned coordinates; NaN where free. */
  const fx = new Float64Array(n).fill(NaN);
  const fy = new Float64Array(n).fill(NaN);
  const links = createLinks(input, o.linkDistance, random);
  const charge = createManyBody(n, o.chargeStrength, o.theta, random);
  const gravity = o.gravity;
  const alphaDecay = 1 - Math.pow(o.alphaMin, 1 / o.iterations);
  let alpha = 1;
  let alphaTarget = 0;
  let ticks = 0;

  const step = () => {
    alpha += (alphaTarget - alpha) * alphaDecay;
    links(bodies, alpha);
    charge.apply(bodies, alpha);
    for (let i = 0; i < n; i++) vx[i] += (0 - x[i]) * gravity * alpha;
    for (let i = 0; i < n; i++) vy[i] += (0 - y[i]) * gravity * alpha;
    for (let i = 0; i < n; i++) {
      if (Number.isNaN(fx[i])) x[i] += vx[i] *= VELOCITY_KEEP;
      else {
        x[i] = fx[i];
        vx[i] = 0;
      }
      if (Number.isNaN(fy[i])) y[i] += vy[i] *= VELOCITY_KEEP;
      else {
        y[i] = fy[i];
        vy[i] = 0;
      }
    }
  };

  return {
    size: n,
    tick(count = 1) {
      for (let k = 0; k < count; k++) step();
      ticks += count;
    },
    alpha: () => alpha,
    settled: () => alpha < o.alphaMin && Math.abs(alphaTarget) < o.alphaMin,
    ticks: () => ticks,
    positions(out = new Float64Array(2 * n)) {
      for (let i = 0; i < n; i++) {
        out[2 * i] = x[i];
        out[2 * i + 1] = y[i];
      }
      return out;
    },
    fix(i, px, py) {
      fx[i] = px;
      fy[i] = py;
      x[i] = px;
      y[i] = py;
    },
    release(i) {
      fx[i] = NaN;
      fy[i] = NaN;
    },
    reheat(a, target = 0) {
      alpha = Math.max(alpha, a);
      alphaTarget = target;
    },
  };
}
