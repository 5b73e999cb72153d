// Colour by a value other than community: mean or first year, citations (continuous, viridis), or
// source file (categorical), with the legend stops that explain the colours.
import { interpolateViridis } from "d3-scale-chromatic";
import { COMMUNITY_PALETTE, OTHER_COLOR } from "./palette.ts";

/** What node colour means. `community` is the scene's default colouring. */
export const COLOR_MODES = ["community", "year", "first-year", "citations", "file"] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

/** Colours for the authors of a scene, and the legend that explains them. */
export interface NodeColoring {
  /** Legend heading, e.g. "Mean publication year". */
  title: string;
  colorOf: (id: string) => string;
  /** Legend entries, top to bottom. */
  legend: { label: string; color: string }[];
}

export interface ContinuousColorOptions {
  title: string;
  /** Text of a legend stop. */
  format: (value: number) => string;
  /** Map values through log(1 + v) first (for skewed counts such as citations). */
  log: boolean;
  /** Legend stops, from the highest value down (at least 2). */
  stops: number;
  /** Legend label of authors without a value. */
  missingLabel: string;
  /**
   * Share of values at each end that take the end colours rather than stretch the scale (a
   * single paper of 1929 would otherwise leave every other author in the same green).
   */
  clip: number;
}

export const DEFAULT_CONTINUOUS_COLOR_OPTIONS: ContinuousColorOptions = {
  title: "Value",
  format: (v) => String(Math.round(v)),
  log: false,
  stops: 5,
  missingLabel: "no value",
  clip: 0.02,
};

/**
 * A continuous colouring: each author's value placed on viridis (colour-blind safe and
 * perceptually uniform) between the smallest and the largest value, less the `clip` share at
 * each end (those take the end colours); authors without one get the neutral
 * {@link OTHER_COLOR}. The legend lists evenly spaced stops from the top of the range down
 * (labels by `format`, `≥`/`≤` at a clipped end), then the missing entry when some author has
 * no value.
 */
export function continuousColoring(
  values: ReadonlyMap<string, number | null>,
  options: Partial<ContinuousColorOptions> = {},
): NodeColoring {
  const o = { ...DEFAULT_CONTINUOUS_COLOR_OPTIONS, ...options };
  const f = o.log ? (v: number) => Math.log1p(Math.max(0, v)) : (v: number) => v;
  const inverse = o.log ? (t: number) => Math.expm1(t) : (t: number) => t;
  let missing = false;
  const sorted: number[] = [];
  for (const v of values.values())
    if (v === null || !Number.isFinite(v)) missing = true;
    else sorted.push(f(v));
  sorted.sort((a, b) => a - b);
  const cut = Math.floor(sorted.length * Math.min(0.49, Math.max(0, o.clip)));
  const lo = sorted.length ? sorted[cut] : Infinity;
  const hi = sorted.length ? sorted[sorted.length - 1 - cut] : -Infinity;
  const clippedLow = sorted.length > 0 && sorted[0] < lo;
  const clippedHigh = sorted.length > 0 && sorted[sorted.length - 1] > hi;
  const at = (t: number) => interpolateViridis(Math.min(1, Math.max(0, t)));
  const position = (v: number) => (hi > lo ? (f(v) - lo) / (hi - lo) : 0.5);
  const colorOf = (id: string) => {
    const v = values.get(id);
    return v === null || v === undefined || !Number.isFinite(v) ? OTHER_COLOR : at(position(v));
  };
  const legend: NodeColoring["legend"] = [];
  if (hi >= lo) {
    const stops = hi > lo ? Math.max(2, o.stops) : 1;
    const seen = new Set<string>();
    for (let i = 0; i < stops; i++) {
      const t = stops === 1 ? 0.5 : 1 - i / (stops - 1);
      const value = o.format(inverse(lo + t * (hi - lo)));
      const label =
        stops > 1 && i === 0 && clippedHigh
          ? `≥ ${value}`
          : stops > 1 && i === stops - 1 && clippedLow
            ? `≤ ${value}`
            : value;
      if (seen.has(label)) continue;
      seen.add(label);
      legend.push({ label, color: at(t) });
    }
  }
  if (missing) legend.push({ label: o.missingLabel, color: OTHER_COLOR });
  return { title: o.title, colorOf, legend };
}

/**
 * A categorical colouring (e.g. by source file): categories by decreasing count take the
 * palette's colours; beyond the palette, and authors without a category, are neutral.
 */
export function categoricalColoring(
  values: ReadonlyMap<string, string | null>,
  title: string,
  palette: readonly string[] = COMMUNITY_PALETTE,
): NodeColoring {
  const counts = new Map<string, number>();
  for (const v of values.values()) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  const order = [...counts.keys()].sort(
    (a, b) => (counts.get(b) as number) - (counts.get(a) as number) || (a < b ? -1 : 1),
  );
  const colors = new Map(order.slice(0, palette.length).map((c, i) => [c, palette[i]]));
  const legend = order.slice(0, palette.length).map((c) => ({
    label: c,
    color: colors.get(c) as string,
  }));
  const rest = order.length - palette.length;
  if (rest > 0) legend.push({ label: `${rest} more`, color: OTHER_COLOR });
  return {
    title,
    colorOf: (id) => {
      const v = values.get(id);
      return (v !== null && v !== undefined && colors.get(v)) || OTHER_COLOR;
    },
    legend,
  };
}
