// Scene → SVG: the map as the explorer draws it, with real <text> labels, an optional legend panel and caption.
import { scaleTickText, type ColorScale } from "../scene/color-by.ts";
import type { DensityLayer } from "../scene/density.ts";
import { estimateTextWidth } from "../scene/label-placement.ts";
import { OTHER_COLOR_NAME } from "../scene/palette.ts";
import { sceneLabels } from "../scene/place-labels.ts";
import type { PlacedLabel, Scene, SceneEdge, SceneLegend, SceneNode } from "../scene/scene.ts";
import { sceneEdgeAt } from "../scene/scene-edges.ts";
import { nodeRings, SCENE_STYLE } from "../scene/style.ts";
import { escapeXml as x, formatNumber as f } from "./xml-escape.ts";

export interface SvgOptions {
  /** Draw the scene's legend (when it has one) in a panel right of the map. */
  legend: boolean;
  /** Draw the scene's caption (when it has one) below the map. */
  caption: boolean;
  /** Accessible title of the image (`<title>`). */
  title: string;
  /** The map's font stack; resvg (CLI PNG) falls back to its `sans-serif`, DejaVu Sans. */
  fontFamily: string;
  /** Width of a text in pixels, for the legend panel and caption wrapping. */
  measureText: (text: string, fontSize: number) => number;
  /**
   * Text width for a CSS font, to place the labels of a scene that carries none (a scene from
   * the map or the CLI carries its labels, placed as drawn).
   */
  measureLabel?: (text: string, font: string) => number;
  /** The density view: this heat map (scene/density.ts) is drawn under the labels instead of edges and nodes. */
  density?: DensityLayer;
}

export const DEFAULT_SVG_OPTIONS: SvgOptions = {
  legend: true,
  caption: true,
  title: "Coauthor map",
  fontFamily: SCENE_STYLE.fontFamily,
  // A little wider than the label estimate: the legend must never be cut off.
  measureText: (text, fontSize) => estimateTextWidth(text, fontSize) * 1.1,
};

/** Legend and caption layout (the map itself uses SCENE_STYLE, as the canvas view does). */
export const SVG_LAYOUT = {
  padding: 16,
  /** Community swatches listed before "+ N more". */
  maxColors: 12,
  captionColor: "#475569",
  legendSwatchStroke: "#ffffff",
  legendSizeFill: "#cbd5e1",
  legendLineColor: "rgba(100, 116, 139, 0.8)",
  separator: "#e2e8f0",
  /** Height of a continuous colour scale's gradient bar, in pixels. */
  scaleHeight: 120,
};

/** The texts of a legend row (a scale has one per tick), for the panel's width. */
function rowTexts(row: LegendRow): string[] {
  if (row.kind === "scale") return row.scale.ticks.map((_t, i) => scaleTickText(row.scale, i));
  return "text" in row ? [row.text] : [];
}

/** Size of the SVG document: the map, plus the legend panel and caption when drawn. */
export interface SvgLayout {
  width: number;
  height: number;
  legendWidth: number;
  /** y of the caption block's top. */
  captionTop: number;
  captionLines: string[];
}

interface Screen {
  x: number;
  y: number;
}

function toScreen(scene: Scene, n: SceneNode): Screen {
  const { k, x: tx, y: ty } = scene.transform;
  return { x: n.x * k + tx, y: n.y * k + ty };
}

/** Splits a caption into lines that fit `width` pixels (long words stay whole). */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  measure: SvgOptions["measureText"],
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && measure(next, fontSize) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  return lines;
}

/** One line of the legend panel; `h` is its height in pixels. */
type LegendRow =
  | { kind: "heading" | "note"; text: string; h: number }
  | { kind: "size"; text: string; r: number; h: number }
  | { kind: "swatch"; text: string; color: string; h: number; faint?: boolean }
  | { kind: "line"; text: string; h: number }
  | { kind: "scale"; scale: ColorScale; h: number }
  | { kind: "gap"; h: number };

/** The legend panel, top to bottom: size key, community colours, edge width. */
function legendRows(legend: SceneLegend, fs: number): LegendRow[] {
  const line = fs * 1.5;
  const rows: LegendRow[] = [{ kind: "heading", text: `Size: ${legend.sizeMetric}`, h: line }];
  for (const s of legend.sizes)
    rows.push({ kind: "size", text: s.label, r: s.r, h: Math.max(2 * s.r + 6, line) });
  if (legend.colors.length) {
    rows.push(
      { kind: "gap", h: line / 2 },
      { kind: "heading", text: legend.colorTitle ?? "Communities", h: line },
    );
    if (legend.scale) {
      // A continuous colouring: the gradient with its ticks, high values at the top.
      rows.push({ kind: "scale", scale: legend.scale, h: SVG_LAYOUT.scaleHeight + line / 2 });
      const missing = legend.scale.missing;
      if (missing)
        rows.push({ kind: "swatch", text: missing.label, color: missing.color, h: line });
    } else {
      for (const c of legend.colors.slice(0, SVG_LAYOUT.maxColors))
        rows.push({ kind: "swatch", text: c.label, color: c.color, h: line });
      const more = legend.colors.length - SVG_LAYOUT.maxColors;
      if (more > 0) rows.push({ kind: "note", text: `+ ${more} more`, h: line });
      if (legend.others) rows.push(othersRow(legend.others, line));
    }
  } else if (legend.others) {
    rows.push({ kind: "gap", h: line / 2 }, { kind: "heading", text: "Communities", h: line });
    rows.push(othersRow(legend.others, line));
  }
  rows.push(
    { kind: "gap", h: line / 2 },
    { kind: "line", text: `Line width: ${legend.edgeMeaning}`, h: line },
  );
  return rows;
}

/** "N other communities in grey", with a swatch of that grey. */
function othersRow(others: NonNullable<SceneLegend["others"]>, h: number): LegendRow {
  const what = others.count === 1 ? "other community" : "other communities";
  return {
    kind: "swatch",
    text: `${others.count} ${what} in ${OTHER_COLOR_NAME}`,
    color: others.color,
    h,
    faint: true,
  };
}

function legendMarkWidth(legend: SceneLegend, fs: number): number {
  return 2 * Math.max(fs / 2, ...legend.sizes.map((s) => s.r)) + 8;
}

/** Computes the document size for a scene and options. */
export function svgLayout(scene: Scene, options: Partial<SvgOptions> = {}): SvgLayout {
  const o = { ...DEFAULT_SVG_OPTIONS, ...options };
  const pad = SVG_LAYOUT.padding;
  const fs = scene.fontSize;
  let legendWidth = 0;
  let legendHeight = 0;
  if (o.legend && scene.legend) {
    const rows = legendRows(scene.legend, fs);
    const texts = rows.flatMap((r) => rowTexts(r).map((t) => o.measureText(t, fs)));
    legendWidth = Math.ceil(2 * pad + legendMarkWidth(scene.legend, fs) + Math.max(...texts));
    legendHeight = rows.reduce((h, r) => h + r.h, 2 * pad);
  }
  const width = scene.width + legendWidth;
  const captionLines =
    o.caption && scene.caption ? wrapText(scene.caption, width - 2 * pad, fs, o.measureText) : [];
  const captionTop = Math.max(scene.height, legendHeight);
  const captionHeight = captionLines.length ? captionLines.length * fs * 1.4 + pad : 0;
  const height = Math.ceil(captionTop + captionHeight);
  return { width, height, legendWidth, captionTop, captionLines };
}

function edgeElement(e: SceneEdge, pos: Map<string, Screen>): string {
  const a = pos.get(e.source);
  const b = pos.get(e.target);
  if (!a || !b) return "";
  const opacity = e.dimmed ? ` opacity="${SCENE_STYLE.dimmedOpacity}"` : "";
  return (
    `<line x1="${f(a.x)}" y1="${f(a.y)}" x2="${f(b.x)}" y2="${f(b.y)}" stroke="${x(e.color)}" ` +
    `stroke-width="${f(e.width)}"${opacity}/>`
  );
}

/** Rings outside a disc, as the canvas draws them (`nodeRings`), faded with a dimmed node. */
function rings(n: SceneNode, p: Screen): string[] {
  const opacity = n.dimmed ? ` opacity="${SCENE_STYLE.dimmedOpacity}"` : "";
  return nodeRings(n).map(
    (ring) =>
      `<circle cx="${f(p.x)}" cy="${f(p.y)}" r="${f(n.r + ring.offset)}" ` +
      `stroke="${x(ring.color)}" stroke-width="${f(ring.width)}"${opacity}/>`,
  );
}

/** A disc with its white outline (discs under 2.5 px have none, as on the canvas). */
function nodeElement(n: SceneNode, p: Screen): string {
  const s = SCENE_STYLE;
  const outline =
    n.r >= 2.5 ? ` stroke="${s.nodeStroke}" stroke-width="${f(s.nodeStrokeWidth)}"` : "";
  const opacity = n.dimmed ? ` opacity="${s.dimmedOpacity}"` : "";
  return `<circle cx="${f(p.x)}" cy="${f(p.y)}" r="${f(n.r)}" fill="${x(n.fill)}"${outline}${opacity}/>`;
}

/** A label where the canvas draws it (the placement both read), at its size and weight. */
function labelElement(n: SceneNode, at: PlacedLabel, fontSize: number): string {
  const anchor = at.align === "start" ? "" : ` text-anchor="${at.align}"`;
  const size = at.fontSize !== fontSize ? ` font-size="${f(at.fontSize)}"` : "";
  const weight = at.strong ? ` font-weight="${SCENE_STYLE.labelStrongWeight}"` : "";
  return `<text x="${f(at.x)}" y="${f(at.y)}"${anchor}${size}${weight}>${x(n.label)}</text>`;
}

function legendElements(legend: SceneLegend, left: number, fs: number): string[] {
  const pad = SVG_LAYOUT.padding;
  const mark = legendMarkWidth(legend, fs);
  const markX = left + pad + (mark - 8) / 2;
  const textX = left + pad + mark;
  const out: string[] = [];
  let top = pad;
  for (const row of legendRows(legend, fs)) {
    const cy = top + row.h / 2;
    const baseline = f(cy + fs * 0.35);
    switch (row.kind) {
      case "heading":
        out.push(
          `<text x="${f(left + pad)}" y="${baseline}" font-weight="${SCENE_STYLE.labelStrongWeight}">${x(row.text)}</text>`,
        );
        break;
      case "note":
        out.push(
          `<text x="${f(textX)}" y="${baseline}" fill="${SVG_LAYOUT.captionColor}">${x(row.text)}</text>`,
        );
        break;
      case "size":
        out.push(
          `<circle cx="${f(markX)}" cy="${f(cy)}" r="${f(row.r)}" fill="${SVG_LAYOUT.legendSizeFill}" stroke="${SVG_LAYOUT.legendSwatchStroke}"/>`,
          `<text x="${f(textX)}" y="${baseline}">${x(row.text)}</text>`,
        );
        break;
      case "swatch":
        out.push(
          `<circle cx="${f(markX)}" cy="${f(cy)}" r="${f(fs / 2)}" fill="${x(row.color)}" stroke="${SVG_LAYOUT.legendSwatchStroke}"/>`,
          row.faint
            ? `<text x="${f(textX)}" y="${baseline}" fill="${SVG_LAYOUT.captionColor}">${x(row.text)}</text>`
            : `<text x="${f(textX)}" y="${baseline}">${x(row.text)}</text>`,
        );
        break;
      case "line":
        out.push(
          `<line x1="${f(left + pad)}" y1="${f(cy)}" x2="${f(textX - 6)}" y2="${f(cy)}" stroke="${SVG_LAYOUT.legendLineColor}" stroke-width="3" stroke-linecap="round"/>`,
          `<text x="${f(textX)}" y="${baseline}">${x(row.text)}</text>`,
        );
        break;
      case "scale": {
        // A vertical bar, low values at the bottom; the stops of a gradient from bottom to top.
        const { scale } = row;
        const barTop = top + fs / 2;
        const barH = SVG_LAYOUT.scaleHeight;
        const barX = markX - fs / 2;
        const n = scale.ramp.length;
        out.push(
          `<defs><linearGradient id="legend-scale" x1="0" y1="1" x2="0" y2="0">`,
          ...scale.ramp.map(
            (c, i) => `<stop offset="${f(n > 1 ? i / (n - 1) : 0)}" stop-color="${x(c)}"/>`,
          ),
          `</linearGradient></defs>`,
          `<rect x="${f(barX)}" y="${f(barTop)}" width="${f(fs)}" height="${f(barH)}" fill="url(#legend-scale)" stroke="${SVG_LAYOUT.legendLineColor}" stroke-width="0.5"/>`,
        );
        // Highest first, as the community keys are listed top down.
        for (let i = scale.ticks.length - 1; i >= 0; i--) {
          const y = barTop + (1 - scale.ticks[i].t) * barH;
          out.push(
            `<line x1="${f(barX + fs)}" y1="${f(y)}" x2="${f(barX + fs + 4)}" y2="${f(y)}" stroke="${SVG_LAYOUT.legendLineColor}"/>`,
            `<text x="${f(textX)}" y="${f(y + fs * 0.35)}">${x(scaleTickText(scale, i))}</text>`,
          );
        }
        break;
      }
      case "gap":
        break;
    }
    top += row.h;
  }
  return out;
}

/** The density view's bands as filled paths, lowest first (each band contains the next). */
function densityElements(layer: DensityLayer): string[] {
  return [
    `<g class="density" opacity="${f(layer.opacity)}" fill-rule="evenodd">`,
    ...layer.bands.map(
      (b) => `<path fill="${x(b.color)}" fill-opacity="${f(b.alpha)}" d="${b.path}"/>`,
    ),
    "</g>",
  ];
}

/**
 * Serializes a scene to a standalone SVG document. Positions are the scene's world coordinates
 * through its zoom transform; radii, widths and font size are screen pixels; every string (labels,
 * legend, caption, colours) is XML-escaped. A null background leaves the image transparent.
 * Labels are the scene's own (`scene.labels`, as the map placed them), else placed for its frame.
 */
export function sceneToSvg(scene: Scene, options: Partial<SvgOptions> = {}): string {
  const o = { ...DEFAULT_SVG_OPTIONS, ...options };
  const layout = svgLayout(scene, o);
  const fs = scene.fontSize;
  const pos = new Map<string, Screen>();
  for (const n of scene.nodes) pos.set(n.id, toScreen(scene, n));

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" ` +
      `viewBox="0 0 ${layout.width} ${layout.height}" role="img" aria-label="${x(o.title)}">`,
    `<title>${x(o.title)}</title>`,
    `<defs><clipPath id="map-clip"><rect width="${f(scene.width)}" height="${f(scene.height)}"/></clipPath></defs>`,
  ];
  if (scene.background !== null)
    out.push(`<rect width="100%" height="100%" fill="${x(scene.background)}"/>`);
  out.push(`<g font-family="${x(o.fontFamily)}" font-size="${f(fs)}">`);

  out.push('<g clip-path="url(#map-clip)">');
  if (o.density) out.push(...densityElements(o.density));
  else {
    out.push('<g class="edges" stroke-linecap="round">');
    // Scene order is drawing order (bottom first), as on the canvas.
    for (let j = 0; j < scene.edges.length; j++)
      out.push(edgeElement(sceneEdgeAt(scene.edges, j), pos));
    out.push("</g>", '<g class="nodes">');
    for (const n of scene.nodes) out.push(nodeElement(n, pos.get(n.id) as Screen));
    out.push("</g>", '<g class="rings" fill="none">');
    for (const n of scene.nodes) out.push(...rings(n, pos.get(n.id) as Screen));
    out.push("</g>");
  }
  const measure =
    o.measureLabel ??
    ((text: string, font: string) =>
      o.measureText(text, Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? fs)));
  const labels = sceneLabels(scene, { measureText: measure });
  out.push(
    `<g class="leaders" stroke="${SCENE_STYLE.leaderColor}" stroke-width="${SCENE_STYLE.leaderWidth}">`,
  );
  for (const { leader: l } of labels)
    if (l) out.push(`<line x1="${f(l.x1)}" y1="${f(l.y1)}" x2="${f(l.x2)}" y2="${f(l.y2)}"/>`);
  out.push("</g>");
  out.push(
    `<g class="labels" fill="${SCENE_STYLE.labelColor}" stroke="${SCENE_STYLE.labelHalo}" ` +
      `stroke-width="${SCENE_STYLE.labelHaloWidth}" stroke-linejoin="round" paint-order="stroke">`,
  );
  for (const label of labels) {
    const n = scene.nodes[label.index];
    if (n?.label) out.push(labelElement(n, label, fs));
  }
  out.push("</g>", "</g>");

  if (layout.legendWidth > 0 && scene.legend) {
    out.push(
      `<line class="separator" x1="${f(scene.width + 0.5)}" y1="${SVG_LAYOUT.padding}" ` +
        `x2="${f(scene.width + 0.5)}" y2="${f(layout.captionTop - SVG_LAYOUT.padding)}" stroke="${SVG_LAYOUT.separator}"/>`,
    );
    out.push(`<g class="legend" fill="${SCENE_STYLE.labelColor}">`);
    out.push(...legendElements(scene.legend, scene.width, fs));
    out.push("</g>");
  }
  if (layout.captionLines.length) {
    const top = layout.captionTop;
    out.push(`<g class="caption" fill="${SVG_LAYOUT.captionColor}">`);
    layout.captionLines.forEach((line, i) =>
      out.push(
        `<text x="${SVG_LAYOUT.padding}" y="${f(top + fs * (1 + 1.4 * i))}">${x(line)}</text>`,
      ),
    );
    out.push("</g>");
  }
  out.push("</g>", "</svg>");
  return `${out.filter(Boolean).join("\n")}\n`;
}
