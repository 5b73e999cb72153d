// Small multiples: one SVG with a titled panel per period, the same positions in every panel.
import { sceneToSvg, svgLayout, wrapText, DEFAULT_SVG_OPTIONS, type SvgOptions } from "./svg.ts";
import { escapeXml } from "./xml-escape.ts";
import type { Scene } from "../scene/scene.ts";

export interface SmallMultiplesOptions {
  /** Panels per row; by default about a square grid. */
  columns?: number;
  /** Accessible title of the whole image. */
  title: string;
  /** Text under the grid. */
  caption?: string;
  fontFamily: string;
  measureText: SvgOptions["measureText"];
}

/** Height of a panel's title row, gap between panels and margin, in pixels. */
export const SMALL_MULTIPLES_LAYOUT = { titleHeight: 24, gap: 12, margin: 12, fontSize: 14 };

const f = (n: number) => String(Math.round(n * 100) / 100);

/**
 * The panels as one SVG document: a grid of `columns` (default ⌈√n⌉), each panel its scene
 * (without legend or caption) under its title, then the caption. Every string is XML-escaped
 * and every panel's clip path has its own id.
 */
export function smallMultiplesSvg(
  panels: readonly { title: string; scene: Scene }[],
  options: Partial<SmallMultiplesOptions> = {},
): string {
  const o = {
    title: "Coauthor map by period",
    fontFamily: DEFAULT_SVG_OPTIONS.fontFamily,
    measureText: DEFAULT_SVG_OPTIONS.measureText,
    ...options,
  };
  const L = SMALL_MULTIPLES_LAYOUT;
  const n = panels.length;
  const columns = Math.max(1, Math.min(n, Math.floor(o.columns ?? Math.ceil(Math.sqrt(n)))));
  const rows = Math.max(1, Math.ceil(n / columns));
  const cellW = Math.max(1, ...panels.map((p) => svgLayout(p.scene, NO_FRAME).width));
  const cellH = Math.max(1, ...panels.map((p) => svgLayout(p.scene, NO_FRAME).height));
  const width = Math.ceil(2 * L.margin + columns * cellW + (columns - 1) * L.gap);
  const gridBottom = L.margin + rows * (L.titleHeight + cellH) + (rows - 1) * L.gap;
  const lines = o.caption
    ? wrapText(o.caption, width - 2 * L.margin, L.fontSize - 1, o.measureText)
    : [];
  const height = Math.ceil(
    gridBottom + (lines.length ? lines.length * L.fontSize * 1.4 + L.margin : L.margin),
  );
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
      `viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(o.title)}">`,
    `<title>${escapeXml(o.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g font-family="${escapeXml(o.fontFamily)}">`,
  ];
  panels.forEach((panel, i) => {
    const x = L.margin + (i % columns) * (cellW + L.gap);
    const y = L.margin + Math.floor(i / columns) * (cellH + L.titleHeight + L.gap);
    out.push(
      `<g class="panel">`,
      `<text class="panel-title" x="${f(x)}" y="${f(y + L.titleHeight - 8)}" font-size="${L.fontSize}" ` +
        `font-weight="600" fill="#0f172a">${escapeXml(panel.title)}</text>`,
    );
    const body = sceneToSvg(panel.scene, {
      ...NO_FRAME,
      fontFamily: o.fontFamily,
      title: panel.title,
    })
      .replace('id="map-clip"', `id="map-clip-${i + 1}"`)
      .replace("url(#map-clip)", `url(#map-clip-${i + 1})`)
      .replace(/^<svg /, `<svg x="${f(x)}" y="${f(y + L.titleHeight)}" `);
    out.push(
      body,
      `<rect x="${f(x)}" y="${f(y + L.titleHeight)}" width="${f(cellW)}" height="${f(cellH)}" ` +
        `fill="none" stroke="#e2e8f0"/>`,
      "</g>",
    );
  });
  lines.forEach((line, i) =>
    out.push(
      `<text class="caption" x="${L.margin}" y="${f(gridBottom + L.margin + (i + 0.8) * L.fontSize * 1.4)}" ` +
        `font-size="${L.fontSize - 1}" fill="#475569">${escapeXml(line)}</text>`,
    ),
  );
  out.push("</g>", "</svg>");
  return out.join("\n");
}

const NO_FRAME = { legend: false, caption: false } as const;
