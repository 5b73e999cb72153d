// The real corpora of ../shared/corpora read by the DBLP XML, GML and VOSviewer parsers (issue 5,
// part B). Expected counts were computed independently of our parsers, with Python over the raw
// files (regular expressions, json, and a fold of names like authorKey: NFD, combining marks
// removed, lower case, apostrophes removed, other non-word runs → one space):
//   ex.xml (read as Latin-1): records = re.findall(r'<(article|inproceedings|proceedings|book|
//     incollection|phdthesis|mastersthesis|www)\s[^>]*?key="([^"]*)"[^>]*>(.*?)</\1>', t, re.S)
//     → 3186; without `www` and `dblpnote/…` keys → 3178 papers; their <author> elements → 2708
//     mentions, 1702 distinct folded names; 580 papers with ≥ 2 authors; 1344 without authors.
//   *.gml: re.findall(r'node\s*\[\s*id\s+(\d+)\s+label\s+"([^"]*)"') and
//     r'edge\s*\[\s*source\s+(\d+)\s+target\s+(\d+)\s+(value|weight)\s+(\S+)' → netscience 1589
//     nodes, 2742 edges, 128 isolated, weights summing to 1189.999724; hep-th 8361, 15751, 751,
//     15327.131151 (no duplicate labels, no parallel edges, no self-loops in either).
//   JOI json: json.load → 252 items, 568 links, strengths summing to 738.
//   Zeta json: 976 items; authors split at "," → 4216 mentions, 4191 without "Anonymous", 3345
//     distinct folded names; 25 papers whose only author is "Anonymous"; 10815 links.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/cli/main.ts";
import type { AuthorName, ParseResult } from "../../src/model/types.ts";
import { authorKey } from "../../src/parse/names.ts";
import { buildCorpus, parseFile } from "../../src/parse/index.ts";

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../../shared/corpora");
const FILES = [
  "ex.xml",
  "netscience.gml",
  "hep-th.gml",
  "JOI_2007-2016_co-authorship_network.json",
  "Zeta-Alpha_ICLR2021.json",
];
const missing = FILES.filter((f) => !existsSync(resolve(DIR, f)));
if (missing.length > 0)
  console.warn(
    `corpora-b: skipped, ${DIR} lacks ${missing.join(", ")} (see shared/corpora/SOURCES.md)`,
  );

const cache = new Map<string, ParseResult>();
function load(file: string): ParseResult {
  let result = cache.get(file);
  if (result === undefined) {
    result = parseFile(decodeText(readFileSync(resolve(DIR, file))), file);
    cache.set(file, result);
  }
  return result;
}

function allNames(r: ParseResult): AuthorName[] {
  return [...r.papers.flatMap((p) => p.authors), ...(r.authors ?? [])];
}

const distinctKeys = (names: AuthorName[]): number => new Set(names.map((a) => a.key)).size;
const round = (x: number): number => Math.round(x * 1e6) / 1e6;

describe.skipIf(missing.length > 0)("real corpora, part B", () => {
  it("ex.xml (DBLP XML, ISO-8859-1): papers, authors, homonyms, markup", () => {
    const r = load("ex.xml");
    expect(r.format).toBe("dblp-xml");
    expect(r.papers).toHaveLength(3178);
    const mentions = r.papers.flatMap((p) => p.authors);
    expect(mentions).toHaveLength(2708);
    expect(distinctKeys(mentions)).toBe(1702);
    expect(r.papers.filter((p) => p.authors.length >= 2)).toHaveLength(580);
    expect(r.papers.filter((p) => p.authors.length === 0)).toHaveLength(1344);
    // dblp homonym number: shown without it, a key of its own.
    const seidl = mentions.find((a) => a.key === "thomas seidl 0001");
    expect(seidl?.name).toBe("Thomas Seidl");
    expect(seidl?.key).not.toBe(authorKey("Thomas Seidl"));
    expect(mentions.some((a) => /\d/.test(a.name))).toBe(false);
    // Raw Latin-1 bytes decoded; inline <i> markup flattened.
    expect(mentions.map((a) => a.name)).toContain("Ralf Hartmut Güting");
    expect(r.papers.map((p) => p.title)).toContain("Exponential Lower Bounds for k-SAT Algorithms");
    expect(r.papers.some((p) => /[<>]/.test(p.title))).toBe(false);
    // Every warning is located; the 1344 authorless records are reported in one summary.
    expect(r.warnings.every((w) => w.file === "ex.xml" && w.line > 0)).toBe(true);
    expect(r.warnings.filter((w) => /records without authors/.test(w.message))).toEqual([
      {
        file: "ex.xml",
        line: 197,
        message:
          "1344 records without authors left out (not part of the coauthor network): lines 197, 260, 468, 581, 616, …",
      },
    ]);
  });

  it.each([
    ["netscience.gml", 1589, 2742, 128, 1189.999724],
    ["hep-th.gml", 8361, 15751, 751, 15327.131151],
    ["JOI_2007-2016_co-authorship_network.json", 252, 568, undefined, 738],
  ])(
    "%s (network): authors, links, isolated nodes, weights",
    (file, nodes, edges, isolated, weight) => {
      const r = load(file);
      expect(r.papers).toEqual([]);
      expect(r.authors).toHaveLength(nodes);
      expect(distinctKeys(r.authors ?? [])).toBe(nodes);
      expect(r.links).toHaveLength(edges);
      expect(round((r.links ?? []).reduce((s, l) => s + l.weight, 0))).toBe(weight);
      const linked = new Set((r.links ?? []).flatMap((l) => [l.source.key, l.target.key]));
      if (isolated !== undefined)
        expect((r.authors ?? []).filter((a) => !linked.has(a.key))).toHaveLength(isolated);
      expect(r.warnings).toEqual([]);
      // The corpus keeps isolated authors and every link.
      const corpus = buildCorpus([r]);
      expect(corpus.authors).toHaveLength(nodes);
      expect(corpus.links).toHaveLength(edges);
    },
  );

  it("network labels become readable names", () => {
    const names = (file: string): string[] => (load(file).authors ?? []).map((a) => a.name);
    expect(names("netscience.gml")).toContain("G. Abramson");
    expect(names("hep-th.gml")).toContain("M. A. D. Andrade");
    expect(names("JOI_2007-2016_co-authorship_network.json")).toContain("A. Abbasi");
    expect(names("JOI_2007-2016_co-authorship_network.json")).toContain("H. V. de Sompel");
  });

  it("Zeta-Alpha_ICLR2021.json (VOSviewer, paper items): papers, authors, placeholders", () => {
    const r = load("Zeta-Alpha_ICLR2021.json");
    expect(r.format).toBe("vosviewer-json");
    expect(r.papers).toHaveLength(976);
    const mentions = r.papers.flatMap((p) => p.authors);
    expect(mentions).toHaveLength(4191);
    expect(distinctKeys(mentions)).toBe(3345);
    expect(r.papers.filter((p) => p.authors.length === 0)).toHaveLength(25);
    expect(mentions.some((a) => a.key === "anonymous")).toBe(false);
    expect(mentions.map((a) => a.name)).toContain("Jérémie Dona");
    expect(r.links).toBeUndefined();
    expect(r.warnings.some((w) => /10815 links between paper items ignored/.test(w.message))).toBe(
      true,
    );
    // OpenReview's LaTeX in titles and abstracts is decoded (grep: 5 titles hold a `$`).
    const titles = r.papers.map((p) => p.title);
    expect(titles).toContain(
      "i-Mix: A Domain-Agnostic Strategy for Contrastive Representation Learning",
    );
    expect(titles).toContain("VA-RED²: Video Adaptive Redundancy Reduction");
    expect(titles.filter((t) => /\$[^$]+\$|\\[A-Za-z]/.test(t))).toEqual([]);
    expect(r.papers.filter((p) => /\\emph\{/.test(p.abstract ?? ""))).toEqual([]);
  });

  it("no name keeps LaTeX or braces, and every name is NFC with a non-empty key", () => {
    for (const file of FILES) {
      const bad = allNames(load(file)).filter(
        (a) => /[{}\\]/.test(a.name) || a.name.normalize("NFC") !== a.name || a.key === "",
      );
      expect(bad, file).toEqual([]);
    }
  });
});
