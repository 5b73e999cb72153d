// Scales from data to pixels: node radius by a metric, edge width by shared papers.

export interface RadiusRange {
  minRadius: number;
  maxRadius: number;
}

/** Radii that suit a graph of `n` visible authors: big discs for a few, small for thousands. */
export function defaultRadiusRange(n: number): RadiusRange {
  if (n <= 60) return { minRadius: 5, maxRadius: 22 };
  if (n <= 300) return { minRadius: 3.5, maxRadius: 18 };
  if (n <= 2000) return { minRadius: 2.5, maxRadius: 14 };
  return { minRadius: 1.5, maxRadius: 9 };
}

/**
 * Area-proportional radius scale: r = minRadius + (maxRadius − minRadius)·√((v − lo)/(hi − lo))
 * over the domain [lo, hi] of `values`. Values outside are clamped; a flat domain maps to the
 * middle of the range.
 */
export function radiusScale(
  values: ArrayLike<number>,
  range: RadiusRange,
): (value: number) => number {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const { minRadius, maxRadius } = range;
  if (!(hi > lo)) return () => (minRadius + maxRadius) / 2;
  return (value) => {
    const t = Math.min(1, Math.max(0, (value - lo) / (hi - lo)));
    return minRadius + (maxRadius - minRadius) * Math.sqrt(Number.isFinite(t) ? t : 0);
  };
}

export interface WidthRange {
  minWidth: number;
  maxWidth: number;
}

export const DEFAULT_WIDTH_RANGE: WidthRange = { minWidth: 0.8, maxWidth: 6 };

/** Edge widths that suit `n` visible authors: thinner lines in dense maps, where most overlap. */
export function defaultWidthRange(n: number): WidthRange {
  if (n <= 300) return DEFAULT_WIDTH_RANGE;
  if (n <= 2000) return { minWidth: 0.6, maxWidth: 4.5 };
  return { minWidth: 0.5, maxWidth: 3 };
}

/**
 * Edge width by shared papers: minWidth at weight ≤ 1, maxWidth at `maxWeight`, √ in between,
 * rounded to a quarter pixel so renderers can batch edges of one width.
 */
export function edgeWidthScale(
  maxWeight: number,
  range: WidthRange = DEFAULT_WIDTH_RANGE,
): (weight: number) => number {
  const { minWidth, maxWidth } = range;
  return (weight) => {
    const t = maxWeight > 1 ? Math.min(1, Math.max(0, (weight - 1) / (maxWeight - 1))) : 0;
    return Math.round((minWidth + (maxWidth - minWidth) * Math.sqrt(t)) * 4) / 4;
  };
}
