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
  /** A continuous colouring's scale, for a gradient legend with ticks. */
  scale?: ColorScale;
}

/** A continuous colour scale as a legend draws it: a gradient from low to high with ticks. */
export interface ColorScale {
  /** Colours evenly spaced from the low end (position 0) to the high end (position 1). */
  ramp: string[];
  /** Labelled values on the scale, low to high, at positions in [0, 1]. */
  ticks: { t: number; label: string }[];
  /** Whether values beyond an end were clipped to that end's colour. */
  clippedLow: boolean;
  clippedHigh: boolean;
  /** The entry of authors without a value, when there are any. */
  missing?: { label: string; color: string };
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
  /**
   * Values labelled on the scale between `lo` and `hi` (the value range after clipping); by
   * default "nice" round values ({@link niceTicks}).
   */
  ticks?: (lo: number, hi: number) => number[];
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
  const coloring: NodeColoring = { title: o.title, colorOf, legend };
  if (hi >= lo) {
    const low = inverse(lo);
    const high = inverse(hi);
    const values = (o.ticks ?? (o.log ? logTicks : niceTicks))(low, high);
    const ticks = values
      .filter((v) => v >= low - 1e-9 && v <= high + 1e-9)
      .map((v) => ({ t: hi > lo ? (f(v) - lo) / (hi - lo) : 0.5, label: o.format(v) }));
    coloring.scale = {
      ramp: Array.from({ length: RAMP_STEPS }, (_v, i) => at(i / (RAMP_STEPS - 1))),
      ticks,
      clippedLow,
      clippedHigh,
      ...(missing ? { missing: { label: o.missingLabel, color: OTHER_COLOR } } : {}),
    };
  }
  return coloring;
}

const RAMP_STEPS = 11;

/** The text of tick `i` of a scale: `≥` / `≤` before it at an end that clipped values. */
export function scaleTickText(scale: ColorScale, i: number): string {
  const tick = scale.ticks[i];
  const high = i === scale.ticks.length - 1 && scale.clippedHigh && tick.t >= 0.999;
  const low = i === 0 && scale.clippedLow && tick.t <= 0.001;
  return `${high ? "≥ " : low ? "≤ " : ""}${tick.label}`;
}

/**
 * About `count` round values (1, 2 or 5 times a power of ten apart) from `lo` to `hi`, both
 * ends included when they are not round; one value when `lo` equals `hi`.
 */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return Number.isFinite(lo) ? [lo] : [];
  const raw = (hi - lo) / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step)
    out.push(Number(v.toPrecision(12)));
  // The ends are labelled too, unless a round value sits too close to them.
  if (out.length === 0 || out[0] - lo > step / 2) out.unshift(lo);
  if (hi - out[out.length - 1] > step / 2) out.push(hi);
  return out;
}

/** Whole years from `lo` to `hi` for a year scale: nice ticks with a step of at least one year. */
export function yearTicks(lo: number, hi: number, count = 5): number[] {
  const from = Math.ceil(lo);
  const to = Math.floor(hi);
  if (to < from) return [Math.round((lo + hi) / 2)];
  return [...new Set(niceTicks(from, to, Math.min(count, to - from + 1)).map(Math.round))];
}

/** Values for a log(1 + v) scale: 0 when in range, then 1, 10, 100, … up to `hi`, and the ends. */
export function logTicks(lo: number, hi: number): number[] {
  const out: number[] = [];
  if (lo <= 0) out.push(0);
  for (let p = 1; p <= hi; p *= 10) if (p >= lo) out.push(p);
  if (out.length === 0 || out[0] > lo * 1.5 + 0.5) out.unshift(Math.round(lo));
  if (hi > out[out.length - 1] * 2) out.push(Math.round(hi));
  return out;
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
