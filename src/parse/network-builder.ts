// Collects nodes and weighted edges of a prebuilt network file into authors + coauthor links.
import type { AuthorName, LinkRecord, NetworkNodeData, ParseResult } from "../model/types.ts";
import { isPlaceholderAuthor } from "./names.ts";
import { parseNetworkLabel } from "./network-label.ts";
import type { WarningLog } from "./warning-log.ts";

/** Builds the `authors` and `links` of a ParseResult for a network file, with warnings. */
export interface NetworkBuilder {
  /**
   * A node: `label` is read by {@link parseNetworkLabel}; a missing label falls back to the id.
   * `data` (weights, position, cluster) is kept for the author; of two nodes read as one author,
   * the first node's data is kept.
   */
  addNode(id: string, label: string | undefined, line: number, data?: NetworkNodeData): void;
  /**
   * An edge between node ids. `weight` undefined means 1; a weight that is not a positive finite
   * number is reported and the edge read with weight 1 (zero and negative weights: skipped).
   */
  addEdge(source: string, target: string, weight: number | string | undefined, line: number): void;
  /** Resolves the edges (nodes may be declared after their edges) and returns the result. */
  finish(file: string, format: string): ParseResult;
}

interface RawEdge {
  source: string;
  target: string;
  weight: number;
  line: number;
}

/**
 * Creates a network builder reporting to `log`. Nodes whose labels read as one name become one
 * author (reported); self-loops and edges to unknown or dropped nodes are skipped (reported);
 * parallel edges between the same two authors are merged with their weights added (reported once,
 * at the first). Isolated nodes are kept as authors.
 */
export function createNetworkBuilder(log: WarningLog): NetworkBuilder {
  const nodes = new Map<string, AuthorName | null>();
  const firstLineOfKey = new Map<string, number>();
  const authors: AuthorName[] = [];
  const edges: RawEdge[] = [];
  const nodeData: Record<string, NetworkNodeData> = {};
  let unlabeled = 0;
  let firstUnlabeledLine = 0;

  return {
    addNode(id, label, line, data) {
      if (nodes.has(id)) {
        log.add(line, `node "${id}" declared twice; the second is ignored`, "duplicate-node");
        return;
      }
      let text = label?.trim() ?? "";
      if (text === "") {
        if (unlabeled++ === 0) firstUnlabeledLine = line;
        text = id;
      }
      const name = parseNetworkLabel(text);
      nodes.set(id, name);
      if (name === null) {
        const why = isPlaceholderAuthor(text) ? `placeholder author "${text}"` : "empty name";
        log.add(line, `node "${id}": ${why} dropped with its edges`, "dropped-node");
        return;
      }
      const first = firstLineOfKey.get(name.key);
      if (first === undefined) {
        firstLineOfKey.set(name.key, line);
        authors.push(name);
        if (data !== undefined && Object.keys(data).length > 0) nodeData[name.key] = data;
      } else
        log.add(
          line,
          `node "${id}" (${name.name}) has the same name as the node at line ${first}; read as one author`,
          "same-name",
        );
    },

    addEdge(source, target, weight, line) {
      let w = 1;
      if (weight !== undefined && weight !== "") {
        w = typeof weight === "number" ? weight : Number(weight);
        if (!Number.isFinite(w)) {
          log.add(
            line,
            `edge ${source}–${target}: weight "${weight}" is not a number; read as 1`,
            "bad-weight",
          );
          w = 1;
        } else if (w <= 0) {
          log.add(
            line,
            `edge ${source}–${target}: weight ${w} is not positive; edge skipped`,
            "bad-weight",
          );
          return;
        }
      }
      edges.push({ source, target, weight: w, line });
    },

    finish(file, format) {
      if (unlabeled > 0)
        log.add(
          firstUnlabeledLine,
          `${unlabeled} node${unlabeled > 1 ? "s have" : " has"} no label; the node id is used as the name`,
        );
      const links = new Map<string, LinkRecord>();
      let parallel = 0;
      let firstParallelLine = 0;
      for (const e of edges) {
        const a = nodes.get(e.source);
        const b = nodes.get(e.target);
        if (a === undefined || b === undefined) {
          const missing = a === undefined ? e.source : e.target;
          log.add(e.line, `edge refers to unknown node "${missing}"; skipped`, "unknown-node");
          continue;
        }
        if (a === null || b === null) continue; // reported with the node
        if (a.key === b.key) {
          if (e.source === e.target)
            log.add(e.line, `self-loop on node "${e.source}" skipped`, "self-loop");
          continue; // two nodes read as one author: reported with the node
        }
        const pair = a.key < b.key ? `${a.key}\u0000${b.key}` : `${b.key}\u0000${a.key}`;
        const existing = links.get(pair);
        if (existing) {
          existing.weight += e.weight;
          if (parallel++ === 0) firstParallelLine = e.line;
        } else links.set(pair, { source: a, target: b, weight: e.weight, line: e.line });
      }
      if (parallel > 0)
        log.add(
          firstParallelLine,
          `${parallel} parallel edge${parallel > 1 ? "s" : ""} between the same authors merged (weights added)`,
        );
      const result: ParseResult = {
        file,
        format,
        papers: [],
        authors,
        links: [...links.values()],
        warnings: log.finish(),
      };
      if (Object.keys(nodeData).length > 0) result.nodeData = nodeData;
      return result;
    },
  };
}
