// GraphML writer: authors with every metric, coauthorships with weight and shared papers, keys declared with types.
import { AUTHOR_METRIC_FIELDS } from "./author-fields.ts";
import { LIST_SEPARATOR } from "./csv-tables.ts";
import { joinChunks } from "./chunk-sink.ts";
import { paperTitleLookup, type ReportSource } from "./json-report.ts";
import type { GraphVisuals } from "./node-visuals.ts";
import { escapeXml as x, formatNumber } from "./xml-escape.ts";

export interface GraphmlOptions {
  /** Positions, sizes and colours as drawn (`x`, `y`, `size`, `r`, `g`, `b` keys, as Gephi reads them); null writes none. */
  visuals: GraphVisuals | null;
  /** Negate y, as for GEXF: Gephi draws y-up. */
  flipY: boolean;
}

export const DEFAULT_GRAPHML_OPTIONS: GraphmlOptions = { visuals: null, flipY: true };

type GraphmlType = "int" | "double" | "string";

interface KeySpec {
  id: string;
  for: "node" | "edge";
  type: GraphmlType;
}

/** Every key the writer may declare; key id = attribute name (ids are unique across node and edge keys). */
export function graphmlKeys(withVisuals: boolean): KeySpec[] {
  const keys: KeySpec[] = [{ id: "label", for: "node", type: "string" }];
  for (const f of AUTHOR_METRIC_FIELDS)
    keys.push({ id: f.key, for: "node", type: f.type === "integer" ? "int" : "double" });
  if (withVisuals)
    for (const [id, type] of [
      ["x", "double"],
      ["y", "double"],
      ["size", "double"],
      ["r", "int"],
      ["g", "int"],
      ["b", "int"],
    ] as const)
      keys.push({ id, for: "node", type });
  keys.push({ id: "weight", for: "edge", type: "double" });
  keys.push({ id: "paper_ids", for: "edge", type: "string" });
  keys.push({ id: "paper_titles", for: "edge", type: "string" });
  return keys;
}

function data(key: string, value: number | string): string {
  if (typeof value === "number" && !Number.isFinite(value)) return "";
  return `<data key="${key}">${x(String(value))}</data>`;
}

/**
 * Writes the coauthor network as GraphML (undirected): node `label` = name plus every metric,
 * edges with `weight`, `paper_ids` and `paper_titles` ("; "-joined), and node positions and
 * colours when visuals are given.
 */
export function writeGraphml(report: ReportSource, options: Partial<GraphmlOptions> = {}): string {
  return joinChunks(graphmlChunks(report, options));
}

/** {@link writeGraphml} line by line (each piece ends with "\n"), for `pumpChunks` (chunk-sink.ts). */
export function* graphmlChunks(
  report: ReportSource,
  options: Partial<GraphmlOptions> = {},
): Generator<string> {
  const o: GraphmlOptions = { ...DEFAULT_GRAPHML_OPTIONS, ...options };
  const title = paperTitleLookup(report);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield (
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
  );
  for (const k of graphmlKeys(o.visuals !== null))
    yield `  <key id="${k.id}" for="${k.for}" attr.name="${k.id}" attr.type="${k.type}"/>\n`;
  yield '  <graph id="coauthors" edgedefault="undirected">\n';
  for (const a of report.authors) {
    const cells = [
      data("label", a.name),
      ...AUTHOR_METRIC_FIELDS.map((f) => data(f.key, a[f.key])),
    ];
    const v = o.visuals?.nodes.get(a.id);
    if (v)
      cells.push(
        data("x", Number(formatNumber(v.x))),
        data("y", Number(formatNumber(o.flipY ? -v.y : v.y))),
        data("size", Number(formatNumber(v.size))),
        data("r", v.color.r),
        data("g", v.color.g),
        data("b", v.color.b),
      );
    yield `    <node id="${x(a.id)}">${cells.join("")}</node>\n`;
  }
  let i = 0;
  for (const e of report.edges) {
    const cells = [
      data("weight", e.weight),
      data("paper_ids", e.papers.join(LIST_SEPARATOR)),
      data("paper_titles", e.papers.map((id) => title(id) ?? "").join(LIST_SEPARATOR)),
    ];
    yield `    <edge id="e${i++}" source="${x(e.source)}" target="${x(e.target)}">${cells.join("")}</edge>\n`;
  }
  yield "  </graph>\n</graphml>\n";
}
