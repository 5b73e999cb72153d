// Many-body repulsion by Barnes–Hut over a quadtree held in typed arrays, rebuilt in place each
// tick: d3-force's forceManyBody step for step (same tree, same visiting order, same arithmetic,
// so the same numbers), without the tree and visit objects d3 allocates on every tick.
import type { Rng } from "../metrics/mulberry32.ts";

/** The state a repulsion step reads and writes: positions and velocities, one entry per node. */
export interface Bodies {
  x: Float64Array;
  y: Float64Array;
  vx: Float64Array;
  vy: Float64Array;
}

export interface ManyBody {
  /** Adds every node's repulsion at temperature `alpha` to its velocity. */
  apply(bodies: Bodies, alpha: number): void;
}

/** d3-force's jiggle: a tiny random offset that separates coincident nodes. */
export const jiggle = (random: Rng) => (random() - 0.5) * 1e-6;

/** Which bodies a many-body force acts on, and how much each one repels. */
export interface ManyBodyScope {
  /** The force acts among bodies `lo ≤ i < hi` only (default: all `n`). */
  lo: number;
  hi: number;
  /**
   * Repelling mass of each body (by body index), multiplying `strength` for the force it exerts;
   * every body feels it per unit. Default: 1 for all, which is d3's forceManyBody.
   */
  mass?: Float64Array;
}

/**
 * Creates the repulsion of `n` nodes of equal `strength` (negative repels), approximated with
 * accuracy `theta`, like d3's `forceManyBody().strength(strength).theta(theta)` (distanceMin 1,
 * no distanceMax). `random` breaks ties between coincident nodes, as d3's jiggle does. A `scope`
 * restricts it to a range of bodies and weights what each exerts (d3's numbers without one).
 */
export function createManyBody(
  n: number,
  strength: number,
  theta: number,
  random: Rng,
  scope: ManyBodyScope = { lo: 0, hi: n },
): ManyBody {
  const { lo, hi, mass } = scope;
  const theta2 = theta * theta;
  // Tree cells: children (index + 1; 0 = none) of internal cells, the first body of leaves
  // (-1 for internal cells), and the strength and centre of each cell.
  let capacity = Math.max(16, 2 * (hi - lo));
  let child = new Int32Array(4 * capacity);
  let head = new Int32Array(capacity);
  let value = new Float64Array(capacity);
  let cx = new Float64Array(capacity);
  let cy = new Float64Array(capacity);
  /** Next body in the same leaf (coincident bodies), -1 at the end; by body index − `lo`. */
  const next = new Int32Array(hi - lo);
  let cells = 0;
  let root = -1;
  let depth = 0;
  let x0 = NaN;
  let y0 = NaN;
  let x1 = NaN;
  let y1 = NaN;
  // Visit stack: cell and its extent.
  let stackCell = new Int32Array(64);
  let stackX0 = new Float64Array(64);
  let stackX1 = new Float64Array(64);

  const grow = () => {
    capacity *= 2;
    const c = new Int32Array(4 * capacity);
    c.set(child);
    child = c;
    const h = new Int32Array(capacity);
    h.set(head);
    head = h;
    value = new Float64Array(capacity);
    cx = new Float64Array(capacity);
    cy = new Float64Array(capacity);
  };

  const cell = (leafOf: number): number => {
    if (cells === capacity) grow();
    const k = cells++;
    child.fill(0, 4 * k, 4 * k + 4);
    head[k] = leafOf;
    return k;
  };

  /** A cell's extent `x0, y0, x1, y1` while a body walks down, then the last midpoints `xm, ym`. */
  const box = new Float64Array(6);

  /** Halves `box` towards (x, y), as d3-quadtree does; returns the quadrant taken (0–3). */
  const descend = (x: number, y: number): number => {
    const xm = (box[0] + box[2]) / 2;
    const ym = (box[1] + box[3]) / 2;
    const right = x >= xm;
    const bottom = y >= ym;
    if (right) box[0] = xm;
    else box[2] = xm;
    if (bottom) box[1] = ym;
    else box[3] = ym;
    box[4] = xm;
    box[5] = ym;
    return ((bottom ? 1 : 0) << 1) | (right ? 1 : 0);
  };

  /** d3-quadtree's `add` for body i at (x, y), the extent already covering it. */
  const add = (bodies: Bodies, i: number, x: number, y: number) => {
    next[i - lo] = -1;
    if (root < 0) {
      root = cell(i);
      return;
    }
    let node = root;
    let parent = -1;
    let q = 0;
    box[0] = x0;
    box[1] = y0;
    box[2] = x1;
    box[3] = y1;
    let level = 0;
    while (head[node] < 0) {
      parent = node;
      q = descend(x, y);
      level++;
      const c = child[4 * parent + q];
      if (c === 0) {
        // The cell first: a new cell may grow (replace) the child array.
        const leaf = cell(i);
        child[4 * parent + q] = leaf + 1;
        depth = Math.max(depth, level);
        return;
      }
      node = c - 1;
    }
    const other = head[node];
    const xp = bodies.x[other];
    const yp = bodies.y[other];
    if (x === xp && y === yp) {
      // Coincident: the new body heads the leaf's list.
      next[i - lo] = other;
      head[node] = i;
      return;
    }
    // Split the leaf until the two bodies fall into different quadrants.
    let j: number;
    do {
      const inner = cell(-1);
      if (parent < 0) root = inner;
      else child[4 * parent + q] = inner + 1;
      parent = inner;
      q = descend(x, y);
      // The quadrant of the other body, split by the same midpoints.
      j = ((yp >= box[5] ? 1 : 0) << 1) | (xp >= box[4] ? 1 : 0);
      level++;
    } while (q === j);
    const leaf = cell(i);
    child[4 * parent + j] = node + 1;
    child[4 * parent + q] = leaf + 1;
    depth = Math.max(depth, level);
  };

  /** d3-quadtree's `cover`, from an empty tree, for the extent [lx, hx] × [ly, hy]. */
  const cover = (lx: number, ly: number, hx: number, hy: number) => {
    x1 = (x0 = Math.floor(lx)) + 1;
    y1 = (y0 = Math.floor(ly)) + 1;
    let z = x1 - x0 || 1;
    while (x0 > hx || hx >= x1 || y0 > hy || hy >= y1) {
      const q = ((hy < y0 ? 1 : 0) << 1) | (hx < x0 ? 1 : 0);
      z *= 2;
      if (q === 0) {
        x1 = x0 + z;
        y1 = y0 + z;
      } else if (q === 1) {
        x0 = x1 - z;
        y1 = y0 + z;
      } else if (q === 2) {
        x1 = x0 + z;
        y0 = y1 - z;
      } else {
        x0 = x1 - z;
        y0 = y1 - z;
      }
    }
  };

  const build = (bodies: Bodies) => {
    cells = 0;
    root = -1;
    depth = 0;
    let lx = Infinity;
    let ly = Infinity;
    let hx = -Infinity;
    let hy = -Infinity;
    const { x, y } = bodies;
    for (let i = lo; i < hi; i++) {
      const xi = x[i];
      const yi = y[i];
      if (Number.isNaN(xi) || Number.isNaN(yi)) continue;
      if (xi < lx) lx = xi;
      if (xi > hx) hx = xi;
      if (yi < ly) ly = yi;
      if (yi > hy) hy = yi;
    }
    if (lx > hx || ly > hy) return;
    cover(lx, ly, hx, hy);
    for (let i = lo; i < hi; i++)
      if (!Number.isNaN(x[i]) && !Number.isNaN(y[i])) add(bodies, i, x[i], y[i]);
  };

  /** Strength and strength-weighted centre of every cell, leaves first, then children before parents. */
  const accumulate = (bodies: Bodies) => {
    for (let k = 0; k < cells; k++) {
      let b = head[k];
      if (b < 0) continue;
      cx[k] = bodies.x[b];
      cy[k] = bodies.y[b];
      let s = 0;
      do s += mass ? strength * mass[b] : strength;
      while ((b = next[b - lo]) >= 0);
      value[k] = s;
    }
    // An internal cell is always created after its parent.
    for (let k = cells - 1; k >= 0; k--) {
      if (head[k] >= 0) continue;
      let s = 0;
      let weight = 0;
      let sx = 0;
      let sy = 0;
      for (let q = 0; q < 4; q++) {
        const c = child[4 * k + q] - 1;
        if (c < 0) continue;
        const v = value[c];
        const a = Math.abs(v);
        if (a) {
          s += v;
          weight += a;
          sx += a * cx[c];
          sy += a * cy[c];
        }
      }
      cx[k] = sx / weight;
      cy[k] = sy / weight;
      value[k] = s;
    }
  };

  return {
    apply(bodies, alpha) {
      build(bodies);
      if (root < 0) return;
      accumulate(bodies);
      if (stackCell.length < 3 * depth + 4) {
        const size = 3 * depth + 64;
        stackCell = new Int32Array(size);
        stackX0 = new Float64Array(size);
        stackX1 = new Float64Array(size);
      }
      const { x: px, y: py, vx, vy } = bodies;
      for (let i = lo; i < hi; i++) {
        const nx = px[i];
        const ny = py[i];
        stackCell[0] = root;
        stackX0[0] = x0;
        stackX1[0] = x1;
        let top = 1;
        while (top > 0) {
          top--;
          const k = stackCell[top];
          const qx0 = stackX0[top];
          const qx1 = stackX1[top];
          const v = value[k];
          if (!v) continue;
          let dx = cx[k] - nx;
          let dy = cy[k] - ny;
          const w = qx1 - qx0;
          let l = dx * dx + dy * dy;
          // Far enough, the whole cell acts as one body at its centre; else a leaf's bodies act
          // one by one and an internal cell is opened (children 0..3 visited in that order).
          const far = (w * w) / theta2 < l;
          let b = head[k];
          if (!far && b < 0) {
            const xm = (qx0 + qx1) / 2;
            for (let q = 3; q >= 0; q--) {
              const c = child[4 * k + q];
              if (c === 0) continue;
              stackCell[top] = c - 1;
              stackX0[top] = q & 1 ? xm : qx0;
              stackX1[top] = q & 1 ? qx1 : xm;
              top++;
            }
            continue;
          }
          // Limit the force of very close bodies; give coincident ones a random direction.
          if (far || b !== i || next[b - lo] >= 0) {
            if (dx === 0) {
              dx = jiggle(random);
              l += dx * dx;
            }
            if (dy === 0) {
              dy = jiggle(random);
              l += dy * dy;
            }
            if (l < 1) l = Math.sqrt(l);
          }
          if (far) {
            vx[i] += (dx * v * alpha) / l;
            vy[i] += (dy * v * alpha) / l;
            continue;
          }
          do
            if (b !== i) {
              const f = ((mass ? strength * mass[b] : strength) * alpha) / l;
              vx[i] += dx * f;
              vy[i] += dy * f;
            }
          while ((b = next[b - lo]) >= 0);
        }
      }
    },
  };
}
