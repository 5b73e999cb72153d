// GraphML graphs (Gephi, networkx, igraph, yEd) → coauthor network: nodes by label, weighted edges.
import type { ParseResult } from "../model/types.ts";
import type { FormatParser, ParseOptions } from "./format-parser.ts";
import { createNetworkBuilder } from "./network-builder.ts";
import { createWarningLog } from "./warning-log.ts";
import type { StreamParser } from "./stream-parser.ts";
import { createXmlReader } from "./xml-reader.ts";

/** `attr.name`s that hold a node's name or an edge's weight. */
const LABEL_NAMES = new Set(["label", "name", "author"]);
const WEIGHT_NAMES = new Set(["weight", "value"]);

interface KeyDef {
  for: string;
  name: string;
  default?: string;
}

interface OpenElement {
  kind: "node" | "edge";
  attributes: Record<string, string>;
  data: Map<string, string>;
  line: number;
}

/**
 * Parses GraphML as a coauthor network without papers. Nodes are authors named by the `<data>` of
 * the node key whose `attr.name` is label/name/author (else the text of a yEd `<NodeLabel>`, else
 * the id), read by parseNetworkLabel; edges are links weighted by the edge key named weight/value
 * (its `<default>` when the edge has none; else 1). Directed graphs are read as undirected
 * (reported); hyperedges and nested graphs' structure are not read. Written with saxes instead of
 * graphology-graphml for the reasons given in gexf.ts.
 */
export function parseGraphml(text: string, options: ParseOptions): ParseResult {
  const stream = createGraphmlStream(options);
  stream.push(text);
  return stream.end();
}

/** The GraphML parser fed in pieces ({@link parseGraphml} is this with one piece). */
export function createGraphmlStream(options: ParseOptions): StreamParser {
  const { file } = options;
  const log = createWarningLog(file);
  const builder = createNetworkBuilder(log);
  const keys = new Map<string, KeyDef>();
  let key: (KeyDef & { id: string }) | null = null;
  let open: OpenElement | null = null;
  /** The `<data>` or `<default>` or yEd `<NodeLabel>` whose text is being read. */
  let capture: { target: "data" | "default" | "nodelabel"; key: string; text: string } | null =
    null;
  let nodeLabel: string | undefined;
  let sawGraphml = false;

  const pick = (el: OpenElement, names: Set<string>): string | undefined => {
    for (const [id, def] of keys) {
      if (def.for !== el.kind && def.for !== "all") continue;
      if (!names.has(def.name.toLowerCase())) continue;
      return el.data.get(id) ?? def.default;
    }
    return undefined;
  };

  const reader = createXmlReader(
    {
      open(name, attributes, line) {
        switch (name) {
          case "graphml":
            sawGraphml = true;
            break;
          case "key":
            key = {
              id: attributes.id ?? "",
              for: attributes.for ?? "all",
              name: attributes["attr.name"] ?? attributes.id ?? "",
            };
            keys.set(key.id, key);
            break;
          case "default":
            if (key !== null) capture = { target: "default", key: key.id, text: "" };
            break;
          case "graph":
            if (attributes.edgedefault === "directed")
              log.add(line, "directed graph: edge directions are ignored (coauthorship is mutual)");
            break;
          case "node":
          case "edge":
            if (open !== null) finish(open);
            open = { kind: name, attributes, data: new Map(), line };
            nodeLabel = undefined;
            break;
          case "data":
            if (open !== null) capture = { target: "data", key: attributes.key ?? "", text: "" };
            break;
          case "NodeLabel":
            if (open !== null && nodeLabel === undefined)
              capture = { target: "nodelabel", key: "", text: "" };
            break;
          default:
        }
      },
      text(t) {
        if (capture !== null) capture.text += t;
      },
      close(name) {
        if (capture !== null && (name === "data" || name === "default" || name === "NodeLabel")) {
          const value = capture.text.trim();
          if (capture.target === "default") {
            const def = keys.get(capture.key);
            if (def) def.default = value;
          } else if (capture.target === "nodelabel") nodeLabel = value;
          else if (open !== null && name === "data") open.data.set(capture.key, value);
          if (name !== "data" || capture.target === "data") capture = null;
        }
        if (name === "key") key = null;
        if ((name === "node" || name === "edge") && open !== null) {
          finish(open);
          open = null;
        }
      },
    },
    log,
  );

  function finish(el: OpenElement): void {
    const a = el.attributes;
    if (el.kind === "node") {
      if (a.id === undefined) log.add(el.line, "node without id; skipped", "bad-node");
      else builder.addNode(a.id, pick(el, LABEL_NAMES) ?? nodeLabel, el.line);
    } else if (a.source === undefined || a.target === undefined)
      log.add(el.line, "edge without source or target; skipped", "bad-edge");
    else builder.addEdge(a.source, a.target, pick(el, WEIGHT_NAMES), el.line);
  }

  return {
    push: (chunk) => reader.write(chunk),
    end() {
      reader.close();
      if (!sawGraphml) throw new Error(`coauthor-atlas/parse: ${file}: no <graphml> element`);
      return builder.finish(file, "graphml");
    },
  };
}

/** Sniffs a `<graphml` root element in the first 64 KB (it may follow a long comment). */
function sniffGraphml(text: string): number {
  // The root may follow a long comment or DOCTYPE: the whole head is searched.
  return /<graphml[\s>]/.test(text.slice(0, 65536)) ? 1 : 0;
}

/** GraphML in the format registry. */
export const GRAPHML_FORMAT: FormatParser = {
  format: "graphml",
  sniff: sniffGraphml,
  parse: (text, options) => parseGraphml(text, options),
  stream: (options) => createGraphmlStream(options),
};
