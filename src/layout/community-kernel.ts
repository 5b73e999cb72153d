// The default force model: d3-force's links, many-body repulsion and gravity, plus what a
// coauthor map needs to show its structure — links inside a community pull harder than links
// between communities, every author is pulled towards its community's centroid, communities
// repel each other as wholes, hubs repel more (ForceAtlas2's degree-weighted repulsion) — with
// every connected component laid out on its own and the components packed around the largest.
import { mulberry32 } from "../metrics/mulberry32.ts";
import { createManyBody, jiggle, type Bodies, type ManyBody } from "./barnes-hut.ts";
import { packComponents, type ComponentCircle } from "./component-packing.ts";
import { componentLabels } from "./graph-parts.ts";
import type { LayoutInput } from "./layout-input.ts";
import { VELOCITY_KEEP, type LayoutKernel, type LayoutOptions } from "./layout-options.ts";
import { INITIAL_ANGLE, INITIAL_RADIUS, spiralPoint } from "./starting-positions.ts";
import { float64Of } from "../model/typed-of.ts";

/** How the kernel groups nodes: by component, then community, in one internal order. */
export interface LayoutParts {
  /** Internal position → node index; nodes of a component, and of a community, are contiguous. */
  order: Int32Array;
  /** Node index → internal position. */
  rank: Int32Array;
  /** Component of each internal position (0 = largest). */
  component: Int32Array;
  /** Internal positions of component c: `componentStart[c] ≤ j < componentStart[c + 1]`. */
  componentStart: Int32Array;
  /** Community (internal number) of each internal position. */
  community: Int32Array;
  /** Communities of component c: `communityStart[c] ≤ k < communityStart[c + 1]`. */
  communityStart: Int32Array;
  /** Members per internal community; within a component the largest comes first. */
  communitySize: Float64Array;
}

/**
 * Splits `input` into components (largest first) and, inside each, its communities (largest
 * first; `input.community`, or one community per component when absent).
 */
export function layoutParts(input: LayoutInput): LayoutParts {
  const n = input.ids.length;
  const labels = componentLabels(n, input.sources, input.targets);
  const given = input.community;
  const communityOf = (i: number) => (given ? given[i] : 0);
  // Members of each (component, community) pair, to put the larger communities first.
  const key = (i: number) => `${labels.component[i]} ${communityOf(i)}`;
  const members = new Map<string, number>();
  for (let i = 0; i < n; i++) members.set(key(i), (members.get(key(i)) ?? 0) + 1);
  const size = Float64Array.from({ length: n }, (_, i) => members.get(key(i)) as number);
  const order = Int32Array.from({ length: n }, (_, i) => i).sort(
    (a, b) =>
      labels.component[a] - labels.component[b] ||
      size[b] - size[a] ||
      communityOf(a) - communityOf(b) ||
      a - b,
  );
  const rank = new Int32Array(n);
  const component = new Int32Array(n);
  const community = new Int32Array(n);
  const componentStart = new Int32Array(labels.sizes.length + 1);
  const communityStart = new Int32Array(labels.sizes.length + 1);
  const communitySize: number[] = [];
  let k = -1;
  for (let j = 0; j < n; j++) {
    const i = order[j];
    rank[i] = j;
    const c = labels.component[i];
    component[j] = c;
    const previous = j > 0 ? order[j - 1] : -1;
    if (previous < 0 || labels.component[previous] !== c) {
      componentStart[c] = j;
      communityStart[c] = k + 1;
    }
    if (previous < 0 || key(previous) !== key(i)) {
      k++;
      communitySize.push(0);
    }
    community[j] = k;
    communitySize[k]++;
  }
  componentStart[labels.sizes.length] = n;
  communityStart[labels.sizes.length] = k + 1;
  return {
    order,
    rank,
    component,
    componentStart,
    community,
    communityStart,
    communitySize: Float64Array.from(communitySize),
  };
}

/**
 * Starting positions by internal position, each component around the origin of its own frame:
 * communities on a spiral (the largest in the middle), members on a small spiral around their
 * community's seed; `initial` (by node index) where finite.
 */
function startingBodies(parts: LayoutParts, initial: Float64Array | undefined): Bodies {
  const n = parts.order.length;
  const bodies: Bodies = {
    x: new Float64Array(n),
    y: new Float64Array(n),
    vx: new Float64Array(n),
    vy: new Float64Array(n),
  };
  const point = new Float64Array(2);
  const components = parts.componentStart.length - 1;
  for (let c = 0; c < components; c++) {
    let before = 0;
    let j = parts.componentStart[c];
    for (let k = parts.communityStart[c]; k < parts.communityStart[c + 1]; k++) {
      const r = k - parts.communityStart[c];
      const size = parts.communitySize[k];
      // The seed: far enough out that the communities start mostly apart.
      const radius = 1.5 * INITIAL_RADIUS * Math.sqrt(before + (r ? size / 2 : 0));
      const sx = radius * Math.cos(r * INITIAL_ANGLE);
      const sy = radius * Math.sin(r * INITIAL_ANGLE);
      for (let m = 0; m < size; m++, j++) {
        spiralPoint(m, point, 0);
        bodies.x[j] = sx + point[0];
        bodies.y[j] = sy + point[1];
      }
      before += size;
    }
  }
  if (initial)
    for (let j = 0; j < n; j++) {
      const i = parts.order[j];
      const x = initial[2 * i];
      const y = initial[2 * i + 1];
      if (Number.isFinite(x) && Number.isFinite(y)) {
        bodies.x[j] = x;
        bodies.y[j] = y;
      }
    }
  return bodies;
}

/**
 * d3's forceLink over internal positions (strength 1 / the smaller degree, shared out by
 * degree), an edge inside a community `intra` times as strong, one between communities `inter`
 * times as strong and `interDistance` times as long.
 */
function createLinks(
  input: LayoutInput,
  parts: LayoutParts,
  o: LayoutOptions,
  random: () => number,
) {
  const m = input.sources.length;
  const sources = new Int32Array(m);
  const targets = new Int32Array(m);
  const count = new Float64Array(input.ids.length);
  for (let e = 0; e < m; e++) {
    sources[e] = parts.rank[input.sources[e]];
    targets[e] = parts.rank[input.targets[e]];
    count[sources[e]]++;
    count[targets[e]]++;
  }
  const distance = new Float64Array(m);
  const strength = new Float64Array(m);
  const bias = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const s = count[sources[e]];
    const t = count[targets[e]];
    const same = parts.community[sources[e]] === parts.community[targets[e]];
    bias[e] = s / (s + t);
    strength[e] = (same ? o.intraLinkStrength : o.interLinkStrength) / Math.min(s, t);
    const rest = Math.max(o.linkDistance / 2, o.linkDistance / Math.sqrt(input.weights[e] || 1));
    distance[e] = same ? rest : rest * o.interLinkDistance;
  }
  const apply = (b: Bodies, alpha: number) => {
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
  return { apply, degree: count };
}

/** Repelling mass (degree + 1)^p of each internal position, normalised to mean 1. */
export function degreeMasses(degree: Float64Array, p: number): Float64Array {
  const mass = float64Of(degree, (d) => Math.pow(d + 1, p));
  let sum = 0;
  for (const v of mass) sum += v;
  const mean = sum / (mass.length || 1);
  for (let j = 0; j < mass.length; j++) mass[j] /= mean;
  return mass;
}

/**
 * Creates the community-aware simulation (see the banner) of `input`, with options already
 * completed and validated. Positions are given in node order, components packed.
 */
export function createCommunityKernel(input: LayoutInput, o: LayoutOptions): LayoutKernel {
  const n = input.ids.length;
  if (input.community && input.community.length !== n)
    throw new Error(
      `coauthor-atlas/layout: community has ${input.community.length} entries, expected ${n}`,
    );
  const random = o.rng ?? mulberry32(o.seed);
  const parts = layoutParts(input);
  const { component, componentStart, community, communityStart, communitySize } = parts;
  const components = componentStart.length - 1;
  const communities = communitySize.length;
  const bodies = startingBodies(parts, o.initial);
  const { x, y, vx, vy } = bodies;
  const fx = new Float64Array(n).fill(NaN);
  const fy = new Float64Array(n).fill(NaN);
  const links = createLinks(input, parts, o, random);
  const mass = o.degreeRepulsion ? degreeMasses(links.degree, o.degreeRepulsion) : undefined;

  const charges: ManyBody[] = [];
  const centroidCharges: ManyBody[] = [];
  for (let c = 0; c < components; c++) {
    const lo = componentStart[c];
    const hi = componentStart[c + 1];
    if (hi - lo >= 2 && o.chargeStrength)
      charges.push(createManyBody(n, o.chargeStrength, o.theta, random, { lo, hi, mass }));
    const klo = communityStart[c];
    const khi = communityStart[c + 1];
    if (khi - klo >= 2 && o.communityCharge && input.community)
      centroidCharges.push(
        createManyBody(communities, o.communityCharge, o.theta, random, {
          lo: klo,
          hi: khi,
          mass: communitySize,
        }),
      );
  }
  /** Community centroids, and the push each gets from the others. */
  const centroids: Bodies = {
    x: new Float64Array(communities),
    y: new Float64Array(communities),
    vx: new Float64Array(communities),
    vy: new Float64Array(communities),
  };
  // Each component is pulled towards where its centre started.
  const gx = new Float64Array(components);
  const gy = new Float64Array(components);
  for (let j = 0; j < n; j++) {
    const c = component[j];
    const size = componentStart[c + 1] - componentStart[c];
    gx[c] += x[j] / size;
    gy[c] += y[j] / size;
  }
  const offsets = new Float64Array(2 * components);
  // A layout that starts from given positions keeps its components where they were.
  let frozen = !o.pack || o.initial !== undefined;
  /** Ticks at the last packing (−1: never), and the ticks between two packings while it moves. */
  let packedAt = -1;
  const packEvery = Math.max(1, Math.ceil(o.iterations / 4));
  const alphaDecay = 1 - Math.pow(o.alphaMin, 1 / o.iterations);
  let alpha = 1;
  let alphaTarget = 0;
  let ticks = 0;
  const { gravity } = o;
  const communityGravity = input.community ? o.communityGravity : 0;

  const updateCentroids = () => {
    const { x: cx, y: cy, vx: cvx, vy: cvy } = centroids;
    cx.fill(0);
    cy.fill(0);
    cvx.fill(0);
    cvy.fill(0);
    for (let j = 0; j < n; j++) {
      cx[community[j]] += x[j];
      cy[community[j]] += y[j];
    }
    for (let k = 0; k < communities; k++) {
      cx[k] /= communitySize[k];
      cy[k] /= communitySize[k];
    }
  };

  const step = () => {
    alpha += (alphaTarget - alpha) * alphaDecay;
    links.apply(bodies, alpha);
    for (const charge of charges) charge.apply(bodies, alpha);
    updateCentroids();
    for (const charge of centroidCharges) charge.apply(centroids, alpha);
    const { x: cx, y: cy, vx: cvx, vy: cvy } = centroids;
    const pull = communityGravity * alpha;
    const g = gravity * alpha;
    for (let j = 0; j < n; j++) {
      const k = community[j];
      const c = component[j];
      vx[j] += cvx[k] + (cx[k] - x[j]) * pull + (gx[c] - x[j]) * g;
      vy[j] += cvy[k] + (cy[k] - y[j]) * pull + (gy[c] - y[j]) * g;
    }
    for (let j = 0; j < n; j++) {
      if (Number.isNaN(fx[j])) x[j] += vx[j] *= VELOCITY_KEEP;
      else {
        x[j] = fx[j];
        vx[j] = 0;
      }
      if (Number.isNaN(fy[j])) y[j] += vy[j] *= VELOCITY_KEEP;
      else {
        y[j] = fy[j];
        vy[j] = 0;
      }
    }
  };

  /** Packs the components as they are now (see component-packing.ts). */
  const pack = () => {
    const circles: ComponentCircle[] = [];
    for (let c = 0; c < components; c++) {
      const lo = componentStart[c];
      const hi = componentStart[c + 1];
      let sx = 0;
      let sy = 0;
      for (let j = lo; j < hi; j++) {
        sx += x[j];
        sy += y[j];
      }
      const cx = sx / (hi - lo);
      const cy = sy / (hi - lo);
      let max = 0;
      let sum = 0;
      for (let j = lo; j < hi; j++) {
        const d2 = (x[j] - cx) ** 2 + (y[j] - cy) ** 2;
        max = Math.max(max, d2);
        sum += d2;
      }
      // A disc's farthest node is at 1.41 × the root mean square distance: the larger factor
      // covers the body of a component and lets its few outliers reach past the circle.
      circles.push({ x: cx, y: cy, r: Math.min(Math.sqrt(max), 1.5 * Math.sqrt(sum / (hi - lo))) });
    }
    offsets.set(packComponents(circles, { padding: o.packPadding * o.linkDistance }));
  };

  const settled = () => alpha < o.alphaMin && Math.abs(alphaTarget) < o.alphaMin;

  return {
    size: n,
    tick(count = 1) {
      for (let k = 0; k < count; k++) step();
      ticks += count;
    },
    alpha: () => alpha,
    settled,
    ticks: () => ticks,
    positions(out = new Float64Array(2 * n)) {
      // Packed a few times while the layout moves (packing thousands of components takes a
      // while), and once settled; from then on the components stay where they are.
      if (!frozen && (packedAt < 0 || ticks - packedAt >= packEvery || settled())) {
        pack();
        packedAt = ticks;
        frozen = settled();
      }
      for (let j = 0; j < n; j++) {
        const i = parts.order[j];
        const c = component[j];
        out[2 * i] = x[j] + offsets[2 * c];
        out[2 * i + 1] = y[j] + offsets[2 * c + 1];
      }
      return out;
    },
    fix(i, px, py) {
      frozen = true;
      const j = parts.rank[i];
      const c = component[j];
      fx[j] = x[j] = px - offsets[2 * c];
      fy[j] = y[j] = py - offsets[2 * c + 1];
    },
    release(i) {
      const j = parts.rank[i];
      fx[j] = NaN;
      fy[j] = NaN;
    },
    reheat(a, target = 0) {
      alpha = Math.max(alpha, a);
      alphaTarget = target;
    },
  };
}
