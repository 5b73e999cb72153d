// The community model's forces, one tick at a time on tiny graphs, against positions computed by
// hand from the formulas (alpha after one tick = alphaMin^(1/iterations) = 0.5 here; velocities
// keep 0.6 of themselves, as in d3-force).
import { describe, expect, it } from "vitest";
import { createManyBody } from "../../src/layout/barnes-hut.ts";
import { degreeMasses, layoutParts } from "../../src/layout/community-kernel.ts";
import {
  createLayoutKernel,
  runLayout,
  type LayoutInput,
  type LayoutOptions,
} from "../../src/layout/index.ts";
import { mulberry32 } from "../../src/metrics/mulberry32.ts";

/** a(0,0) and b(4,1) in community 0, c(10,6) in community 1; edges a–b and b–c. */
const input: LayoutInput = {
  ids: ["a", "b", "c"],
  sources: Uint32Array.of(0, 1),
  targets: Uint32Array.of(1, 2),
  weights: Float64Array.of(1, 1),
  community: Int32Array.of(0, 0, 1),
};
const start = Float64Array.of(0, 0, 4, 1, 10, 6);
/** Every force off; one tick at alpha 0.5. */
const off = {
  initial: start,
  iterations: 1,
  alphaMin: 0.5,
  chargeStrength: 0,
  gravity: 0,
  intraLinkStrength: 0,
  interLinkStrength: 0,
  communityGravity: 0,
  communityCharge: 0,
  degreeRepulsion: 0,
};
const alpha = 0.5;
const keep = 0.6;

function oneTick(options: Partial<LayoutOptions>): number[] {
  const kernel = createLayoutKernel(input, { ...off, ...options });
  kernel.tick();
  return Array.from(kernel.positions());
}

function expectClose(actual: number[], expected: number[]) {
  expect(actual.length).toBe(expected.length);
  actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 10));
}

describe("community model, one tick", () => {
  it("moves nothing with every force off", () => {
    expect(oneTick({})).toEqual([...start]);
  });

  it("pulls each author towards its community's centroid", () => {
    // Community 0's centroid is (2, ½); c is alone in community 1, so it stays.
    const g = 0.1;
    const f = g * alpha * keep;
    expectClose(oneTick({ communityGravity: g }), [2 * f, 0.5 * f, 4 - 2 * f, 1 - 0.5 * f, 10, 6]);
  });

  it("pushes communities apart as wholes, by the other's size", () => {
    // Centroids (2, ½) of size 2 and (10, 6) of size 1: d3's many-body between the two.
    const s = -60;
    const [dx, dy] = [8, 5.5];
    const l2 = dx * dx + dy * dy;
    const on0 = (s * 1 * alpha) / l2; // community 1 (one member) acting on community 0
    const on1 = (s * 2 * alpha) / l2; // community 0 (two members) acting on community 1
    const d0 = [dx * on0 * keep, dy * on0 * keep];
    const d1 = [-dx * on1 * keep, -dy * on1 * keep];
    expectClose(oneTick({ communityCharge: s }), [
      d0[0],
      d0[1],
      4 + d0[0],
      1 + d0[1],
      10 + d1[0],
      6 + d1[1],
    ]);
  });

  it("makes links between communities weaker and longer than links inside one", () => {
    const intra = 1;
    const inter = 0.3;
    const longer = 1.5;
    const rest = 30;
    const vx = [0, 0, 0];
    const vy = [0, 0, 0];
    const degree = [1, 2, 1];
    // d3's forceLink, edge by edge, each reading the velocities the previous one left.
    const link = (s: number, t: number, strength: number, distance: number) => {
      let x = start[2 * t] + vx[t] - start[2 * s] - vx[s];
      let y = start[2 * t + 1] + vy[t] - start[2 * s + 1] - vy[s];
      const l = Math.hypot(x, y);
      const k = ((l - distance) / l) * alpha * (strength / Math.min(degree[s], degree[t]));
      x *= k;
      y *= k;
      const bias = degree[s] / (degree[s] + degree[t]);
      vx[t] -= x * bias;
      vy[t] -= y * bias;
      vx[s] += x * (1 - bias);
      vy[s] += y * (1 - bias);
    };
    link(0, 1, intra, rest);
    link(1, 2, inter, rest * longer);
    const expected = [0, 1, 2].flatMap((i) => [
      start[2 * i] + vx[i] * keep,
      start[2 * i + 1] + vy[i] * keep,
    ]);
    expectClose(
      oneTick({ intraLinkStrength: intra, interLinkStrength: inter, interLinkDistance: longer }),
      expected,
    );
  });

  it("repels by degree inside the kernel: mass (degree + 1)^p over its mean", () => {
    // Degrees 1, 2, 1 at p = 1: masses 2, 3, 2 ÷ 7/3. Exact pairwise sums (theta near 0).
    const s = -60;
    const mass = [2, 3, 2].map((m) => m / (7 / 3));
    const expected: number[] = [];
    for (let i = 0; i < 3; i++) {
      let vx = 0;
      let vy = 0;
      for (let j = 0; j < 3; j++) {
        if (j === i) continue;
        const dx = start[2 * j] - start[2 * i];
        const dy = start[2 * j + 1] - start[2 * i + 1];
        const f = (s * mass[j] * alpha) / (dx * dx + dy * dy);
        vx += dx * f;
        vy += dy * f;
      }
      expected.push(start[2 * i] + vx * keep, start[2 * i + 1] + vy * keep);
    }
    expectClose(oneTick({ chargeStrength: s, degreeRepulsion: 1, theta: 1e-3 }), expected);
  });

  it("weights repulsion by degree: each body repels with its mass, feels it per unit", () => {
    const bodies = {
      x: Float64Array.of(0, 3),
      y: Float64Array.of(0, 4),
      vx: new Float64Array(2),
      vy: new Float64Array(2),
    };
    const mass = Float64Array.of(2, 0.5);
    createManyBody(2, -60, 0.9, mulberry32(1), { lo: 0, hi: 2, mass }).apply(bodies, 1);
    // On body 0: −60 · 0.5 / 25 along (3, 4); on body 1: −60 · 2 / 25 along (−3, −4).
    expectClose(Array.from(bodies.vx), [3 * (-30 / 25), -3 * (-120 / 25)]);
    expectClose(Array.from(bodies.vy), [4 * (-30 / 25), -4 * (-120 / 25)]);
    // Masses (degree + 1)^p normalised to mean 1: degrees 0 and 3 at p = ½ give 1 and 2, ÷ 1.5.
    expectClose(Array.from(degreeMasses(Float64Array.of(0, 3), 0.5)), [1 / 1.5, 2 / 1.5]);
  });

  it("acts only inside a range of bodies", () => {
    const bodies = {
      x: Float64Array.of(0, 3, 100),
      y: Float64Array.of(0, 4, 100),
      vx: new Float64Array(3),
      vy: new Float64Array(3),
    };
    createManyBody(3, -60, 0.9, mulberry32(1), { lo: 0, hi: 2 }).apply(bodies, 1);
    expect(bodies.vx[0]).toBeCloseTo(3 * (-60 / 25), 12);
    expect(bodies.vx[2]).toBe(0);
  });
});

describe("layoutParts", () => {
  it("orders nodes by component (largest first), then community (largest first)", () => {
    // Components {0, 1, 2, 3} and {4, 5}; communities 7 = {0}, 5 = {1, 2, 3}, 9 = {4, 5}.
    const parts = layoutParts({
      ids: ["n0", "n1", "n2", "n3", "n4", "n5"],
      sources: Uint32Array.of(0, 1, 2, 4),
      targets: Uint32Array.of(1, 2, 3, 5),
      weights: Float64Array.of(1, 1, 1, 1),
      community: Int32Array.of(7, 5, 5, 5, 9, 9),
    });
    expect(Array.from(parts.order)).toEqual([1, 2, 3, 0, 4, 5]);
    expect(Array.from(parts.component)).toEqual([0, 0, 0, 0, 1, 1]);
    expect(Array.from(parts.componentStart)).toEqual([0, 4, 6]);
    expect(Array.from(parts.community)).toEqual([0, 0, 0, 1, 2, 2]);
    expect(Array.from(parts.communityStart)).toEqual([0, 2, 3]);
    expect(Array.from(parts.communitySize)).toEqual([3, 1, 2]);
    expect(Array.from(parts.rank)).toEqual([3, 0, 1, 2, 4, 5]);
  });
});

describe("community model, whole runs", () => {
  /** Two 6-cliques joined by one edge, plus a pair and an isolated author. */
  const cliques: LayoutInput = (() => {
    const sources: number[] = [];
    const targets: number[] = [];
    for (const base of [0, 6])
      for (let i = 0; i < 6; i++)
        for (let j = i + 1; j < 6; j++) {
          sources.push(base + i);
          targets.push(base + j);
        }
    sources.push(0, 12);
    targets.push(6, 13);
    return {
      ids: Array.from({ length: 15 }, (_, i) => `n${i}`),
      sources: Uint32Array.from(sources),
      targets: Uint32Array.from(targets),
      weights: new Float64Array(sources.length).fill(1),
      community: Int32Array.from({ length: 15 }, (_, i) => (i < 6 ? 0 : i < 12 ? 1 : i)),
    };
  })();

  it("rejects communities that do not match the nodes", () => {
    expect(() => createLayoutKernel({ ...cliques, community: new Int32Array(3) })).toThrow(
      /community has 3 entries, expected 15/,
    );
  });

  it("is deterministic for a seed, every position finite", () => {
    const a = runLayout(cliques, { seed: 3 });
    expect(Array.from(a)).toEqual(Array.from(runLayout(cliques, { seed: 3 })));
    expect(a.every(Number.isFinite)).toBe(true);
  });

  it("draws two linked communities apart: mean distance across ≫ mean distance within", () => {
    const xy = runLayout(cliques, { seed: 1 });
    const d = (i: number, j: number) =>
      Math.hypot(xy[2 * i] - xy[2 * j], xy[2 * i + 1] - xy[2 * j + 1]);
    let within = 0;
    let across = 0;
    for (let i = 0; i < 6; i++)
      for (let j = 0; j < 6; j++) {
        if (i !== j) within += d(i, j) / 30;
        across += d(i, 6 + j) / 36;
      }
    expect(across).toBeGreaterThan(2.5 * within);
  });
});
