// Components packed around the largest: tangent circles, and on a whole map, small components
// close around the giant instead of a wide ring.
import { describe, expect, it } from "vitest";
import { packComponents } from "../../src/layout/component-packing.ts";
import { componentLabels } from "../../src/layout/graph-parts.ts";
import { runLayout, type LayoutInput } from "../../src/layout/index.ts";
import { mulberry32 } from "../../src/metrics/mulberry32.ts";

describe("packComponents", () => {
  it("puts the first circle's centre at the origin and the next ones tangent to it", () => {
    const offsets = packComponents(
      [
        { x: 50, y: 50, r: 10 },
        { x: -3, y: 4, r: 5 },
        { x: 7, y: 7, r: 5 },
      ],
      { padding: 0 },
    );
    const centre = (k: number, c: { x: number; y: number }) => [
      c.x + offsets[2 * k],
      c.y + offsets[2 * k + 1],
    ];
    const [a, b, c] = [
      centre(0, { x: 50, y: 50 }),
      centre(1, { x: -3, y: 4 }),
      centre(2, { x: 7, y: 7 }),
    ];
    expect(a[0]).toBeCloseTo(0, 9);
    expect(a[1]).toBeCloseTo(0, 9);
    const d = (p: number[], q: number[]) => Math.hypot(p[0] - q[0], p[1] - q[1]);
    expect(d(a, b)).toBeCloseTo(15, 9);
    expect(d(a, c)).toBeCloseTo(15, 9);
    expect(d(b, c)).toBeCloseTo(10, 9);
  });
});

/** A giant of four 30-author communities plus 40 small components (pairs, triangles, loners). */
function mapWithSmallComponents(): LayoutInput {
  const random = mulberry32(4);
  const sources: number[] = [];
  const targets: number[] = [];
  const community: number[] = [];
  const seen = new Set<string>();
  const link = (a: number, b: number) => {
    const key = `${Math.min(a, b)} ${Math.max(a, b)}`;
    if (a === b || seen.has(key)) return;
    seen.add(key);
    sources.push(a);
    targets.push(b);
  };
  for (let c = 0; c < 4; c++) {
    for (let i = 0; i < 30; i++) community.push(c);
    for (let i = 1; i < 30; i++) link(30 * c + i, 30 * c + Math.floor(random() * i));
    for (let e = 0; e < 40; e++)
      link(30 * c + Math.floor(random() * 30), 30 * c + Math.floor(random() * 30));
  }
  for (let c = 1; c < 4; c++) link(30 * c, Math.floor(random() * 30 * c));
  let n = 120;
  for (let k = 0; k < 40; k++) {
    const size = 1 + (k % 3);
    for (let i = 0; i < size; i++) community.push(4 + k);
    for (let i = 1; i < size; i++) link(n + i - 1, n + i);
    n += size;
  }
  return {
    ids: Array.from({ length: n }, (_, i) => `n${i}`),
    sources: Uint32Array.from(sources),
    targets: Uint32Array.from(targets),
    weights: new Float64Array(sources.length).fill(1),
    community: Int32Array.from(community),
  };
}

/** Farthest node from the giant's centroid ÷ the giant's own farthest node from it. */
function spread(input: LayoutInput, xy: Float64Array) {
  const { component } = componentLabels(input.ids.length, input.sources, input.targets);
  let [gx, gy, count] = [0, 0, 0];
  component.forEach((c, i) => {
    if (c) return;
    gx += xy[2 * i];
    gy += xy[2 * i + 1];
    count++;
  });
  [gx, gy] = [gx / count, gy / count];
  let giant = 0;
  let all = 0;
  component.forEach((c, i) => {
    const r = Math.hypot(xy[2 * i] - gx, xy[2 * i + 1] - gy);
    all = Math.max(all, r);
    if (!c) giant = Math.max(giant, r);
  });
  return { ratio: all / giant, component };
}

describe("component packing in the layout", () => {
  it("keeps small components close around the giant, none on top of another", () => {
    const input = mapWithSmallComponents();
    const ours = runLayout(input, { seed: 1 });
    const { ratio, component } = spread(input, ours);
    const d3 = spread(input, runLayout(input, { seed: 1, model: "d3" })).ratio;
    expect(ratio).toBeLessThan(1.4);
    expect(ratio).toBeLessThan(d3);
    // Authors of different components are never closer than a third of a link.
    let closest = Infinity;
    for (let i = 0; i < input.ids.length; i++)
      for (let j = i + 1; j < input.ids.length; j++)
        if (component[i] !== component[j])
          closest = Math.min(
            closest,
            Math.hypot(ours[2 * i] - ours[2 * j], ours[2 * i + 1] - ours[2 * j + 1]),
          );
    expect(closest).toBeGreaterThan(10);
  });
});
