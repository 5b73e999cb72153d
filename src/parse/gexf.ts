// GEXF graphs (Gephi) → coauthor network: nodes by label, edges with weight, no DOM needed.
import type { ParseResult } from "../model/types.ts";
import type { FormatParser, ParseOptions } from "./format-parser.ts";
import { createNetworkBuilder } from "./network-builder.ts";
import { createWarningLog } from "./warning-log.ts";
import type { StreamParser } from "./stream-parser.ts";
import { createXmlReader } from "./xml-reader.ts";

/** Attribute titles that hold a node's name or an edge's weight when the XML attribute is absent. */
const LABEL_TITLES = new Set(["label", "name", "author"]);
const WEIGHT_TITLES = new Set(["weight", "value"]);

interface OpenElement {
  kind: "node" | "edge";
  attributes: Record<string, string>;
  values: Map<string, string>;
  line: number;
}

/**
 * Parses GEXF (1.1–1.3) as a coauthor network without papers. Nodes are authors named by their
 * `label` (else an attvalue whose attribute is titled label/name/author, else the id), read by
 * parseNetworkLabel; edges are links with their `weight` (else a weight/value attvalue, else 1).
 * Directed graphs are read as undirected (reported). Written with saxes instead of
 * graphology-gexf, whose parser needs a DOMParser that Web Workers lack and builds a graphology
 * graph the parse layer must not depend on.
 */
export function parseGexf(text: string, options: ParseOptions): ParseResult {
  const stream = createGexfStream(options);
  stream.push(text);
  return stream.end();
}

/** The GEXF parser fed in pieces ({@link parseGexf} is this with one piece). */
export function createGexfStream(options: ParseOptions): StreamParser {
  const { file } = options;
  const log = createWarningLog(file);
  const builder = createNetworkBuilder(log);
  /** Attribute id → title, per class (`node`, `edge`). */
  const titles = { node: new Map<string, string>(), edge: new Map<string, string>() };
  let attributeClass: "node" | "edge" | null = null;
  let open: OpenElement | null = null;
  let sawGexf = false;

  const valueByTitle = (el: OpenElement, wanted: Set<string>): string | undefined => {
    for (const [id, value] of el.values) {
      const title = titles[el.kind].get(id);
      if (title !== undefined && wanted.has(title.toLowerCase())) return value;
    }
    return undefined;
  };

  const reader = createXmlReader(
    {
      open(name, attributes, line) {
        switch (name) {
          case "gexf":
            sawGexf = true;
            break;
          case "graph":
            if (attributes.defaultedgetype === "directed")
              log.add(line, "directed graph: edge directions are ignored (coauthorship is mutual)");
            break;
          case "attributes":
            attributeClass =
              attributes.class === "node" || attributes.class === "edge" ? attributes.class : null;
            break;
          case "attribute":
            if (attributeClass !== null && attributes.id !== undefined)
              titles[attributeClass].set(attributes.id, attributes.title ?? attributes.id);
            break;
          case "node":
          case "edge":
            if (open !== null) finishElement(open); // nested node (hierarchy): close the parent first
            open = { kind: name, attributes, values: new Map(), line };
            break;
          case "attvalue": {
            const key = attributes.for ?? attributes.id;
            if (open !== null && key !== undefined && attributes.value !== undefined)
              open.values.set(key, attributes.value);
            break;
          }
          default:
        }
      },
      text() {},
      close(name) {
        if ((name === "node" || name === "edge") && open !== null) {
          finishElement(open);
          open = null;
        }
      },
    },
    log,
  );

  function finishElement(el: OpenElement): void {
    const a = el.attributes;
    if (el.kind === "node") {
      if (a.id === undefined) log.add(el.line, "node without id; skipped", "bad-node");
      else builder.addNode(a.id, a.label ?? valueByTitle(el, LABEL_TITLES), el.line);
    } else if (a.source === undefined || a.target === undefined)
      log.add(el.line, "edge without source or target; skipped", "bad-edge");
    else builder.addEdge(a.source, a.target, a.weight ?? valueByTitle(el, WEIGHT_TITLES), el.line);
  }

  return {
    push: (chunk) => reader.write(chunk),
    end() {
      reader.close();
      if (!sawGexf) throw new Error(`coauthor-atlas/parse: ${file}: no <gexf> element`);
      return builder.finish(file, "gexf");
    },
  };
}

/** Sniffs a `<gexf` root element in the first 4 KB. */
function sniffGexf(text: string): number {
  return /<gexf[\s>]/.test(text.slice(0, 4096)) ? 1 : 0;
}

/** GEXF in the format registry. */
export const GEXF_FORMAT: FormatParser = {
  format: "gexf",
  sniff: sniffGexf,
  parse: (text, options) => parseGexf(text, options),
  stream: (options) => createGexfStream(options),
};
