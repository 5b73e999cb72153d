// The force-layout kernel, headless and seeded, over a LayoutInput in typed arrays: the default
// community-aware model (community-kernel.ts), or d3-force's simulation (links, many-body
// repulsion, gravity) as `forceSimulation().force("link", forceLink()).force("charge",
// forceManyBody()).force("x", forceX()).force("y", forceY())` computes it, number for number,
// without allocating per tick.
import { mulberry32, type Rng } from "../metrics/mulberry32.ts";
import { createManyBody, jiggle, type Bodies } from "./barnes-hut.ts";
import { createCommunityKernel } from "./community-kernel.ts";
import type { LayoutInput } from "./layout-input.ts";
import {
  DEFAULT_LAYOUT_OPTIONS,
  validateLayoutOptions,
  VELOCITY_KEEP,
  type LayoutKernel,
  type LayoutOptions,
} from "./layout-options.ts";
import { startingPositions } from "./starting-positions.ts";

export * from "./layout-options.ts";
export { startingPositions } from "./starting-positions.ts";

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
 * Creates a force simulation that does not run on its own: the caller ticks it, synchronously or
 * in a worker. `options.model` picks the forces (the community-aware default, or d3-force's).
 * Memory is a few typed arrays per node and per edge, allocated once.
 */
export function createLayoutKernel(
  input: LayoutInput,
  options: Partial<LayoutOptions> = {},
): LayoutKernel {
  const o: LayoutOptions = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  validateLayoutOptions(o, input.ids.length);
  return o.model === "d3" ? createD3Kernel(input, o) : createCommunityKernel(input, o);
}

/** d3-force's simulation of `input` (options completed and validated). */
function createD3Kernel(input: LayoutInput, o: LayoutOptions): LayoutKernel {
  const n = input.ids.length;
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
