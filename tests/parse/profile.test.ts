// Tests for the profile parser: every robustness case, checked down to papers, authors and edges.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCoauthorGraph } from "../../src/graph/coauthor-graph.ts";
import type { ParseResult } from "../../src/model/types.ts";
import { buildCorpus } from "../../src/parse/corpus.ts";
import {
  AUTHORS_LINE_THRESHOLD,
  looksLikeAuthorsLine,
  looksLikeProse,
  parseProfile,
  sniffProfile,
} from "../../src/parse/profile.ts";

const FILE = "test.txt";
const parse = (text: string): ParseResult => parseProfile(text, { file: FILE });

/** Coauthor edges as sorted `A — B (weight)` strings, names sorted within each edge. */
function edges(result: ParseResult): string[] {
  const graph = buildCoauthorGraph(buildCorpus([result]));
  return graph
    .mapEdges((_edge, attr, _s, _t, sa, ta) => {
      const [a, b] = [sa.name, ta.name].sort();
      return `${a} — ${b} (${attr.weight})`;
    })
    .sort();
}

const titles = (r: ParseResult) => r.papers.map((p) => p.title);
const authorNames = (r: ParseResult) => r.papers.map((p) => p.authors.map((a) => a.name));
const messages = (r: ParseResult) => r.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`);

/** A clean three-record profile, without a final newline. */
const BASE = [
  "Novak, Jana",
  "Graph Mining at Scale",
  "Novak, Jana, Smith, Adam, Lee, Kim",
  "We study graph mining on large inputs. It scales well.",
  "Community Detection Revisited",
  "Smith, Adam, Brown, Carol",
  "Communities are everywhere in networks. We revisit detection methods.",
  "Sparse Models",
  "Novak, Jana, Brown, Carol",
  "Sparsity helps. We show when and why it helps in practice.",
].join("\n");

const BASE_TITLES = ["Graph Mining at Scale", "Community Detection Revisited", "Sparse Models"];
const BASE_AUTHORS = [
  ["Jana Novak", "Adam Smith", "Kim Lee"],
  ["Adam Smith", "Carol Brown"],
  ["Jana Novak", "Carol Brown"],
];
// Hand-computed: paper 1 gives Novak–Smith, Novak–Lee, Smith–Lee; paper 2 Smith–Brown;
// paper 3 Novak–Brown. Each pair shares exactly one paper.
const BASE_EDGES = [
  "Adam Smith — Carol Brown (1)",
  "Adam Smith — Jana Novak (1)",
  "Adam Smith — Kim Lee (1)",
  "Carol Brown — Jana Novak (1)",
  "Jana Novak — Kim Lee (1)",
];

/** Asserts the parse equals the clean base profile. */
function expectBase(result: ParseResult): void {
  expect(result.format).toBe("profile");
  expect(result.file).toBe(FILE);
  expect(result.owner).toEqual({ name: "Jana Novak", key: "jana novak" });
  expect(titles(result)).toEqual(BASE_TITLES);
  expect(authorNames(result)).toEqual(BASE_AUTHORS);
  expect(result.papers.map((p) => p.authors.map((a) => a.key))).toEqual([
    ["jana novak", "adam smith", "kim lee"],
    ["adam smith", "carol brown"],
    ["jana novak", "carol brown"],
  ]);
  expect(result.papers[2].abstract).toBe(
    "Sparsity helps. We show when and why it helps in practice.",
  );
  expect(edges(result)).toEqual(BASE_EDGES);
}

describe("parseProfile: clean input", () => {
  it("reads owner, records, lines and abstracts", () => {
    const result = parse(BASE);
    expectBase(result);
    expect(result.papers.map((p) => p.line)).toEqual([2, 5, 8]);
    expect(result.warnings).toEqual([]);
  });

  it("reads the same with and without a final newline", () => {
    expectBase(parse(`${BASE}\n`));
    expect(parse(`${BASE}\n`).warnings).toEqual([]);
  });
});

describe("parseProfile: robustness", () => {
  it("ignores a byte order mark", () => {
    const result = parse(`\uFEFF${BASE}`);
    expectBase(result);
    expect(result.warnings).toEqual([]);
  });

  it("reads CRLF and CR line endings", () => {
    const crlf = parse(BASE.replace(/\n/g, "\r\n"));
    expectBase(crlf);
    expect(crlf.warnings).toEqual([]);
    expect(crlf.papers.map((p) => p.line)).toEqual([2, 5, 8]);
    expectBase(parse(BASE.replace(/\n/g, "\r")));
  });

  it("skips blank lines between and inside records, keeping true line numbers", () => {
    const lines = BASE.split("\n");
    const text = [
      "",
      lines[0],
      "",
      lines[1],
      lines[2],
      lines[3],
      "",
      "",
      lines[4],
      "   ",
      lines[5],
      lines[6],
      "",
      lines[7],
      lines[8],
      "",
      lines[9],
      "",
    ].join("\n");
    const result = parse(text);
    expectBase(result);
    expect(result.warnings).toEqual([]);
    expect(result.papers.map((p) => p.line)).toEqual([4, 9, 14]);
  });

  it("ignores trailing spaces and tabs", () => {
    const result = parse(BASE.replace(/\n/g, "  \t\n") + "   ");
    expectBase(result);
    expect(result.warnings).toEqual([]);
  });

  it("does not shift later records when a middle record has no abstract", () => {
    const lines = BASE.split("\n");
    lines.splice(6, 1); // drop the abstract of "Community Detection Revisited"
    const result = parse(lines.join("\n"));
    expect(titles(result)).toEqual(BASE_TITLES);
    expect(authorNames(result)).toEqual(BASE_AUTHORS);
    expect(result.papers[1].abstract).toBeUndefined();
    expect(result.papers[2].abstract).toBe(
      "Sparsity helps. We show when and why it helps in practice.",
    );
    expect(edges(result)).toEqual(BASE_EDGES);
    expect(messages(result)).toEqual([
      "test.txt:5: record has no abstract line (line 7 starts the next record)",
    ]);
  });

  it("handles a missing abstract on the last record", () => {
    const lines = BASE.split("\n").slice(0, 9);
    const result = parse(lines.join("\n"));
    expect(titles(result)).toEqual(BASE_TITLES);
    expect(authorNames(result)).toEqual(BASE_AUTHORS);
    expect(result.papers[2].abstract).toBeUndefined();
    expect(messages(result)).toEqual(["test.txt:8: record has no abstract line (end of file)"]);
  });

  it("handles consecutive records without abstracts", () => {
    const lines = BASE.split("\n");
    const text = [lines[0], lines[1], lines[2], lines[4], lines[5], lines[7], lines[8]].join("\n");
    const result = parse(text);
    expect(titles(result)).toEqual(BASE_TITLES);
    expect(authorNames(result)).toEqual(BASE_AUTHORS);
    expect(result.papers.every((p) => p.abstract === undefined)).toBe(true);
    expect(edges(result)).toEqual(BASE_EDGES);
    expect(result.warnings.map((w) => w.line)).toEqual([2, 4, 6]);
  });

  it("takes an abstract full of commas as an abstract, not an authors line", () => {
    const commas =
      "Graphs, networks, trees, and paths appear in biology, chemistry, physics, and sociology";
    const shortCommas = "Graphs, trees, and paths";
    const lines = BASE.split("\n");
    lines[3] = commas;
    lines[6] = shortCommas;
    const result = parse(lines.join("\n"));
    expect(titles(result)).toEqual(BASE_TITLES);
    expect(authorNames(result)).toEqual(BASE_AUTHORS);
    expect(result.papers[0].abstract).toBe(commas);
    expect(result.papers[1].abstract).toBe(shortCommas);
    expect(edges(result)).toEqual(BASE_EDGES);
    expect(result.warnings).toEqual([]);
  });

  it("reads an odd number of author parts with a warning", () => {
    const lines = BASE.split("\n");
    lines[5] = "Smith, Adam, Brown";
    const result = parse(lines.join("\n"));
    expect(titles(result)).toEqual(BASE_TITLES);
    expect(result.papers[1].authors).toEqual([
      { name: "Adam Smith", key: "adam smith" },
      { name: "Brown", key: "brown" },
    ]);
    expect(messages(result)).toEqual([
      'test.txt:6: authors line: odd number of name parts (3); "Brown" read as a last name only',
    ]);
    expect(edges(result)).toEqual([
      "Adam Smith — Brown (1)",
      "Adam Smith — Jana Novak (1)",
      "Adam Smith — Kim Lee (1)",
      "Carol Brown — Jana Novak (1)",
      "Jana Novak — Kim Lee (1)",
    ]);
  });

  it("drops placeholder authors with warnings and keeps a paper left without authors", () => {
    const lines = BASE.split("\n");
    lines[2] = "Novak, Jana, others, Smith, Adam, Lee, Kim, et al.";
    lines[5] = "Anonymous";
    lines[8] = "Novak, Jana, Brown, Carol, and others";
    const result = parse(lines.join("\n"));
    expect(titles(result)).toEqual(BASE_TITLES);
    expect(authorNames(result)).toEqual([
      ["Jana Novak", "Adam Smith", "Kim Lee"],
      [],
      ["Jana Novak", "Carol Brown"],
    ]);
    expect(messages(result)).toEqual([
      'test.txt:3: authors line: placeholder authors "others", "et al." dropped',
      'test.txt:6: authors line: placeholder author "Anonymous" dropped',
      "test.txt:6: no authors left on this paper; paper kept without authors",
      'test.txt:9: authors line: placeholder author "and others" dropped',
    ]);
    expect(edges(result)).toEqual([
      "Adam Smith — Jana Novak (1)",
      "Adam Smith — Kim Lee (1)",
      "Carol Brown — Jana Novak (1)",
      "Jana Novak — Kim Lee (1)",
    ]);
  });

  it("merges the same paper listed twice and reports where", () => {
    const lines = BASE.split("\n");
    const text = [...lines, lines[1], lines[2], "Another copy of the abstract."].join("\n");
    const result = parse(text);
    expect(titles(result)).toEqual([...BASE_TITLES, "Graph Mining at Scale"]);
    const corpus = buildCorpus([result]);
    expect(corpus.papers.map((p) => p.title)).toEqual(BASE_TITLES);
    expect(corpus.papers[0].abstract).toBe(
      "We study graph mining on large inputs. It scales well.",
    );
    expect(corpus.warnings).toEqual([
      {
        file: FILE,
        line: 11,
        message: "duplicate of paper at test.txt:2, merged (same title and authors)",
      },
    ]);
    // The duplicate adds no weight: every pair still shares one paper.
    expect(edges(result)).toEqual(BASE_EDGES);
  });

  it("decodes LaTeX in titles and abstracts, not leaving markup", () => {
    const lines = BASE.split("\n");
    lines[1] = "$H^3$Fusion: \\textbf{Graph} Mining at 5\\% Cost";
    lines[3] = "We \\emph{study} {\\em graph mining} by $11.37\\%$ -- and it scales.";
    const result = parse(lines.join("\n"));
    expect(result.papers[0].title).toBe("H³Fusion: Graph Mining at 5% Cost");
    expect(result.papers[0].abstract).toBe("We study graph mining by 11.37% – and it scales.");
    expect(authorNames(result)).toEqual(BASE_AUTHORS);
    expect(result.warnings).toEqual([]);
  });

  it("decodes LaTeX accents in author names and keys them without diacritics", () => {
    const lines = BASE.split("\n");
    lines[2] = "Nov{\\'a}k, Jana, Smith, Adam, Lee, Kim";
    const result = parse(lines.join("\n"));
    expect(result.papers[0].authors[0]).toEqual({ name: "Jana Novák", key: "jana novak" });
    const corpus = buildCorpus([result]);
    expect(corpus.authors.find((a) => a.id === "jana novak")).toEqual({
      id: "jana novak",
      name: "Jana Novák",
      variants: ["Jana Novak"],
    });
  });

  it("joins an abstract broken over two lines", () => {
    const lines = BASE.split("\n");
    lines.splice(4, 0, "This continuation is also part of the abstract. It has sentences.");
    const result = parse(lines.join("\n"));
    expect(titles(result)).toEqual(BASE_TITLES);
    expect(result.papers[0].abstract).toBe(
      "We study graph mining on large inputs. It scales well. This continuation is also part of the abstract. It has sentences.",
    );
    expect(messages(result)).toEqual([
      "test.txt:5: line 5 after the abstract of the record at line 2 joined to that abstract",
    ]);
    expect(edges(result)).toEqual(BASE_EDGES);
  });

  it("skips a record without an authors line and keeps the rest in step", () => {
    const lines = BASE.split("\n");
    lines.splice(5, 1); // drop the authors line of "Community Detection Revisited"
    const result = parse(lines.join("\n"));
    expect(titles(result)).toEqual(["Graph Mining at Scale", "Sparse Models"]);
    expect(authorNames(result)).toEqual([BASE_AUTHORS[0], BASE_AUTHORS[2]]);
    expect(messages(result)).toEqual([
      "test.txt:5: title line not followed by an authors line; lines 5–6 skipped",
    ]);
  });

  it("reads a file without an owner line, with a warning", () => {
    const result = parse(BASE.split("\n").slice(1).join("\n"));
    expect(result.owner).toBeUndefined();
    expect(titles(result)).toEqual(BASE_TITLES);
    expect(messages(result)).toEqual([
      "test.txt:1: no owner line (`Last, First`) before the first record",
    ]);
  });

  it("returns a warning, not a throw, for empty text", () => {
    const result = parse("\uFEFF\n  \n");
    expect(result.papers).toEqual([]);
    expect(messages(result)).toEqual(["test.txt:0: file is empty"]);
  });
});

describe("looksLikeAuthorsLine / looksLikeProse", () => {
  it("scores names high and prose, titles and comma lists low", () => {
    const high = [
      "Huang, Tiansheng, Hu, Sihao",
      "van der Aalst, Wil, Ribeiro, Jr, José W.",
      "Porter, D.E., O'Brien, Seán",
      "Nov{\\'a}k, Jana",
      "Seidl 0001, Thomas, Smith, Adam",
      "Smith, Adam, others",
      "Anonymous",
    ];
    for (const line of high) expect(looksLikeAuthorsLine(line)).toBeGreaterThanOrEqual(1);
    const low = [
      "Graph Mining at Scale",
      "$H^3$Fusion: Helpful, Harmless, Honest Fusion of Aligned LLMs",
      "Graphs, trees, and paths",
      "We study graphs, trees, forests, and paths in biology, chemistry, and physics.",
      "Results, 2021, 2022",
      "Smith, Adam, Lee 12, Kim",
    ];
    for (const line of low) expect(looksLikeAuthorsLine(line)).toBeLessThan(AUTHORS_LINE_THRESHOLD);
  });

  it("recognises prose", () => {
    expect(looksLikeProse("Sparsity helps. We show when.")).toBe(true);
    expect(looksLikeProse("Graph Mining at Scale")).toBe(false);
    expect(looksLikeProse("Porter, D. E., Smith, A. B.")).toBe(false);
  });
});

describe("sniffProfile", () => {
  it("recognises a profile and rejects other text", () => {
    expect(sniffProfile(BASE, "x.txt")).toBeCloseTo(1, 10);
    expect(sniffProfile(BASE, "x.dat")).toBeCloseTo(0.9, 10);
    expect(sniffProfile("@article{key,\n  title = {X},\n  author = {A, B}\n}", "x.bib")).toBe(0);
    expect(sniffProfile("TY  - JOUR\nAU  - Smith, A.\nER  -", "x.ris")).toBe(0);
    expect(sniffProfile("Just some text.\nAnother line here.\nAnd a third.", "x.txt")).toBe(0.1);
  });
});

describe("the seed profile data/huang-tiansheng.txt", () => {
  // Expected counts measured independently with Python: split the file on "\n", take lines 2–31 as
  // ten 3-line records, split each authors line on "," into (Last, First) pairs, and count the set
  // of "First Last" names (24) and the set of unordered pairs of names on a common paper (90).
  const text = readFileSync(new URL("../../data/huang-tiansheng.txt", import.meta.url), "utf8");
  const result = parseProfile(text, { file: "huang-tiansheng.txt" });

  it("reads 10 papers, 24 authors and 90 coauthor edges, without warnings", () => {
    expect(result.warnings).toEqual([]);
    expect(result.owner).toEqual({ name: "Tiansheng Huang", key: "tiansheng huang" });
    expect(result.papers).toHaveLength(10);
    const corpus = buildCorpus([result]);
    expect(corpus.papers).toHaveLength(10);
    expect(corpus.authors).toHaveLength(24);
    expect(corpus.owners).toEqual(["tiansheng huang"]);
    expect(corpus.warnings).toEqual([]);
    const graph = buildCoauthorGraph(corpus);
    expect(graph.order).toBe(24);
    expect(graph.size).toBe(90);
    // The owner is on all 10 papers and coauthored with everyone else.
    expect(graph.getNodeAttributes("tiansheng huang")).toEqual({
      name: "Tiansheng Huang",
      papers: 10,
      owner: true,
    });
    expect(graph.degree("tiansheng huang")).toBe(23);
  });

  it("decodes the LaTeX title and keeps records in step", () => {
    expect(result.papers.map((p) => p.line)).toEqual([2, 5, 8, 11, 14, 17, 20, 23, 26, 29]);
    expect(result.papers[6].title).toBe(
      "H³Fusion: Helpful, Harmless, Honest Fusion of Aligned LLMs",
    );
    expect(result.papers[9].title).toBe(
      "Data Poisoning and Leakage Analysis in Federated Learning",
    );
    for (const paper of result.papers) expect(paper.abstract ?? "").not.toMatch(/[{}\\]/);
  });
});

describe("the seed profile with random damage", () => {
  it("keeps all 10 records in step when abstracts are dropped and blank lines inserted", () => {
    const lines = readFileSync(new URL("../../data/huang-tiansheng.txt", import.meta.url), "utf8")
      .split("\n")
      .map((l) => l.trim());
    const expectedTitles = parseProfile(lines.join("\n"), { file: "seed" }).papers.map(
      (p) => p.title,
    );
    let state = 42; // seeded LCG (glibc constants): the same damage on every run
    const rng = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let trial = 0; trial < 200; trial++) {
      const out: string[] = [];
      let dropped = 0;
      for (let i = 0; i < lines.length; i++) {
        // Lines 4, 7, …, 31 (indices 3, 6, …, 30) are the abstracts.
        if (i % 3 === 0 && i > 0 && rng() < 0.3) {
          dropped++;
          continue;
        }
        out.push(lines[i]);
        if (rng() < 0.1) out.push("");
      }
      const result = parseProfile(out.join(rng() < 0.5 ? "\n" : "\r\n"), { file: "f" });
      expect(result.papers.map((p) => p.title)).toEqual(expectedTitles);
      expect(result.papers.map((p) => p.authors.length)).toEqual([7, 6, 5, 5, 9, 5, 6, 6, 5, 6]);
      expect(result.warnings).toHaveLength(dropped);
    }
  });
});
