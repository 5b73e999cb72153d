// Parse throughput (MB/s) of every input format on the real corpora, next to reference parsers from npm on the same text.
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import { parse as retorquereParse } from "@retorquere/bibtex-parser";
import { parse as astrociteRis } from "astrocite-ris";
import { XMLParser } from "fast-xml-parser";
import Graph from "graphology";
import { parse as gexfParse, write as gexfWrite } from "graphology-gexf";
import { parse as graphmlParse } from "graphology-graphml";
import Papa from "papaparse";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ParseResult } from "../src/model/types.ts";
import { detectFormat, FORMATS } from "../src/parse/detect.ts";

export interface ParseBenchOptions {
  /** Folder with the real corpora. */
  corpora: string;
  /** Timed runs per parser and input (after one warm-up run); fewer when a parser is slow. */
  runs: number;
  /** Stop timing one parser after this many milliseconds (at least one timed run is made). */
  budgetMs: number;
}

const HERE = dirname(fileURLToPath(import.meta.url));

export const DEFAULT_PARSE_BENCH_OPTIONS: ParseBenchOptions = {
  corpora: resolve(HERE, "../../shared/corpora"),
  runs: 7,
  budgetMs: 4000,
};

/** One text to parse, and where it came from. */
interface Input {
  name: string;
  text: string;
  bytes: number;
  origin: string;
}

/** A parser under test: returns how many records it produced. */
interface Runner {
  parser: string;
  run: (text: string) => number;
  note?: string;
}

interface Row {
  input: string;
  format: string;
  mb: number;
  parser: string;
  ms: number | null;
  mbPerS: number | null;
  /** From the fastest run: less disturbed by other load on the machine. */
  bestMbPerS: number | null;
  records: string;
  note: string;
}

/** UTF-8 when the bytes are valid UTF-8, else ISO-8859-1 (the dblp XML sample), as the CLI does. */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("latin1").decode(bytes);
  }
}

const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
const utf8Bytes = (text: string): number => Buffer.byteLength(text, "utf8");

const CORPUS_FILES = [
  "krr.bib",
  "scopus.bib",
  "dblp.bib",
  "scopus.ris",
  "ex.xml",
  "netscience.gml",
  "hep-th.gml",
  "JOI_2007-2016_co-authorship_network.json",
  "Zeta-Alpha_ICLR2021.json",
];

interface CslItem {
  title?: string;
  author?: { family?: string; given?: string; literal?: string }[];
  issued?: { "date-parts"?: number[][] };
  "container-title"?: string;
  DOI?: string;
}

/**
 * Inputs for formats the corpora lack, derived in memory from them with other tools:
 * CSL-JSON is citation-js's conversion of krr.bib; CSV and OpenAlex works are written from those
 * CSL items; GEXF is graphology-gexf's writing of netscience.gml, GraphML a plain serialization of
 * the same graph.
 */
function derivedInputs(inputs: Map<string, Input>): Input[] {
  const out: Input[] = [];
  const krr = inputs.get("krr.bib");
  if (krr) {
    const items = new Cite(krr.text).format("data", { format: "object" }) as CslItem[];
    const csl = JSON.stringify(items, null, 2);
    out.push({
      name: "krr.csl.json",
      text: csl,
      bytes: utf8Bytes(csl),
      origin: "citation-js from krr.bib",
    });
    const people = (i: CslItem) =>
      (i.author ?? []).map((a) => a.literal ?? [a.family, a.given].filter(Boolean).join(", "));
    const csv = Papa.unparse({
      fields: ["Title", "Authors", "Year", "Source title", "DOI"],
      data: items.map((i) => [
        i.title ?? "",
        people(i).join("; "),
        i.issued?.["date-parts"]?.[0]?.[0] ?? "",
        i["container-title"] ?? "",
        i.DOI ?? "",
      ]),
    });
    out.push({
      name: "krr.csv",
      text: csv,
      bytes: utf8Bytes(csv),
      origin: "CSV written from krr.csl.json",
    });
    const works = {
      meta: { count: items.length },
      results: items.map((i, n) => ({
        id: `https://openalex.org/W${n + 1}`,
        doi: i.DOI ? `https://doi.org/${i.DOI}` : null,
        title: i.title ?? null,
        publication_year: i.issued?.["date-parts"]?.[0]?.[0] ?? null,
        primary_location: {
          source: i["container-title"] ? { display_name: i["container-title"] } : null,
        },
        authorships: (i.author ?? []).map((a, k) => ({
          author_position: k === 0 ? "first" : "middle",
          author: {
            id: `https://openalex.org/A${n}_${k}`,
            display_name: a.literal ?? [a.given, a.family].filter(Boolean).join(" "),
          },
        })),
      })),
    };
    const openalex = JSON.stringify(works, null, 2);
    out.push({
      name: "krr.openalex.json",
      text: openalex,
      bytes: utf8Bytes(openalex),
      origin: "works written from krr.csl.json",
    });
  }
  const gml = inputs.get("netscience.gml");
  const gmlFormat = FORMATS.find((f) => f.format === "gml");
  if (gml && gmlFormat) {
    const result = gmlFormat.parse(gml.text, { file: gml.name });
    const graph = new Graph({ type: "undirected", multi: false });
    const names = new Map<string, string>();
    for (const a of result.authors ?? []) names.set(a.key, a.name);
    for (const l of result.links ?? []) {
      names.set(l.source.key, l.source.name);
      names.set(l.target.key, l.target.name);
    }
    for (const [key, name] of names) graph.mergeNode(key, { label: name });
    for (const l of result.links ?? [])
      if (l.source.key !== l.target.key)
        graph.mergeEdge(l.source.key, l.target.key, { weight: l.weight });
    const gexf = gexfWrite(graph);
    out.push({
      name: "netscience.gexf",
      text: gexf,
      bytes: utf8Bytes(gexf),
      origin: "graphology-gexf from netscience.gml",
    });
    const esc = (s: string) =>
      s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
    const ids = new Map<string, string>();
    graph.forEachNode((key) => ids.set(key, `n${ids.size}`));
    const lines = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
      '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
      '  <graph edgedefault="undirected">',
    ];
    graph.forEachNode((key, attrs) =>
      lines.push(
        `    <node id="${ids.get(key)}"><data key="label">${esc(String(attrs.label))}</data></node>`,
      ),
    );
    graph.forEachEdge((_e, attrs, s, t) =>
      lines.push(
        `    <edge source="${ids.get(s)}" target="${ids.get(t)}"><data key="weight">${attrs.weight}</data></edge>`,
      ),
    );
    lines.push("  </graph>", "</graphml>", "");
    const graphml = lines.join("\n");
    out.push({
      name: "netscience.graphml",
      text: graphml,
      bytes: utf8Bytes(graphml),
      origin: "serialized from netscience.gml",
    });
  }
  return out;
}

/** Reference parsers from npm (or the platform) for each of our formats. */
function referenceRunners(format: string): Runner[] {
  switch (format) {
    case "bibtex":
      return [
        {
          parser: "@retorquere/bibtex-parser 9.0.29",
          run: (t) => retorquereParse(t).entries.length,
        },
        {
          parser: "@citation-js/plugin-bibtex 0.9.0",
          run: (t) => (new Cite(t).data as unknown[]).length,
        },
      ];
    case "ris":
      return [
        {
          parser: "astrocite-ris 0.16.4",
          run: (t) => astrociteRis(stripBom(t)).length,
          note: "given the text without its BOM, which it rejects",
        },
      ];
    case "dblp-xml":
      return [
        {
          parser: "fast-xml-parser 5.12.1 (raw XML → object)",
          run: (t) => {
            const doc = new XMLParser({ ignoreAttributes: false, processEntities: true }).parse(
              t,
            ) as {
              dblp?: Record<string, unknown>;
            };
            return Object.values(doc.dblp ?? {}).reduce<number>(
              (n, v) => n + (Array.isArray(v) ? v.length : 1),
              0,
            );
          },
        },
      ];
    case "vosviewer-json":
    case "csl-json":
    case "openalex":
      return [
        {
          parser: "JSON.parse (raw, no records)",
          run: (t) => {
            const v = JSON.parse(stripBom(t)) as unknown;
            return Array.isArray(v) ? v.length : 1;
          },
        },
      ];
    case "csv":
      return [{ parser: "papaparse 5.7.1 (raw rows)", run: (t) => Papa.parse(t).data.length }];
    case "gexf":
      return [{ parser: "graphology-gexf 0.13 (parse)", run: (t) => gexfParse(Graph, t).order }];
    case "graphml":
      return [
        { parser: "graphology-graphml 0.5 (parse)", run: (t) => graphmlParse(Graph, t).order },
      ];
    default:
      return [];
  }
}

const describeResult = (r: ParseResult): string => {
  const parts = [`${r.papers.length} papers`];
  if (r.links?.length) parts.push(`${r.links.length} links`);
  if (r.authors?.length) parts.push(`${r.authors.length} authors`);
  return parts.join(", ");
};

/** Times one runner on one input: a warm-up run, then up to `runs` timed runs within the budget; median. */
function time(
  runner: Runner,
  input: Input,
  options: ParseBenchOptions,
): { ms: number; best: number; records: number } {
  const records = runner.run(input.text);
  const times: number[] = [];
  const start = performance.now();
  while (
    times.length < options.runs &&
    (times.length === 0 || performance.now() - start < options.budgetMs)
  ) {
    const t0 = performance.now();
    runner.run(input.text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], best: times[0], records };
}

/** Runs the benchmark and returns one row per (input, parser). */
export function benchParseThroughput(options: Partial<ParseBenchOptions> = {}): Row[] {
  const opts = { ...DEFAULT_PARSE_BENCH_OPTIONS, ...options };
  const inputs = new Map<string, Input>();
  for (const name of CORPUS_FILES) {
    const path = resolve(opts.corpora, name);
    if (!existsSync(path)) continue;
    const bytes = readFileSync(path);
    inputs.set(name, { name, text: decode(bytes), bytes: bytes.length, origin: "corpus" });
  }
  const all = [...inputs.values(), ...derivedInputs(inputs)];
  const rows: Row[] = [];
  for (const input of all) {
    const format = detectFormat(input.text, input.name) ?? "unknown";
    const ours = FORMATS.find((f) => f.format === format);
    let lastResult: ParseResult | null = null;
    const runners: Runner[] = [];
    if (ours)
      runners.push({
        parser: `ours (${format})`,
        run: (t) => {
          lastResult = ours.parse(t, { file: input.name });
          return lastResult.papers.length;
        },
      });
    runners.push(...referenceRunners(format));
    for (const runner of runners) {
      const mb = input.bytes / 1e6;
      const row: Row = {
        input: input.name,
        format,
        mb,
        parser: runner.parser,
        ms: null,
        mbPerS: null,
        bestMbPerS: null,
        records: "",
        note: [input.origin === "corpus" ? "" : input.origin, runner.note ?? ""]
          .filter(Boolean)
          .join("; "),
      };
      try {
        const { ms, best, records } = time(runner, input, opts);
        row.ms = ms;
        row.mbPerS = mb / (ms / 1000);
        row.bestMbPerS = mb / (best / 1000);
        row.records =
          runner.parser.startsWith("ours") && lastResult
            ? describeResult(lastResult)
            : `${records}`;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        row.note = [row.note, `failed: ${message.split("\n")[0].slice(0, 90)}`]
          .filter(Boolean)
          .join("; ");
      }
      rows.push(row);
    }
  }
  return rows;
}

/** The rows as a markdown table. */
export function formatTable(rows: readonly Row[]): string {
  const lines = [
    "| input | format | MB | parser | median ms | MB/s (median) | MB/s (best) | records | notes |",
    "| --- | --- | ---: | --- | ---: | ---: | ---: | --- | --- |",
  ];
  for (const r of rows)
    lines.push(
      `| ${r.input} | ${r.format} | ${r.mb.toFixed(2)} | ${r.parser} | ${r.ms === null ? "—" : r.ms.toFixed(1)} | ` +
        `${r.mbPerS === null ? "—" : r.mbPerS.toFixed(1)} | ` +
        `${r.bestMbPerS === null ? "—" : r.bestMbPerS.toFixed(1)} | ${r.records} | ${r.note.replace(/\|/g, "\\|")} |`,
    );
  return lines.join("\n");
}

if (
  import.meta.url === `file://${process.argv[1]}` ||
  process.argv[1]?.endsWith("parse-throughput.ts")
) {
  const args = process.argv.slice(2);
  const value = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const options: Partial<ParseBenchOptions> = {};
  if (value("--corpora")) options.corpora = resolve(value("--corpora") as string);
  if (value("--runs")) options.runs = Number(value("--runs"));
  if (!existsSync(options.corpora ?? DEFAULT_PARSE_BENCH_OPTIONS.corpora)) {
    console.log(
      `no corpora at ${options.corpora ?? DEFAULT_PARSE_BENCH_OPTIONS.corpora}: nothing to measure`,
    );
    process.exit(0);
  }
  const table = formatTable(benchParseThroughput(options));
  console.log(
    `Parse throughput, node ${process.version}, median of up to ${options.runs ?? DEFAULT_PARSE_BENCH_OPTIONS.runs} runs after a warm-up\n`,
  );
  console.log(table);
  const out = value("--out");
  if (out) writeFileSync(out, `${table}\n`);
}
