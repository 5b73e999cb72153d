import Graph from "graphology";
import gexf from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { GEXF_FORMAT, parseGexf } from "../../src/parse/gexf.ts";

const SAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph mode="static" defaultedgetype="undirected">
    <attributes class="node">
      <attribute id="0" title="Name" type="string"/>
    </attributes>
    <attributes class="edge">
      <attribute id="w" title="Weight" type="double"/>
    </attributes>
    <nodes>
      <node id="a" label="Tiansheng Huang"><viz:size value="3"/></node>
      <node id="b"><attvalues><attvalue for="0" value="Ling Liu"/></attvalues></node>
      <node id="c" label="Sihao Hu &amp; co"/>
      <node id="d" label="Jos&#233; Silva"/>
    </nodes>
    <edges>
      <edge id="0" source="a" target="b" weight="3"/>
      <edge id="1" source="b" target="c"><attvalues><attvalue for="w" value="2.5"/></attvalues></edge>
      <edge id="2" source="a" target="c"/>
    </edges>
  </graph>
</gexf>
`;

const T = { name: "Tiansheng Huang", key: "tiansheng huang" };
const L = { name: "Ling Liu", key: "ling liu" };
const S = { name: "Sihao Hu & co", key: "sihao hu co" };

describe("parseGexf", () => {
  it("reads nodes by label (or a name attribute) and edges with weights", () => {
    const r = parseGexf(SAMPLE, { file: "g.gexf" });
    expect(r.format).toBe("gexf");
    expect(r.papers).toEqual([]);
    expect(r.authors).toEqual([T, L, S, { name: "José Silva", key: "jose silva" }]);
    expect(r.links).toEqual([
      { source: T, target: L, weight: 3, line: 17 },
      { source: L, target: S, weight: 2.5, line: 18 },
      { source: T, target: S, weight: 1, line: 19 },
    ]);
    expect(r.warnings).toEqual([]);
  });

  it("agrees with graphology-gexf on a file graphology wrote", () => {
    const g = new Graph({ type: "undirected" });
    const names = ["ABRAMSON, G", "KUPERMAN, M", "Ana Núñez", "Li Wei", "Isolated Person"];
    names.forEach((label, i) => g.addNode(`n${i}`, { label }));
    g.addEdge("n0", "n1", { weight: 2 });
    g.addEdge("n1", "n2", { weight: 0.5 });
    g.addEdge("n2", "n3", { weight: 1 });
    const text = gexf.write(g);
    const ours = parseGexf(text, { file: "w.gexf" });
    const theirs = gexf.parse(Graph, text);
    expect(ours.authors?.map((a) => a.name)).toEqual([
      "G. Abramson",
      "M. Kuperman",
      "Ana Núñez",
      "Li Wei",
      "Isolated Person",
    ]);
    expect(ours.authors).toHaveLength(theirs.order);
    expect(ours.links).toHaveLength(theirs.size);
    const label = (n: string): string => theirs.getNodeAttribute(n, "label") as string;
    const byLabel = new Map(names.map((n, i) => [n, ours.authors?.[i].key]));
    const expected = theirs.mapEdges((_e, attr, s, t) => [
      byLabel.get(label(s)),
      byLabel.get(label(t)),
      attr.weight as number,
    ]);
    expect(ours.links?.map((l) => [l.source.key, l.target.key, l.weight])).toEqual(expected);
    expect(ours.warnings).toEqual([]);
  });

  it("reports malformed elements with their lines and reads the rest", () => {
    const text = [
      '<gexf version="1.2"><graph defaultedgetype="directed"><nodes>',
      '<node id="1" label="Ann Lee"/>',
      '<node label="No Id"/>',
      '<node id="2" label="Bo Chen"></nod>',
      '<node id="3" label="Cy Diaz"/>',
      "</nodes><edges>",
      '<edge source="1" target="2" weight="two"/>',
      '<edge source="1"/>',
      '<edge source="2" target="3"/>',
      '<edge source="3" target="7"/>',
      "</edges></graph></gexf>",
    ].join("\n");
    const r = parseGexf(text, { file: "b.gexf" });
    expect(r.authors?.map((a) => a.name)).toEqual(["Ann Lee", "Bo Chen", "Cy Diaz"]);
    expect(r.links?.map((l) => [l.source.name, l.target.name, l.weight])).toEqual([
      ["Ann Lee", "Bo Chen", 1],
      ["Bo Chen", "Cy Diaz", 1],
    ]);
    expect(r.warnings.map((w) => [w.line, w.message])).toEqual([
      [1, "directed graph: edge directions are ignored (coauthorship is mutual)"],
      [3, "node without id; skipped"],
      [4, "XML: </nod> does not close <node>"],
      [7, 'edge 1–2: weight "two" is not a number; read as 1'],
      [8, "edge without source or target; skipped"],
      [10, 'edge refers to unknown node "7"; skipped'],
    ]);
  });

  it("throws on XML that is not GEXF, and sniffs GEXF only", () => {
    expect(() => parseGexf("<graphml/>", { file: "x.gexf" })).toThrow(
      "coauthor-atlas/parse: x.gexf: no <gexf> element",
    );
    expect(GEXF_FORMAT.sniff(SAMPLE, "g.gexf")).toBe(1);
    expect(GEXF_FORMAT.sniff("<graphml>", "g.gexf")).toBe(0);
  });
});
