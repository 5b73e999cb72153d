// How well a layout shows communities: the two figures issue 10 measures layouts by (community
// separation and the intra÷inter-community edge length ratio), pure and shared by bench and tests.
import { componentLabels } from "./graph-parts.ts";

/** Which figures to compute, and over what. */
export interface LayoutQualityOptions {
  /** Communities with fewer members inside the largest component are left out of separation. */
  minCommunitySize: number;
}

export const DEFAULT_LAYOUT_QUALITY_OPTIONS: LayoutQualityOptions = { minCommunitySize: 5 };

/** A graph with positions and communities, nodes by index (positions interleaved `x, y`). */
export interface QualityInput {
  positions: ArrayLike<number>;
  sources: ArrayLike<number>;
  targets: ArrayLike<number>;
  /** Community of each node (any integers). */
  community: ArrayLike<number>;
}

export interface LayoutQuality {
  /**
   * Mean centroid silhouette over the authors of the largest component whose community has at
   * least `minCommunitySize` members there: (b − a) / max(a, b), a = distance to the own
   * community's centroid, b = distance to the nearest other such centroid. NaN with fewer than
   * two such communities. In [−1, 1]; higher is better separated.
   */
  separation: number;
  /**
   * Mean length of the largest component's intra-community edges ÷ mean length of its
   * inter-community edges. NaN when either kind is missing. Lower: communities are tighter.
   */
  edgeRatio: number;
  /** Communities that entered `separation`. */
  communities: number;
  /** Nodes of the largest component. */
  largestComponent: number;
}

/**
 * Measures a layout: community separation and the intra÷inter edge length ratio inside the
 * largest connected component (see {@link LayoutQuality}). Invariant under translation, rotation
 * and uniform scaling, so world and exported (screen) positions give the same figures.
 */
export function layoutQuality(
  input: QualityInput,
  options: Partial<LayoutQualityOptions> = {},
): LayoutQuality {
  const o = { ...DEFAULT_LAYOUT_QUALITY_OPTIONS, ...options };
  const { positions: xy, sources, targets, community } = input;
  const n = community.length;
  const { component } = componentLabels(n, sources, targets);
  const inLargest = (i: number) => component[i] === 0;
  let largestComponent = 0;
  // Members and centroid of each community, over the largest component.
  const members = new Map<number, { count: number; sx: number; sy: number }>();
  for (let i = 0; i < n; i++) {
    if (!inLargest(i)) continue;
    largestComponent++;
    const c = community[i];
    let m = members.get(c);
    if (!m) members.set(c, (m = { count: 0, sx: 0, sy: 0 }));
    m.count++;
    m.sx += xy[2 * i];
    m.sy += xy[2 * i + 1];
  }
  const kept = [...members].filter(([, m]) => m.count >= o.minCommunitySize);
  const slot = new Map(kept.map(([c], k) => [c, k]));
  const cx = kept.map(([, m]) => m.sx / m.count);
  const cy = kept.map(([, m]) => m.sy / m.count);

  let separation = NaN;
  if (kept.length >= 2) {
    let sum = 0;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const k = inLargest(i) ? slot.get(community[i]) : undefined;
      if (k === undefined) continue;
      const x = xy[2 * i];
      const y = xy[2 * i + 1];
      const a = Math.hypot(x - cx[k], y - cy[k]);
      let b = Infinity;
      for (let j = 0; j < kept.length; j++)
        if (j !== k) b = Math.min(b, Math.hypot(x - cx[j], y - cy[j]));
      const d = Math.max(a, b);
      sum += d > 0 ? (b - a) / d : 0;
      count++;
    }
    separation = sum / count;
  }

  let intra = 0;
  let intraCount = 0;
  let inter = 0;
  let interCount = 0;
  for (let e = 0; e < sources.length; e++) {
    const s = sources[e];
    const t = targets[e];
    if (!inLargest(s)) continue;
    const l = Math.hypot(xy[2 * s] - xy[2 * t], xy[2 * s + 1] - xy[2 * t + 1]);
    if (community[s] === community[t]) {
      intra += l;
      intraCount++;
    } else {
      inter += l;
      interCount++;
    }
  }
  const edgeRatio = intraCount && interCount ? intra / intraCount / (inter / interCount) : NaN;
  return { separation, edgeRatio, communities: kept.length, largestComponent };
}
