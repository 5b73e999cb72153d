import Graph from "graphology";
import graphml from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { GRAPHML_FORMAT, parseGraphml } from "../../src/parse/graphml.ts";

const SAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="edge" attr.name="weight" attr.type="double"><default>1.5</default></key>
  <graph id="G" edgedefault="undirected">
    <edge source="n0" target="n1"><data key="d1">2</data></edge>
    <node id="n0"><data key="d0">Huang, Tiansheng</data></node>
    <node id="n1"><data key="d0">Ling Liu</data></node>
    <node id="n2"><data key="d0">WANG, XY</data></node>
    <edge source="n1" target="n2"/>
  </graph>
</graphml>
`;

const T = { name: "Tiansheng Huang", key: "tiansheng huang" };
const L = { name: "Ling Liu", key: "ling liu" };
const W = { name: "X. Y. Wang", key: "x y wang" };

describe("parseGraphml", () => {
  it("reads labels and weights through their keys, defaults and edges before nodes", () => {
    const r = parseGraphml(SAMPLE, { file: "g.graphml" });
    expect(r.format).toBe("graphml");
    expect(r.authors).toEqual([T, L, W]);
    expect(r.links).toEqual([
      { source: T, target: L, weight: 2, line: 6 },
      { source: L, target: W, weight: 1.5, line: 10 },
    ]);
    expect(r.warnings).toEqual([]);
  });

  it("reads yEd node labels", () => {
    const text = `<graphml xmlns:y="http://www.yworks.com/xml/graphml">
<key id="d6" for="node" yfiles.type="nodegraphics"/>
<graph edgedefault="directed">
<node id="n0"><data key="d6"><y:ShapeNode><y:NodeLabel>Ana Núñez</y:NodeLabel></y:ShapeNode></data></node>
<node id="n1"><data key="d6"><y:ShapeNode><y:NodeLabel>Bo Li</y:NodeLabel></y:ShapeNode></data></node>
<edge source="n0" target="n1"/>
</graph></graphml>`;
    const r = parseGraphml(text, { file: "y.graphml" });
    expect(r.authors?.map((a) => a.name)).toEqual(["Ana Núñez", "Bo Li"]);
    expect(r.links?.map((l) => l.weight)).toEqual([1]);
    expect(r.warnings.map((w) => [w.line, w.message])).toEqual([
      [3, "directed graph: edge directions are ignored (coauthorship is mutual)"],
    ]);
  });

  it("agrees with graphology-graphml on the same file", () => {
    const theirs = graphml.parse(Graph, SAMPLE);
    const ours = parseGraphml(SAMPLE, { file: "g.graphml" });
    expect(ours.authors).toHaveLength(theirs.order);
    expect(ours.links).toHaveLength(theirs.size);
    // graphology-graphml leaves a `<default>` weight as a string.
    expect(theirs.mapEdges((_e, a) => Number(a.weight))).toEqual(ours.links?.map((l) => l.weight));
  });

  it("reports malformed elements with their lines and reads the rest", () => {
    const text = [
      '<graphml><key id="l" for="node" attr.name="name"/><graph>',
      '<node id="a"><data key="l">Ann Lee</data></node>',
      '<node><data key="l">No Id</data></node>',
      '<node id="b"><data key="l">Bo Chen</data></node>',
      '<edge source="a" target="b"/>',
      '<edge target="b"/>',
      '<edge source="a" target="zz"/>',
      "</graph></graphml>",
    ].join("\n");
    const r = parseGraphml(text, { file: "b.graphml" });
    expect(r.authors?.map((a) => a.name)).toEqual(["Ann Lee", "Bo Chen"]);
    expect(r.links).toHaveLength(1);
    expect(r.warnings.map((w) => [w.line, w.message])).toEqual([
      [3, "node without id; skipped"],
      [6, "edge without source or target; skipped"],
      [7, 'edge refers to unknown node "zz"; skipped'],
    ]);
  });

  it("throws on XML that is not GraphML, and sniffs GraphML only", () => {
    expect(() => parseGraphml("<gexf/>", { file: "x.graphml" })).toThrow(
      "coauthor-atlas/parse: x.graphml: no <graphml> element",
    );
    expect(GRAPHML_FORMAT.sniff(SAMPLE, "g.graphml")).toBe(1);
    expect(GRAPHML_FORMAT.sniff("<gexf>", "g.graphml")).toBe(0);
  });
});
