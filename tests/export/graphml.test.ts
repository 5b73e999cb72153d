import Graph from "graphology";
import { parse } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { AUTHOR_METRIC_FIELDS } from "../../src/export/author-fields.ts";
import { writeGraphml } from "../../src/export/graphml.ts";
import { visualsFromScene } from "../../src/export/node-visuals.ts";
import { sampleReport, sampleScene } from "./fixtures.ts";
import { parseStrictXml } from "./strict-xml.ts";

const report = sampleReport();

describe("writeGraphml", () => {
  const text = writeGraphml(report, { visuals: visualsFromScene(sampleScene()) });

  it("is well-formed GraphML with a typed key for every attribute it writes", () => {
    const doc = parseStrictXml(text);
    expect(doc.documentElement.namespaceURI).toBe("http://graphml.graphdrawing.org/xmlns");
    const keys = new Map(
      Array.from(doc.getElementsByTagName("key")).map((k) => [
        k.getAttribute("id"),
        `${k.getAttribute("for")}:${k.getAttribute("attr.type")}`,
      ]),
    );
    for (const f of AUTHOR_METRIC_FIELDS)
      expect(keys.get(f.key)).toBe(`node:${f.type === "integer" ? "int" : "double"}`);
    expect(keys.get("weight")).toBe("edge:double");
    const used = new Set(
      Array.from(doc.getElementsByTagName("data")).map((d) => d.getAttribute("key")),
    );
    for (const key of used) expect(keys.has(key)).toBe(true);
  });

  it("reads back with graphology-graphml: same nodes, attributes and edges", () => {
    const g = parse(Graph, text);
    expect(g.type).toBe("undirected");
    expect(g.nodes()).toEqual(report.authors.map((a) => a.id));
    for (const a of report.authors) {
      const attrs = g.getNodeAttributes(a.id);
      expect(attrs.label).toBe(a.name.replace("\u0007", ""));
      for (const f of AUTHOR_METRIC_FIELDS) expect(attrs[f.key]).toBe(a[f.key]);
    }
    expect(g.size).toBe(3);
    for (const e of report.edges) {
      const attrs = g.getEdgeAttributes(g.edge(e.source, e.target) as string);
      expect(attrs.weight).toBe(e.weight);
      expect(attrs.paper_ids).toBe(e.papers.join("; "));
    }
    const zoe = g.getNodeAttributes("unal zoe");
    expect([zoe.x, zoe.y, zoe.size, zoe.color]).toEqual([80, 40, 6, "#4e79a7"]);
    expect(g.getEdgeAttributes(g.edge("huang tiansheng", "unal zoe") as string).paper_titles).toBe(
      'Safety, "Tax"; +Booster\nline two',
    );
  });

  it("declares no position keys without visuals", () => {
    const plain = writeGraphml(report);
    expect(plain).not.toContain('attr.name="x"');
    expect(parse(Graph, plain).order).toBe(4);
  });
});
