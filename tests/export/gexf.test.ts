import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Graph from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { AUTHOR_METRIC_FIELDS } from "../../src/export/author-fields.ts";
import { writeGexf, type GexfVersion } from "../../src/export/gexf.ts";
import { visualsFromScene } from "../../src/export/node-visuals.ts";
import { sampleReport, sampleScene } from "./fixtures.ts";
import { parseStrictXml } from "./strict-xml.ts";

const report = sampleReport();
const visuals = visualsFromScene(sampleScene());

describe.each<GexfVersion>(["1.3", "1.2draft"])("writeGexf %s", (version) => {
  const text = writeGexf(report, { version, visuals, date: "2026-05-01" });

  it("is well-formed XML in the version's GEXF and viz namespaces", () => {
    const doc = parseStrictXml(text);
    const root = doc.documentElement;
    const base = version === "1.3" ? "http://gexf.net/1.3" : "http://www.gexf.net/1.2draft";
    expect(root.namespaceURI).toBe(base);
    expect(root.getAttribute("xmlns:viz")).toBe(`${base}/viz`);
    expect(root.getAttribute("version")).toBe(version === "1.3" ? "1.3" : "1.2");
    expect(doc.getElementsByTagNameNS(`${base}/viz`, "position")).toHaveLength(4);
  });

  it("declares every metric with its type", () => {
    const doc = parseStrictXml(text);
    const declared = Array.from(doc.getElementsByTagName("attribute"))
      .filter((el) => (el.parentNode as Element).getAttribute("class") === "node")
      .map((el) => [el.getAttribute("id"), el.getAttribute("type")]);
    expect(declared).toEqual(AUTHOR_METRIC_FIELDS.map((f) => [f.key, f.type]));
  });

  it("reads back with graphology-gexf: same nodes, labels, metrics, edges and viz", () => {
    const g = parse(Graph, text);
    expect(g.type).toBe("undirected");
    expect(g.nodes()).toEqual(report.authors.map((a) => a.id));
    for (const a of report.authors) {
      const attrs = g.getNodeAttributes(a.id);
      expect(attrs.label).toBe(a.name.replace("\u0007", ""));
      for (const f of AUTHOR_METRIC_FIELDS) expect(attrs[f.key]).toBe(a[f.key]);
    }
    expect(g.size).toBe(report.edges.length);
    report.edges.forEach((e) => {
      const key = g.edge(e.source, e.target) as string;
      expect(key).toBeDefined();
      const attrs = g.getEdgeAttributes(key);
      expect(attrs.weight).toBe(e.weight);
      expect(attrs.paper_ids).toBe(e.papers.join("; "));
    });
    expect(g.getEdgeAttributes(g.edge("huang tiansheng", "=cmd") as string).paper_titles).toBe(
      "@home & <away>",
    );
    // Scene node 1: world (40, -20) → (80, -40) from the centre at zoom 2, r 6, fill #4e79a7;
    // y is flipped for Gephi's y-up axis.
    const zoe = g.getNodeAttributes("unal zoe");
    expect([zoe.x, zoe.y, zoe.size, zoe.color]).toEqual([80, 40, 6, "rgb(78,121,167)"]);
    expect(g.getNodeAttributes("huang tiansheng").color).toBe("rgb(242,142,43)");
    const edge = g.getEdgeAttributes(g.edge("huang tiansheng", "unal zoe") as string);
    expect(edge.thickness).toBe(3);
    expect(edge.color).toBe("rgba(120,120,120,0.5)");
  });

  it("carries the date and creator in meta", () => {
    const doc = parseStrictXml(text);
    expect(doc.getElementsByTagName("meta")[0].getAttribute("lastmodifieddate")).toBe("2026-05-01");
    expect(doc.getElementsByTagName("creator")[0].textContent).toBe("Coauthor Atlas");
  });
});

describe("writeGexf without visuals", () => {
  it("writes no viz elements and still reads back", () => {
    const text = writeGexf(report);
    expect(text).not.toContain("<viz:");
    expect(text).not.toContain("lastmodifieddate");
    const g = parse(Graph, text);
    expect(g.order).toBe(4);
    expect(g.getNodeAttributes("o'brien").x).toBeUndefined();
  });

  it("rejects an unknown version", () => {
    expect(() => writeGexf(report, { version: "9" as GexfVersion })).toThrow(/GEXF version "9"/);
  });
});

const PYTHON = "/usr/bin/python3";

function networkxAvailable(): boolean {
  if (!existsSync(PYTHON)) return false;
  try {
    execFileSync(PYTHON, ["-c", "import networkx"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe("writeGexf read by networkx (reference reader; skipped without Python)", () => {
  const available = networkxAvailable();
  if (!available)
    console.log("skipping networkx GEXF check: /usr/bin/python3 with networkx not found");
  it.skipIf(!available)("gives the same node count, edge count, labels and metrics", () => {
    const dir = mkdtempSync(join(tmpdir(), "gexf-"));
    const file = join(dir, "g.gexf");
    writeFileSync(file, writeGexf(report, { visuals }));
    const script = [
      "import json, sys, networkx as nx",
      "g = nx.read_gexf(sys.argv[1])",
      "print(json.dumps({'n': g.number_of_nodes(), 'm': g.number_of_edges(),",
      " 'label': g.nodes['unal zoe']['label'], 'pagerank': g.nodes['huang tiansheng']['pagerank'],",
      " 'papers': g.nodes['huang tiansheng']['papers'], 'weight': g.edges['huang tiansheng', '=cmd']['weight'],",
      " 'x': g.nodes['unal zoe']['viz']['position']['x']}))",
    ].join("\n");
    const out = JSON.parse(execFileSync(PYTHON, ["-c", script, file], { encoding: "utf8" }));
    expect(out).toEqual({
      n: 4,
      m: 3,
      label: "Zoë Ünal",
      pagerank: 0.4,
      papers: 3,
      weight: 1.5,
      x: 80,
    });
  });
});
