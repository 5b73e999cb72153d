// The layout's options and the kernel interface both force models share (d3-force's and the
// community-aware default), with their defaults and validation.
import type { Rng } from "../metrics/mulberry32.ts";

/**
 * `"communities"` (default): d3-force's forces plus community forces, each connected component
 * laid out on its own and the components packed around the largest. `"d3"`: d3-force's
 * simulation number for number (links, many-body, gravity towards the origin).
 */
export type LayoutModel = "communities" | "d3";

export interface LayoutOptions {
  model: LayoutModel;
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
  /** Pull of every node towards the origin (its component's centre), so nothing drifts away. */
  gravity: number;
  /** Starting positions, interleaved `x0, y0, x1, y1, …`; NaN entries start on d3's spiral. */
  initial?: Float64Array;
  /** Communities model: link strength factor of an edge inside a community. */
  intraLinkStrength: number;
  /** Communities model: link strength factor of an edge between two communities. */
  interLinkStrength: number;
  /** Communities model: rest length factor of an edge between two communities. */
  interLinkDistance: number;
  /**
   * Communities model: pull of every author towards its community's centroid. This and
   * `communityCharge` act only when the input has communities.
   */
  communityGravity: number;
  /**
   * Communities model: repulsion between the centroids of a component's communities, per member
   * of the community that repels (negative repels); every member feels its community's share.
   */
  communityCharge: number;
  /**
   * Communities model: an author repels with mass (degree + 1)^p, normalised to mean 1 (0 = all
   * equal, as d3; 1 = ForceAtlas2's degree-weighted repulsion).
   */
  degreeRepulsion: number;
  /**
   * Communities model: pack the components around the largest (else, and whenever the layout
   * starts from `initial` positions, each stays where it is laid out).
   */
  pack: boolean;
  /** Communities model: free space around each packed component, in units of `linkDistance`. */
  packPadding: number;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {
  model: "communities",
  seed: 1,
  iterations: 300,
  alphaMin: 0.001,
  linkDistance: 30,
  chargeStrength: -60,
  theta: 0.9,
  gravity: 0.06,
  intraLinkStrength: 1,
  interLinkStrength: 0.3,
  interLinkDistance: 1.5,
  communityGravity: 0.1,
  communityCharge: -20,
  degreeRepulsion: 0.5,
  pack: true,
  packPadding: 0.5,
};

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

/** Throws a message naming the first option out of range. */
export function validateLayoutOptions(options: LayoutOptions, size: number): void {
  const fail = (what: string) => {
    throw new Error(`coauthor-atlas/layout: ${what}`);
  };
  if (options.model !== "communities" && options.model !== "d3")
    fail(`model must be "communities" or "d3", got ${String(options.model)}`);
  if (!(options.iterations >= 1)) fail(`iterations must be ≥ 1, got ${options.iterations}`);
  if (!(options.alphaMin > 0 && options.alphaMin < 1))
    fail(`alphaMin must be in (0, 1), got ${options.alphaMin}`);
  if (!(options.linkDistance > 0)) fail(`linkDistance must be > 0, got ${options.linkDistance}`);
  if (!(options.theta > 0)) fail(`theta must be > 0, got ${options.theta}`);
  if (!(options.interLinkDistance > 0))
    fail(`interLinkDistance must be > 0, got ${options.interLinkDistance}`);
  if (!(options.packPadding >= 0)) fail(`packPadding must be ≥ 0, got ${options.packPadding}`);
  if (options.initial && options.initial.length !== 2 * size)
    fail(`initial has ${options.initial.length} values, expected ${2 * size}`);
}

/** d3-force's default velocity decay (0.4), as the factor velocities keep each tick. */
export const VELOCITY_KEEP = 0.6;
