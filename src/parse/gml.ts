// GML graphs (Newman's netscience, hep-th; networkx, igraph, Gephi exports) → coauthor network.
import type { ParseResult } from "../model/types.ts";
import type { FormatParser, ParseOptions } from "./format-parser.ts";
import { decodeEntities } from "./html-entities.ts";
import { createNetworkBuilder } from "./network-builder.ts";
import { stripBom } from "./text-lines.ts";
import { createWarningLog, type WarningLog } from "./warning-log.ts";

/** A GML value: a number, a string or a list of key–value pairs. */
export type GmlValue = number | string | GmlPair[];

/** One `key value` pair of a GML list, with the line of its key. */
export interface GmlPair {
  key: string;
  value: GmlValue;
  line: number;
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
const isKeyStart = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isKeyChar = (c: number): boolean => isKeyStart(c) || (c >= 48 && c <= 57);

/**
 * Reads GML text into its tree of key–value pairs (G. Himsolt, "GML: A portable Graph File
 * Format"): keys are identifiers, values are numbers, quoted strings (which may span lines; HTML
 * character entities such as `&quot;` decoded) or `[ … ]` lists; `#` starts a comment line.
 * Lenient where writers are sloppy: a bare word value is read as a string. Errors (a stray `]`,
 * a list or string left open, a key without value) are reported to `log` with their line and the
 * reading goes on.
 */
export function readGml(text: string, log: WarningLog): GmlPair[] {
  const s = stripBom(text);
  const n = s.length;
  let i = 0;
  let line = 1;
  const root: GmlPair[] = [];
  const stack: { list: GmlPair[]; line: number }[] = [{ list: root, line: 0 }];
  let pendingKey: { key: string; line: number } | null = null;

  const skipSpace = (): void => {
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 10) {
        line++;
        i++;
      } else if (isSpace(c)) i++;
      else if (c === 35) {
        // `#` comment to end of line
        while (i < n && s.charCodeAt(i) !== 10) i++;
      } else break;
    }
  };
  const push = (value: GmlValue): void => {
    if (pendingKey === null) return;
    stack[stack.length - 1].list.push({ key: pendingKey.key, value, line: pendingKey.line });
    pendingKey = null;
  };
  const word = (): string => {
    const start = i;
    while (i < n && !isSpace(s.charCodeAt(i)) && s[i] !== "[" && s[i] !== "]") i++;
    return s.slice(start, i);
  };

  for (skipSpace(); i < n; skipSpace()) {
    const c = s.charCodeAt(i);
    if (pendingKey === null) {
      if (c === 93) {
        // `]`
        if (stack.length > 1) stack.pop();
        else log.add(line, "GML: `]` without an open list; ignored", "gml-syntax");
        i++;
      } else if (isKeyStart(c)) {
        const start = i;
        while (i < n && isKeyChar(s.charCodeAt(i))) i++;
        pendingKey = { key: s.slice(start, i), line };
      } else {
        const bad = word() || s[i++];
        log.add(line, `GML: expected a key, found "${bad.slice(0, 20)}"; skipped`, "gml-syntax");
      }
      continue;
    }
    if (c === 91) {
      // `[`
      const list: GmlPair[] = [];
      push(list);
      stack.push({ list, line });
      i++;
    } else if (c === 34) {
      // quoted string, may span lines
      const startLine = line;
      const end = s.indexOf('"', i + 1);
      if (end < 0) {
        const eol = s.indexOf("\n", i);
        const stop = eol < 0 ? n : eol;
        log.add(startLine, "GML: string not closed; read to the end of the line", "gml-syntax");
        push(decodeEntities(s.slice(i + 1, stop)));
        i = stop;
      } else {
        const raw = s.slice(i + 1, end);
        for (let j = raw.indexOf("\n"); j !== -1; j = raw.indexOf("\n", j + 1)) line++;
        push(decodeEntities(raw));
        i = end + 1;
      }
    } else if (c === 93) {
      log.add(pendingKey.line, `GML: key "${pendingKey.key}" has no value`, "gml-syntax");
      pendingKey = null;
    } else {
      const token = word();
      const num = Number(token);
      push(token !== "" && Number.isFinite(num) ? num : token);
    }
  }
  if (pendingKey !== null)
    log.add((pendingKey as { line: number }).line, "GML: last key has no value", "gml-syntax");
  for (let k = stack.length - 1; k >= 1; k--)
    log.add(
      stack[k].line,
      "GML: list opened here is not closed before the end of the file",
      "gml-syntax",
    );
  return root;
}

const scalar = (pairs: GmlPair[], key: string): number | string | undefined => {
  for (const p of pairs) if (p.key === key && !Array.isArray(p.value)) return p.value;
  return undefined;
};

/**
 * Parses a GML graph as a coauthor network without papers: nodes are authors (the `label`, read by
 * parseNetworkLabel: `ABRAMSON, G` → `G. Abramson`; no label: the id), edges are coauthor links
 * with the weight of their `weight` or `value` key (1 when neither), isolated nodes kept as
 * authors. Direction is ignored. Throws when the text holds no `graph [ … ]`.
 */
export function parseGml(text: string, options: ParseOptions): ParseResult {
  const { file } = options;
  const log = createWarningLog(file);
  const root = readGml(text, log);
  const graph = root.find((p) => p.key === "graph" && Array.isArray(p.value));
  if (graph === undefined)
    throw new Error(`coauthor-atlas/parse: ${file}: GML without a "graph [ … ]" list`);
  const builder = createNetworkBuilder(log);
  const items = graph.value as GmlPair[];
  for (const item of items) {
    if (item.key === "directed" && item.value === 1)
      log.add(item.line, "directed graph: edge directions are ignored (coauthorship is mutual)");
    if (!Array.isArray(item.value)) continue;
    if (item.key === "node") {
      const id = scalar(item.value, "id");
      if (id === undefined) {
        log.add(item.line, "node without id; skipped", "bad-node");
        continue;
      }
      const label = scalar(item.value, "label") ?? scalar(item.value, "name");
      builder.addNode(String(id), label === undefined ? undefined : String(label), item.line);
    } else if (item.key === "edge") {
      const source = scalar(item.value, "source");
      const target = scalar(item.value, "target");
      if (source === undefined || target === undefined) {
        log.add(item.line, "edge without source or target; skipped", "bad-edge");
        continue;
      }
      const weight = scalar(item.value, "weight") ?? scalar(item.value, "value");
      builder.addEdge(String(source), String(target), weight, item.line);
    }
  }
  return builder.finish(file, "gml");
}

/** Sniffs a `graph [` list near the top of a file that is not XML, JSON or BibTeX. */
function sniffGml(text: string): number {
  const head = stripBom(text).slice(0, 4096).trimStart();
  if (/^[<{@[]/.test(head)) return 0;
  return /(?:^|\s)graph\s*\[/.test(head) ? 0.9 : 0;
}

/** GML in the format registry. */
export const GML_FORMAT: FormatParser = {
  format: "gml",
  sniff: sniffGml,
  parse: (text, options) => parseGml(text, options),
};
