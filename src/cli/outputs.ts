// Output formats of `analyze`: each turns the analysis into the bytes or text to write.
import { writeFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Analysis } from "../analysis/analyze.ts";
import { defaultCaption } from "../export/caption.ts";
import { authorsCsv, edgesCsv } from "../export/csv-tables.ts";
import { pumpChunks } from "../export/chunk-sink.ts";
import { gexfChunks, writeGexf } from "../export/gexf.ts";
import { graphmlChunks, writeGraphml } from "../export/graphml.ts";
import { buildHeadlessScene } from "../export/headless-scene.ts";
import { buildReport, type Report } from "../export/json-report.ts";
import { visualsFromScene } from "../export/node-visuals.ts";
import { createResvgTextMeasure, renderPng } from "../export/png-resvg.ts";
import { DEFAULT_SVG_OPTIONS, sceneToSvg } from "../export/svg.ts";
import { coloringFor } from "../scene/author-color-values.ts";
import { fileLayoutStart } from "../graph/network-nodes.ts";
import { positionsById, startingPositions } from "../layout/index.ts";
import { sceneDensity } from "../scene/density.ts";
import { SCENE_STYLE } from "../scene/style.ts";
import { periodsFor, timelineIndex, yearContextOf } from "../graph/timeline.ts";
import { periodScenes } from "../scene/period-scenes.ts";
import { smallMultiplesSvg } from "../export/small-multiples.ts";
import { smallMultiplesCaption } from "../export/small-multiples-caption.ts";
import type { Scene } from "../scene/scene.ts";
import type { AnalyzeOptions } from "./args.ts";
import type { OutputSink } from "./output-sink.ts";
import { formatTable } from "./table.ts";

/** PNG pixel ratio of `--format png` (the explorer offers 1×, 2× and 4×). */
export const CLI_PNG_SCALE = 2;

/** The bundled DejaVu Sans first, so a browser showing the SVG uses the font the PNG was drawn with. */
const CLI_FONT_FAMILY = `"DejaVu Sans", ${SCENE_STYLE.fontFamily}`;

/** The name of the data in captions: the first file's name, and how many more. */
export function datasetName(files: readonly string[]): string {
  const first = basename(files[0] ?? "data");
  return files.length > 1 ? `${first} and ${files.length - 1} more` : first;
}

/** Where `--format csv --out x.csv` writes the coauthorship table: `x-coauthorships.csv`. */
export function edgesCsvPath(out: string): string {
  return out.replace(/(\.csv)?$/i, "-coauthorships.csv");
}

function mapScene(options: AnalyzeOptions, analysis: Analysis, report: Report): Scene {
  const { corpus, graph, metrics } = analysis;
  const measureText = createResvgTextMeasure();
  // A network file's own positions (VOSviewer x/y): the layout's start, or the map itself.
  const ids = graph.nodes();
  const file = fileLayoutStart(corpus, ids, options.fileLayout);
  return buildHeadlessScene(graph, metrics.authors, {
    ...(file && { layout: { initial: file.initial } }),
    ...(file?.keep && {
      positions: positionsById(ids, startingPositions(ids.length, file.initial)),
    }),
    sizeMetric: options.metric,
    caption: defaultCaption(datasetName(options.files), report.summary),
    measureText,
    coloring: coloringFor(options.color, analysis.corpus) ?? undefined,
  });
}

function mapSvg(scene: Scene, density = false): string {
  const measure = createResvgTextMeasure();
  return sceneToSvg(scene, {
    ...(density && { density: sceneDensity(scene) }),
    fontFamily: CLI_FONT_FAMILY,
    measureText: (text, fontSize) => measure(text, `400 ${fontSize}px sans-serif`),
    title: DEFAULT_SVG_OPTIONS.title,
  });
}

/**
 * `--small-multiples N` / `--periods`: one layout of the whole network (the map the svg would
 * be), then a panel per period in its frame.
 */
function smallMultiplesOutput(options: AnalyzeOptions, analysis: Analysis, report: Report): string {
  const { corpus, graph, metrics } = analysis;
  const base = mapScene(options, analysis, report);
  const index = timelineIndex(graph, corpus.papers);
  const periods = periodsFor(options.periods ?? { count: 1 }, index.years);
  if (periods.length === 0)
    throw new Error("no paper has a year: --small-multiples needs dated papers");
  const positions: Record<string, { x: number; y: number }> = {};
  for (const n of base.nodes) positions[n.id] = { x: n.x, y: n.y };
  const measure = createResvgTextMeasure();
  const panels = periodScenes(
    {
      graph,
      metrics: metrics.authors,
      positions,
      sizeMetric: options.metric,
      frame: { width: base.width, height: base.height, transform: base.transform },
      context: yearContextOf(corpus.papers),
      index,
    },
    periods,
    {
      fontSize: base.fontSize,
      measureText: measure,
      coloring: coloringFor(options.color, corpus) ?? undefined,
    },
  );
  return smallMultiplesSvg(panels, {
    title: `Coauthor map of ${datasetName(options.files)} by period`,
    caption: smallMultiplesCaption(datasetName(options.files), periods),
    fontFamily: CLI_FONT_FAMILY,
    measureText: (text, fontSize) => measure(text, `400 ${fontSize}px sans-serif`),
  });
}

/**
 * Renders the analysis in the requested format. For `csv` the authors table is the output; with
 * `--out` the coauthorships table is also written next to it ({@link edgesCsvPath}).
 */
export async function renderOutput(
  options: AnalyzeOptions,
  analysis: Analysis,
): Promise<string | Uint8Array> {
  const { corpus, graph, metrics } = analysis;
  const report = buildReport(corpus, graph, metrics);
  switch (options.format) {
    case "table": {
      const s = report.summary;
      const n = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
      const head = `${[
        n(s.papers, "paper"),
        n(s.authors, "author"),
        n(s.coauthorships, "coauthorship"),
        n(s.components, "component"),
      ].join(", ")}\n\n`;
      return `${head}${formatTable(report.authors, options.metric, options.top)}\n`;
    }
    case "json":
      return `${JSON.stringify(report, null, 2)}\n`;
    case "csv":
      if (options.out) await writeFile(edgesCsvPath(options.out), edgesCsv(report));
      return authorsCsv(report);
    case "gexf":
      return writeGexf(report, {
        visuals: visualsFromScene(mapScene(options, analysis, report)),
        version: options.gexfVersion === "1.3" ? "1.3" : "1.2draft",
      });
    case "graphml":
      return writeGraphml(report, {
        visuals: visualsFromScene(mapScene(options, analysis, report)),
      });
    case "svg":
      if (options.periods) return smallMultiplesOutput(options, analysis, report);
      return mapSvg(mapScene(options, analysis, report), options.density);
    case "png":
      return renderPng(mapSvg(mapScene(options, analysis, report), options.density), {
        scale: CLI_PNG_SCALE,
      });
    case "pdf": {
      const scene = mapScene(options, analysis, report);
      // pdfkit (its fonts and Unicode tables) loads only for a PDF: ~0.3 s of every start otherwise.
      const { svgToPdf } = await import("../export/pdf-node.ts");
      return svgToPdf(mapSvg(scene, options.density), {
        widthMm: options.pageSize.width,
        heightMm: options.pageSize.height,
        title: `Coauthor map of ${datasetName(options.files)}`,
        ...(scene.caption && { subject: scene.caption }),
      });
    }
    default:
      throw new Error(`--format ${options.format} is not available`);
  }
}

/**
 * Writes the map formats (gexf, graphml: streamed line by line; svg, png: whole, being pictures)
 * of an analysis to `sink`.
 */
export async function writeMapOutput(
  options: AnalyzeOptions,
  analysis: Analysis,
  sink: OutputSink,
): Promise<void> {
  const report = buildReport(analysis.corpus, analysis.graph, analysis.metrics);
  const write = (chunk: string) => sink.write(chunk);
  switch (options.format) {
    case "gexf":
      await pumpChunks(
        gexfChunks(report, {
          visuals: visualsFromScene(mapScene(options, analysis, report)),
          version: options.gexfVersion === "1.3" ? "1.3" : "1.2draft",
        }),
        write,
      );
      return;
    case "graphml":
      await pumpChunks(
        graphmlChunks(report, { visuals: visualsFromScene(mapScene(options, analysis, report)) }),
        write,
      );
      return;
    case "svg":
    case "png":
    case "pdf":
      await sink.write(await renderOutput(options, analysis));
      return;
    default:
      throw new Error(`--format ${options.format} is not a map format`);
  }
}
