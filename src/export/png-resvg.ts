// Node-only PNG glue: rasterizes an export SVG with resvg and the bundled DejaVu Sans, for the CLI.
import { createRequire } from "node:module";
import type { Resvg as ResvgClass } from "@resvg/resvg-js";
import { escapeXml } from "./xml-escape.ts";

/**
 * resvg, loaded on first use: its native binding costs tens of milliseconds at start-up, which
 * every CLI run that writes no picture (JSON, CSV, tables) would otherwise pay.
 */
function resvg(): typeof ResvgClass {
  return (require("@resvg/resvg-js") as { Resvg: typeof ResvgClass }).Resvg;
}

export interface PngOptions {
  /** Pixel ratio: 1 = one PNG pixel per SVG unit; the explorer offers 1–4. */
  scale: number;
  /** Font files; the default is DejaVu Sans from the `dejavu-fonts-ttf` package. */
  fontFiles: string[];
  /** Also use the system's fonts (off by default, so the picture is the same on every machine). */
  loadSystemFonts: boolean;
}

export const MIN_PNG_SCALE = 1;
export const MAX_PNG_SCALE = 4;

const require = createRequire(import.meta.url);

/** DejaVu Sans regular and bold, resolved inside node_modules. */
export function bundledFontFiles(): string[] {
  return ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((file) =>
    require.resolve(`dejavu-fonts-ttf/ttf/${file}`),
  );
}

export const DEFAULT_PNG_OPTIONS: PngOptions = {
  scale: 2,
  fontFiles: [],
  loadSystemFonts: false,
};

/**
 * Renders an SVG document to PNG bytes at `scale` × its width and height. resvg draws the same
 * SVG the explorer exports, so the PNG and the SVG are one picture.
 */
export function renderPng(svg: string, options: Partial<PngOptions> = {}): Uint8Array {
  const o = { ...DEFAULT_PNG_OPTIONS, ...options };
  if (!(o.scale >= MIN_PNG_SCALE && o.scale <= MAX_PNG_SCALE))
    throw new Error(
      `coauthor-atlas/export: PNG scale must be between ${MIN_PNG_SCALE} and ${MAX_PNG_SCALE}, got ${o.scale}`,
    );
  const fontFiles = o.fontFiles.length ? o.fontFiles : bundledFontFiles();
  const Resvg = resvg();
  const rendered = new Resvg(svg, {
    fitTo: { mode: "zoom", value: o.scale },
    font: {
      loadSystemFonts: o.loadSystemFonts,
      fontFiles,
      defaultFontFamily: "DejaVu Sans",
      sansSerifFamily: "DejaVu Sans",
    },
    shapeRendering: 2,
    textRendering: 1,
  });
  return rendered.render().asPng();
}

/**
 * Text width as resvg draws it with the bundled fonts, for label placement in CLI pictures. The
 * advance of each character is measured once (ink box of "x·c·x" minus that of "xx", at 100 px)
 * and cached; kerning is ignored. Takes a CSS font (`600 14px …`) like the scene's measureText.
 */
export function createResvgTextMeasure(
  fontFiles: string[] = bundledFontFiles(),
): (text: string, font: string) => number {
  const cache = new Map<string, number>();
  const Resvg = resvg();
  const inkWidth = (text: string, weight: number) => {
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="200"><text x="10" y="150" ` +
      `font-family="sans-serif" font-size="100" font-weight="${weight}">${escapeText(text)}</text></svg>`;
    const box = new Resvg(svg, {
      font: { loadSystemFonts: false, fontFiles, sansSerifFamily: "DejaVu Sans" },
    }).getBBox();
    return box ? box.width : 0;
  };
  const advance = (c: string, weight: number) => {
    const key = `${weight}:${c}`;
    let w = cache.get(key);
    if (w === undefined) {
      w = Math.max(0, inkWidth(`x${c}x`, weight) - inkWidth("xx", weight)) / 100;
      cache.set(key, w);
    }
    return w;
  };
  return (text, font) => {
    const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12);
    const weight = Number(/^\s*(\d{3})\b/.exec(font)?.[1] ?? 400) >= 600 ? 700 : 400;
    let width = 0;
    for (const c of text) width += advance(c, weight);
    return width * size;
  };
}

/** The measured text as XML (what XML cannot carry removed: it is not drawn either). */
function escapeText(text: string): string {
  return escapeXml(text);
}
