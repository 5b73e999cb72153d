// GEXF writer: authors with every metric as typed attributes and viz data (position, size, colour) for Gephi.
import { AUTHOR_METRIC_FIELDS } from "./author-fields.ts";
import { LIST_SEPARATOR } from "./csv-tables.ts";
import { joinChunks } from "./chunk-sink.ts";
import { paperTitleLookup, type ReportSource } from "./json-report.ts";
import { edgeVisualOf, type GraphVisuals, type Rgba } from "./node-visuals.ts";
import { escapeXml as x, formatNumber } from "./xml-escape.ts";

export type GexfVersion = "1.3" | "1.2draft";

export interface GexfOptions {
  /**
   * "1.3" is the current Gephi schema; "1.2draft" is what networkx ≤ 3.5 can read (its reader
   * looks for the 1.1draft/1.2draft namespaces only). Gephi and graphology-gexf read both.
   */
  version: GexfVersion;
  /** Positions, sizes and colours as drawn; null writes no viz elements. */
  visuals: GraphVisuals | null;
  /**
   * Negate y: the map is drawn y-down, Gephi draws y-up, so flipping makes Gephi show the same
   * picture rather than its mirror image.
   */
  flipY: boolean;
  creator: string;
  description: string | null;
  /** `YYYY-MM-DD` for `lastmodifieddate`; null leaves it out so the output depends on the input only. */
  date: string | null;
}

export const DEFAULT_GEXF_OPTIONS: GexfOptions = {
  version: "1.2draft",
  visuals: null,
  flipY: true,
  creator: "Coauthor Atlas",
  description: null,
  date: null,
};

const NAMESPACES: Record<GexfVersion, { gexf: string; viz: string; schema: string }> = {
  "1.3": {
    gexf: "http://gexf.net/1.3",
    viz: "http://gexf.net/1.3/viz",
    schema: "http://gexf.net/1.3/gexf.xsd",
  },
  "1.2draft": {
    gexf: "http://www.gexf.net/1.2draft",
    viz: "http://www.gexf.net/1.2draft/viz",
    schema: "http://www.gexf.net/1.2draft/gexf.xsd",
  },
};

/** Edge attributes besides the native `weight`. */
export const GEXF_EDGE_ATTRIBUTES = ["paper_ids", "paper_titles"] as const;

function colorElement({ r, g, b, a }: Rgba): string {
  const alpha = a < 1 ? ` a="${formatNumber(a, 3)}"` : "";
  return `<viz:color r="${r}" g="${g}" b="${b}"${alpha}/>`;
}

function attvalue(key: string, value: number | string): string | null {
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  return `<attvalue for="${x(key)}" value="${x(String(value))}"/>`;
}

/**
 * Writes the coauthor network as GEXF: one node per author (label = name, every metric as a
 * declared attribute), one undirected edge per coauthorship (native `weight`, shared paper ids and
 * titles joined with "; "), and `viz:` position/size/colour/thickness when visuals are given.
 */
export function writeGexf(report: ReportSource, options: Partial<GexfOptions> = {}): string {
  return joinChunks(gexfChunks(report, options));
}

/** {@link writeGexf} line by line (each piece ends with "\n"), for `pumpChunks` (chunk-sink.ts). */
export function* gexfChunks(
  report: ReportSource,
  options: Partial<GexfOptions> = {},
): Generator<string> {
  const o: GexfOptions = { ...DEFAULT_GEXF_OPTIONS, ...options };
  const ns = NAMESPACES[o.version];
  if (!ns) throw new Error(`coauthor-atlas/export: unknown GEXF version "${o.version}"`);
  const title = paperTitleLookup(report);
  const push = (indent: number, line: string) => `${"  ".repeat(indent)}${line}\n`;

  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield (
    `<gexf xmlns="${ns.gexf}" xmlns:viz="${ns.viz}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
    `xsi:schemaLocation="${ns.gexf} ${ns.schema}" version="${o.version === "1.3" ? "1.3" : "1.2"}">\n`
  );
  yield push(1, o.date ? `<meta lastmodifieddate="${x(o.date)}">` : "<meta>");
  yield push(2, `<creator>${x(o.creator)}</creator>`);
  if (o.description) yield push(2, `<description>${x(o.description)}</description>`);
  yield push(1, "</meta>");
  yield push(1, '<graph mode="static" defaultedgetype="undirected">');

  yield push(2, '<attributes class="node" mode="static">');
  for (const f of AUTHOR_METRIC_FIELDS)
    yield push(3, `<attribute id="${f.key}" title="${f.key}" type="${f.type}"/>`);
  yield push(2, "</attributes>");
  yield push(2, '<attributes class="edge" mode="static">');
  for (const key of GEXF_EDGE_ATTRIBUTES)
    yield push(3, `<attribute id="${key}" title="${key}" type="string"/>`);
  yield push(2, "</attributes>");

  yield push(2, "<nodes>");
  for (const a of report.authors) {
    yield push(3, `<node id="${x(a.id)}" label="${x(a.name)}">`);
    yield push(4, "<attvalues>");
    for (const f of AUTHOR_METRIC_FIELDS) {
      const line = attvalue(f.key, a[f.key]);
      if (line) yield push(5, line);
    }
    yield push(4, "</attvalues>");
    const v = o.visuals?.nodes.get(a.id);
    if (v) {
      yield push(4, colorElement(v.color));
      const y = o.flipY ? -v.y : v.y;
      yield push(4, `<viz:position x="${formatNumber(v.x)}" y="${formatNumber(y)}" z="0"/>`);
      yield push(4, `<viz:size value="${formatNumber(v.size)}"/>`);
    }
    yield push(3, "</node>");
  }
  yield push(2, "</nodes>");

  yield push(2, "<edges>");
  let i = 0;
  for (const e of report.edges) {
    yield push(
      3,
      `<edge id="${i++}" source="${x(e.source)}" target="${x(e.target)}" weight="${e.weight}">`,
    );
    yield push(4, "<attvalues>");
    yield push(5, attvalue("paper_ids", e.papers.join(LIST_SEPARATOR)) as string);
    const paperTitles = e.papers.map((id) => title(id) ?? "").join(LIST_SEPARATOR);
    yield push(5, attvalue("paper_titles", paperTitles) as string);
    yield push(4, "</attvalues>");
    const v = o.visuals ? edgeVisualOf(o.visuals, e.source, e.target) : undefined;
    if (v) {
      yield push(4, colorElement(v.color));
      yield push(4, `<viz:thickness value="${formatNumber(v.thickness)}"/>`);
    }
    yield push(3, "</edge>");
  }
  yield push(2, "</edges>");
  yield push(1, "</graph>");
  yield "</gexf>\n";
}
