// What each item of the Export menu produces: the scene or data to write, its file name and type.
import type { Scene } from "../scene/scene.ts";
import { captionCounts, defaultCaption } from "./caption.ts";
import { authorsCsv, edgesCsv } from "./csv-tables.ts";
import { EXPORT_MIME } from "./download.ts";
import { exportFileName, isoDate } from "./file-name.ts";
import { writeGexf } from "./gexf.ts";
import { writeGraphml } from "./graphml.ts";
import type { Report } from "./json-report.ts";
import { visualsFromScene } from "./node-visuals.ts";
import { sceneDensity } from "../scene/density.ts";
import { sceneToSvg, svgLayout, type SvgOptions } from "./svg.ts";

/** `gexf` is GEXF 1.3 (Gephi's current schema); `gexf-1.2` is 1.2draft, which networkx reads. */
export type DataExportKind = "gexf" | "gexf-1.2" | "graphml" | "json" | "csv-authors" | "csv-edges";

/** Choices that shape an exported picture. */
export interface ImageSettings {
  /** PNG pixel ratio, 1–4. */
  scale: number;
  background: "white" | "transparent";
  legend: boolean;
  caption: boolean;
}

export const DEFAULT_IMAGE_SETTINGS: ImageSettings = {
  scale: 2,
  background: "white",
  legend: true,
  caption: true,
};

/** What an export is made from: the map as drawn now and the analysis behind it. */
export interface ExportInput {
  /** Name of the loaded data, for file names and the caption. */
  dataset: string;
  date: Date;
  scene: Scene;
  report: Report;
  /** The active filters in words (see describeFilters), for the caption. */
  filters?: string;
  /** The density view is on: the picture is its heat map with the labels. */
  density?: boolean;
}

/** A finished text export. */
export interface TextExport {
  fileName: string;
  type: string;
  content: string;
}

/**
 * The scene to export: a copy of the one on screen with the chosen background and, when it has
 * none, the default caption: what is drawn (authors, links, papers with a drawn author) next to
 * the whole, and the active filters.
 */
export function sceneForExport(input: ExportInput, settings: ImageSettings): Scene {
  const { scene, report } = input;
  const caption =
    scene.caption ??
    defaultCaption(input.dataset, captionCounts(scene, report, input.filters), isoDate(input.date));
  return {
    ...scene,
    background: settings.background === "white" ? "#ffffff" : null,
    caption,
  };
}

/** The SVG document of the current view, and its size (the PNG is drawn from it). */
export function svgExport(
  input: ExportInput,
  settings: ImageSettings,
  svgOptions: Partial<SvgOptions> = {},
): TextExport & { width: number; height: number } {
  const scene = sceneForExport(input, settings);
  const options = {
    ...svgOptions,
    legend: settings.legend,
    caption: settings.caption,
    ...(input.density && { density: sceneDensity(scene) }),
  };
  const { width, height } = svgLayout(scene, options);
  return {
    fileName: exportFileName(input.dataset, input.date, "svg"),
    type: EXPORT_MIME.svg,
    content: sceneToSvg(scene, options),
    width,
    height,
  };
}

/** File name of a PNG export, with its scale when it is not 1×: `…-2x.png`. */
export function pngFileName(input: ExportInput, scale: number): string {
  return exportFileName(input.dataset, input.date, "png", scale === 1 ? undefined : `${scale}x`);
}

/**
 * Restricts the report to what the map shows (the current filters): authors drawn in the scene
 * and the coauthorships drawn between them. Papers and summary are kept whole.
 */
export function reportForScene(report: Report, scene: Scene): Report {
  const shown = new Set(scene.nodes.map((n) => n.id));
  const drawn = new Set<string>();
  const { source, target } = scene.edges;
  for (let j = 0; j < scene.edges.length; j++)
    drawn.add(`${source[j]}\u0000${target[j]}`).add(`${target[j]}\u0000${source[j]}`);
  return {
    ...report,
    authors: report.authors.filter((a) => shown.has(a.id)),
    edges: report.edges.filter((e) => drawn.has(`${e.source}\u0000${e.target}`)),
  };
}

/**
 * A data export. GEXF, GraphML and the CSVs hold what the map shows (with the map's positions,
 * sizes and colours in GEXF and GraphML); JSON is the whole analysis, the CLI's contract.
 */
export function dataExport(kind: DataExportKind, input: ExportInput): TextExport {
  const shown = reportForScene(input.report, input.scene);
  const name = (ext: string, part?: string) => exportFileName(input.dataset, input.date, ext, part);
  switch (kind) {
    case "gexf":
    case "gexf-1.2":
      return {
        // The two versions download under different names, so one does not replace the other.
        fileName: kind === "gexf" ? name("gexf") : name("gexf", "gexf-1-2"),
        type: EXPORT_MIME.gexf,
        content: writeGexf(shown, {
          visuals: visualsFromScene(input.scene),
          date: isoDate(input.date),
          description: `Coauthor network of ${input.dataset}`,
          version: kind === "gexf" ? "1.3" : "1.2draft",
        }),
      };
    case "graphml":
      return {
        fileName: name("graphml"),
        type: EXPORT_MIME.graphml,
        content: writeGraphml(shown, { visuals: visualsFromScene(input.scene) }),
      };
    case "json":
      return {
        fileName: name("json"),
        type: EXPORT_MIME.json,
        content: `${JSON.stringify(input.report, null, 2)}\n`,
      };
    case "csv-authors":
      return {
        fileName: name("csv", "authors"),
        type: EXPORT_MIME.csv,
        content: authorsCsv(shown),
      };
    case "csv-edges":
      return {
        fileName: name("csv", "coauthorships"),
        type: EXPORT_MIME.csv,
        content: edgesCsv(shown),
      };
  }
}
