import { describe, expect, it } from "vitest";
import { GML_FORMAT, parseGml, readGml } from "../../src/parse/gml.ts";
import { createWarningLog } from "../../src/parse/warning-log.ts";

const SAMPLE = `Creator "Mark Newman on Sat Jul 22 06:24:59 2006"
# a comment line
graph
[
  directed 0
  node [ id 0 label "ABRAMSON, G" ]
  node [ id 1 label "KUPERMAN, M" ]
  node
  [
    id 2
    label "ANDRADE, MAD"
  ]
  node [ id 3 label "M&uuml;ller, Hans" ]
  node [ id 4 label "ISOLATED, X" ]
  edge [ source 0 target 1 value 2.5 ]
  edge [ source 1 target 2 weight 1 ]
  edge [ source 2 target 3 ]
  edge [ source 1 target 0 value 0.5 ]
]
`;

describe("readGml", () => {
  it("reads nested lists, numbers, strings spanning lines and comments", () => {
    const log = createWarningLog("t.gml");
    const tree = readGml('a 1\n# note\nb "x\ny" c [ d -2.5e1 e [ ] ]\nf bare', log);
    expect(tree).toEqual([
      { key: "a", value: 1, line: 1 },
      { key: "b", value: "x\ny", line: 3 },
      {
        key: "c",
        value: [
          { key: "d", value: -25, line: 4 },
          { key: "e", value: [], line: 4 },
        ],
        line: 4,
      },
      { key: "f", value: "bare", line: 5 },
    ]);
    expect(log.finish()).toEqual([]);
  });

  it("reports syntax errors with their lines and goes on", () => {
    const log = createWarningLog("t.gml");
    const tree = readGml('a 1\n]\n9 b 2\nc [ d "open\n', log);
    expect(tree.map((p) => p.key)).toEqual(["a", "b", "c"]);
    expect(log.finish()).toEqual([
      { file: "t.gml", line: 2, message: "GML: `]` without an open list; ignored" },
      { file: "t.gml", line: 3, message: 'GML: expected a key, found "9"; skipped' },
      { file: "t.gml", line: 4, message: "GML: string not closed; read to the end of the line" },
      {
        file: "t.gml",
        line: 4,
        message: "GML: list opened here is not closed before the end of the file",
      },
    ]);
  });
});

describe("parseGml", () => {
  it("reads a Newman-style network: authors, weighted links, isolated nodes", () => {
    const r = parseGml(SAMPLE, { file: "n.gml" });
    expect(r.format).toBe("gml");
    expect(r.papers).toEqual([]);
    expect(r.authors).toEqual([
      { name: "G. Abramson", key: "g abramson" },
      { name: "M. Kuperman", key: "m kuperman" },
      { name: "M. A. D. Andrade", key: "m a d andrade" },
      { name: "Hans Müller", key: "hans muller" },
      { name: "X. Isolated", key: "x isolated" },
    ]);
    const g = { name: "G. Abramson", key: "g abramson" };
    const m = { name: "M. Kuperman", key: "m kuperman" };
    const a = { name: "M. A. D. Andrade", key: "m a d andrade" };
    const h = { name: "Hans Müller", key: "hans muller" };
    // `value` or `weight` is the weight, 1 when absent; the parallel edge 1–0 adds its 0.5.
    expect(r.links).toEqual([
      { source: g, target: m, weight: 3, line: 15 },
      { source: m, target: a, weight: 1, line: 16 },
      { source: a, target: h, weight: 1, line: 17 },
    ]);
    expect(r.warnings).toEqual([
      {
        file: "n.gml",
        line: 18,
        message: "1 parallel edge between the same authors merged (weights added)",
      },
    ]);
  });

  it("skips broken nodes and edges with a warning and keeps the rest", () => {
    const text = [
      "graph [",
      "  directed 1",
      '  node [ id 1 label "A, B" ]',
      '  node [ label "no id" ]',
      '  node [ id 2 label "anonymous" ]',
      '  node [ id 3 label "C, D" ]',
      "  node [ id 4 ]",
      "  edge [ source 1 target 3 weight -1 ]",
      "  edge [ source 1 target 9 ]",
      "  edge [ source 1 target 2 ]",
      "  edge [ source 3 target 3 ]",
      "  edge [ source 1 ]",
      "  edge [ source 4 target 3 value x ]",
      "]",
    ].join("\n");
    const r = parseGml(text, { file: "b.gml" });
    expect(r.authors?.map((a) => a.name)).toEqual(["B. A", "D. C", "4"]);
    expect(r.links?.map((l) => [l.source.name, l.target.name, l.weight])).toEqual([
      ["4", "D. C", 1],
    ]);
    expect(r.warnings.map((w) => [w.line, w.message])).toEqual([
      [2, "directed graph: edge directions are ignored (coauthorship is mutual)"],
      [4, "node without id; skipped"],
      [5, 'node "2": placeholder author "anonymous" dropped with its edges'],
      [8, "edge 1–3: weight -1 is not positive; edge skipped"],
      [12, "edge without source or target; skipped"],
      [13, 'edge 4–3: weight "x" is not a number; read as 1'],
      [7, "1 node has no label; the node id is used as the name"],
      [9, 'edge refers to unknown node "9"; skipped'],
      [11, 'self-loop on node "3" skipped'],
    ]);
  });

  it("throws on text without a graph", () => {
    expect(() => parseGml("node [ id 1 ]", { file: "x.gml" })).toThrow(
      'coauthor-atlas/parse: x.gml: GML without a "graph [ … ]" list',
    );
  });

  it("sniffs GML and nothing else", () => {
    expect(GML_FORMAT.sniff(SAMPLE, "n.gml")).toBe(0.9);
    expect(GML_FORMAT.sniff("<graphml><graph>", "x")).toBe(0);
    expect(GML_FORMAT.sniff('{"graph": [1]}', "x")).toBe(0);
    expect(GML_FORMAT.sniff("Smith, John\nA title about graph theory\n", "x.txt")).toBe(0);
  });
});
