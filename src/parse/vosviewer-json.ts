// VOSviewer JSON: author networks (items + links) and files whose items are papers (title, authors).
import type { AuthorName, NetworkNodeData, PaperRecord, ParseResult } from "../model/types.ts";
import type { FormatParser, ParseOptions } from "./format-parser.ts";
import { scanJsonArrays, type JsonSpan } from "./json-arrays.ts";
import { fixNameCase } from "./name-case.ts";
import { decodeLatexMarkup } from "./latex.ts";
import { isPlaceholderAuthor, parseName, splitTopLevel } from "./names.ts";
import { createNetworkBuilder } from "./network-builder.ts";
import { LineIndex, stripBom } from "./text-lines.ts";
import { createWarningLog, type WarningLog } from "./warning-log.ts";

type Item = Record<string, unknown>;

interface ParsedElement {
  value: Item;
  line: number;
  /** 1-based position in its array (files written on one line give every element line 1). */
  index: number;
}

/** Item kinds, as named in `config.terminology.item`, that are people. */
const PERSON_TERMS = /author|researcher|person|people|scientist|investigator/i;

const DOI_IN_URL = /doi\.org\/(10\.[^\s?#]+)/i;

function parseElements(
  text: string,
  spans: JsonSpan[] | undefined,
  lines: LineIndex,
  what: string,
  log: WarningLog,
): ParsedElement[] {
  const out: ParsedElement[] = [];
  for (const [k, span] of (spans ?? []).entries()) {
    const raw = text.slice(span.start, span.end).trim();
    if (raw === "") continue;
    const line = lines.lineAt(span.start);
    const where = `${what} ${k + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      log.add(
        line,
        `${where} is not valid JSON (${(error as Error).message}); skipped`,
        "bad-json",
      );
      continue;
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      log.add(line, `${where} is not an object; skipped`, "bad-json");
      continue;
    }
    out.push({ value: value as Item, line, index: k + 1 });
  }
  return out;
}

const str = (v: unknown): string | undefined =>
  typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined;

/** The authors of a paper item: a `"A, B, C"` string (`;` separates when present) or a list. */
function authorStrings(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(str).filter((s): s is string => s !== undefined);
  const s = str(v) ?? "";
  const parts = s.includes(";") ? s.split(";") : splitTopLevel(s, ",");
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

function yearOf(item: Item): number | undefined {
  const scores = item.scores as Record<string, unknown> | undefined;
  for (const c of [item.year, scores?.["Pub. year"]]) {
    const m = /^\s*(\d{4})\b/.exec(str(c) ?? "");
    if (m) return Number(m[1]);
  }
  return undefined;
}

const finite = (v: unknown): number | undefined =>
  typeof v === "number" && Number.isFinite(v) ? v : undefined;

/** An author item's `weights` (finite numbers only), `x`, `y` and `cluster`, when present. */
function nodeDataOf(item: Item): NetworkNodeData {
  const data: NetworkNodeData = {};
  const w = item.weights;
  if (w !== null && typeof w === "object" && !Array.isArray(w)) {
    const weights: Record<string, number> = {};
    for (const [label, value] of Object.entries(w as Record<string, unknown>)) {
      const v = finite(value);
      if (v !== undefined) weights[label] = v;
    }
    if (Object.keys(weights).length > 0) data.weights = weights;
  }
  const x = finite(item.x);
  const y = finite(item.y);
  if (x !== undefined && y !== undefined) {
    data.x = x;
    data.y = y;
  }
  const cluster = finite(item.cluster);
  if (cluster !== undefined) data.cluster = cluster;
  return data;
}

function readPapers(items: ParsedElement[], log: WarningLog): PaperRecord[] {
  const papers: PaperRecord[] = [];
  // Names repeat across papers: read each spelling once.
  const seen = new Map<string, AuthorName | null>();
  const readName = (raw: string): AuthorName | null => {
    let name = seen.get(raw);
    if (name === undefined) {
      const parsed = parseName(raw);
      name = parsed === null ? null : { name: fixNameCase(parsed.name), key: parsed.key };
      seen.set(raw, name);
    }
    return name === null ? null : { ...name };
  };
  for (const { value: item, line, index } of items) {
    const title = decodeLatexMarkup(
      (str(item.title) ?? str(item.label) ?? "").replace(/\s+/g, " ").trim(),
    );
    const authors: AuthorName[] = [];
    for (const raw of authorStrings(item.authors)) {
      const name = readName(raw);
      if (name !== null) authors.push(name);
      else if (isPlaceholderAuthor(raw))
        log.add(line, `item ${index}: placeholder author "${raw}" dropped`, "placeholder author");
    }
    if (authors.length === 0)
      log.add(
        line,
        `item ${index} ("${title}") has no authors; kept as a paper with no authors`,
        "no authors",
      );
    if (title === "") log.add(line, `item ${index} has no title`, "no title");
    const paper: PaperRecord = { title, authors, line };
    const year = yearOf(item);
    if (year !== undefined) paper.year = year;
    const venue = str(item.venue) ?? str(item.journal);
    if (venue) paper.venue = venue;
    const doi = str(item.doi) ?? DOI_IN_URL.exec(str(item.url) ?? str(item.uri) ?? "")?.[1];
    if (doi) paper.doi = doi;
    const abstract = str(item.abstract);
    if (abstract) paper.abstract = decodeLatexMarkup(abstract);
    papers.push(paper);
  }
  return papers;
}

/**
 * Parses a VOSviewer JSON file (`{"network": {"items": […], "links": […]}}`). Two kinds:
 *
 * - Items that are papers (most items carry an `authors` string, as in Zeta Alpha's maps):
 *   each item is a paper (title, authors split at commas, or at semicolons when present; year,
 *   DOI, abstract), author names with their letter case repaired (`Jérémie DONA` → `Jérémie
 *   Dona`), placeholders such as `Anonymous` dropped with a warning. The file's links relate
 *   papers (text similarity, citations), not coauthors: they are ignored, with one warning.
 * - Otherwise a network of authors: items are authors named by `label` (`abbasi, a` →
 *   `A. Abbasi`, see parseNetworkLabel), with their `weights` (`Documents`, `Citations`, …),
 *   `x`/`y` and `cluster` kept as node data; links are coauthor links with `strength` as weight;
 *   isolated items are kept. A terminology naming items other than people is reported.
 *
 * Each item and link is parsed on its own, so a malformed one is skipped with its line.
 */
export function parseVosviewerJson(text: string, options: ParseOptions): ParseResult {
  const { file } = options;
  const log = createWarningLog(file);
  const s = stripBom(text);
  const lines = new LineIndex(s);
  const scan = scanJsonArrays(s, [
    ["network", "items"],
    ["network", "links"],
  ]);
  if (!scan.arrays.has("network.items"))
    throw new Error(
      `coauthor-atlas/parse: ${file}: VOSviewer JSON without "network": {"items": […]}`,
    );
  if (scan.problemAt !== undefined)
    log.add(
      lines.lineAt(scan.problemAt),
      "JSON brackets do not balance here; what could be read is kept",
    );
  const items = parseElements(s, scan.arrays.get("network.items"), lines, "item", log);
  const links = parseElements(s, scan.arrays.get("network.links"), lines, "link", log);
  const linksLine = lines.lineAt(scan.arrayStarts.get("network.links") ?? 0);

  const paperItems = items.filter((i) => i.value.authors !== undefined).length;
  if (items.length > 0 && paperItems * 2 >= items.length) {
    const papers = readPapers(items, log);
    if (links.length > 0)
      log.add(
        linksLine,
        `${links.length} links between paper items ignored: they relate papers (e.g. text similarity), not coauthors`,
      );
    return { file, format: "vosviewer-json", papers, warnings: log.finish() };
  }

  const term = /"terminology"\s*:\s*\{[^}]*?"item"\s*:\s*"([^"]*)"/.exec(s.slice(0, 65536));
  if (term && !PERSON_TERMS.test(term[1]))
    log.add(
      lines.lineAt(term.index),
      `items are "${term[1]}", not authors; read as authors all the same`,
    );
  const builder = createNetworkBuilder(log);
  for (const { value: item, line, index } of items) {
    const id = str(item.id);
    if (id === undefined) log.add(line, `item ${index} has no id; skipped`, "bad-node");
    else builder.addNode(id, str(item.label), line, nodeDataOf(item));
  }
  for (const { value: link, line, index } of links) {
    const source = str(link.source_id ?? link.source);
    const target = str(link.target_id ?? link.target);
    if (source === undefined || target === undefined)
      log.add(line, `link ${index} has no source_id or target_id; skipped`, "bad-edge");
    else builder.addEdge(source, target, str(link.strength), line);
  }
  return builder.finish(file, "vosviewer-json");
}

/** Sniffs a JSON object with `"network": {` … `"items"` in its first 64 KB. */
function sniffVosviewerJson(text: string): number {
  const head = stripBom(text).slice(0, 65536);
  if (!/^\s*\{/.test(head)) return 0;
  return /"network"\s*:\s*\{\s*"items"\s*:/.test(head)
    ? 1
    : /"network"\s*:\s*\{/.test(head)
      ? 0.8
      : 0;
}

/** VOSviewer JSON in the format registry. */
export const VOSVIEWER_JSON_FORMAT: FormatParser = {
  format: "vosviewer-json",
  sniff: sniffVosviewerJson,
  parse: (text, options) => parseVosviewerJson(text, options),
};
