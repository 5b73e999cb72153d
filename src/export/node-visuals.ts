// How each author looks on the map (position, size, colour), read from a Scene for the GEXF/GraphML viz data.
import { rgb } from "d3-color";
import type { Scene } from "../scene/scene.ts";

/** An 8-bit RGB colour with opacity in [0, 1]. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** A node as drawn: position and radius in screen pixels (origin at the frame's centre), fill colour. */
export interface NodeVisual {
  x: number;
  y: number;
  size: number;
  color: Rgba;
}

/** An edge as drawn: stroke width in pixels and colour. */
export interface EdgeVisual {
  thickness: number;
  color: Rgba;
}

/** Visuals by author id, and by `source\u0000target` for edges (both orders are looked up). */
export interface GraphVisuals {
  nodes: Map<string, NodeVisual>;
  edges: Map<string, EdgeVisual>;
}

/** Parses any CSS colour (`#rgb`, `#rrggbb`, `rgb()`, `hsl()`, names); null when it is not one. */
export function parseColor(css: string): Rgba | null {
  const c = rgb(css);
  if (!c.displayable() || Number.isNaN(c.r)) return null;
  const byte = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
  return { r: byte(c.r), g: byte(c.g), b: byte(c.b), a: Math.max(0, Math.min(1, c.opacity)) };
}

/** `#rrggbb` of a colour (opacity dropped). */
export function toHex({ r, g, b }: Rgba): string {
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, "0")).join("")}`;
}

/** Key of an edge in {@link GraphVisuals.edges}. */
export function visualEdgeKey(source: string, target: string): string {
  return `${source}\u0000${target}`;
}

/** Looks an undirected edge up in either order. */
export function edgeVisualOf(
  visuals: GraphVisuals,
  source: string,
  target: string,
): EdgeVisual | undefined {
  return (
    visuals.edges.get(visualEdgeKey(source, target)) ??
    visuals.edges.get(visualEdgeKey(target, source))
  );
}

const GREY: Rgba = { r: 153, g: 153, b: 153, a: 1 };

/**
 * Reads the positions, radii and colours the scene draws, so a data export looks like the map:
 * positions go through the zoom (screen pixels, relative to the frame's centre) so that they keep
 * their proportion to the radii, which are in pixels too.
 */
export function visualsFromScene(scene: Scene): GraphVisuals {
  const { k, x: tx, y: ty } = scene.transform;
  const nodes = new Map<string, NodeVisual>();
  for (const n of scene.nodes)
    nodes.set(n.id, {
      x: n.x * k + tx - scene.width / 2,
      y: n.y * k + ty - scene.height / 2,
      size: n.r,
      color: parseColor(n.fill) ?? GREY,
    });
  const edges = new Map<string, EdgeVisual>();
  const { source, target, width, color } = scene.edges;
  for (let j = 0; j < scene.edges.length; j++)
    edges.set(visualEdgeKey(source[j], target[j]), {
      thickness: width[j],
      color: parseColor(color[j]) ?? GREY,
    });
  return { nodes, edges };
}
