import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import Papa from "papaparse";
import { PNG } from "pngjs";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { buildCoauthorGraph } from "../../src/graph/coauthor-graph.ts";
import { buildCorpus, parseFile } from "../../src/parse/index.ts";
import { createResvgTextMeasure } from "../../src/export/png-resvg.ts";
import { parseStrictXml } from "./strict-xml.ts";

const SEED = resolve(dirname(fileURLToPath(import.meta.url)), "../../data/huang-tiansheng.txt");
const dir = mkdtempSync(join(tmpdir(), "coauthor-atlas-export-"));
const outputs = new Map<string, string>();

async function run(format: string, name = `seed.${format}`, ...extra: string[]): Promise<string> {
  const out = join(dir, name);
  const errors: string[] = [];
  const code = await main(["analyze", SEED, "--format", format, "--out", out, ...extra], {
    stdout: () => {},
    stderr: (t) => errors.push(t),
  });
  expect(errors.join("")).toBe("");
  expect(code).toBe(0);
  return out;
}

beforeAll(async () => {
  for (const format of ["svg", "png", "gexf", "graphml", "csv", "json"])
    outputs.set(format, await run(format));
});

describe("coauthor-atlas analyze <seed> --format … --out …", () => {
  it("svg: 24 discs, 90 lines, labels that are author names and never overlap", () => {
    const text = readFileSync(outputs.get("svg") as string, "utf8");
    const doc = parseStrictXml(text);
    const groups = Array.from(doc.getElementsByTagName("g"));
    const byClass = (c: string) => groups.find((g) => g.getAttribute("class") === c) as Element;
    const discs = Array.from(byClass("nodes").getElementsByTagName("circle"));
    expect(discs).toHaveLength(24);
    expect(byClass("edges").getElementsByTagName("line")).toHaveLength(90);
    // Every disc inside the 1200 × 800 map frame.
    for (const c of discs) {
      const [cx, cy, r] = ["cx", "cy", "r"].map((a) => Number(c.getAttribute(a)));
      expect(cx - r).toBeGreaterThanOrEqual(0);
      expect(cx + r).toBeLessThanOrEqual(1200);
      expect(cy - r).toBeGreaterThanOrEqual(0);
      expect(cy + r).toBeLessThanOrEqual(800);
    }
    const labels = Array.from(byClass("labels").getElementsByTagName("text"));
    expect(labels.length).toBeGreaterThanOrEqual(20);
    expect(labels.map((t) => t.textContent)).toContain("Tiansheng Huang");
    const measure = createResvgTextMeasure();
    const boxes = labels.map((t) => {
      const x = Number(t.getAttribute("x"));
      const y = Number(t.getAttribute("y"));
      const w = measure(t.textContent ?? "", "400 14px sans-serif");
      // text-anchor="end": the label ends at x (it sits left of its node).
      const x0 = t.getAttribute("text-anchor") === "end" ? x - w : x;
      return {
        x0,
        x1: x0 + w,
        y0: y - 11,
        y1: y + 4,
      };
    });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        expect(overlap, `${labels[i].textContent} / ${labels[j].textContent}`).toBe(false);
      }
  });

  it("svg: the same input gives the same picture", async () => {
    const again = await run("svg", "again.svg");
    expect(readFileSync(again, "utf8")).toBe(readFileSync(outputs.get("svg") as string, "utf8"));
  });

  it("png: 2× the SVG's size, white, with marks and text on it", () => {
    const svg = parseStrictXml(readFileSync(outputs.get("svg") as string, "utf8"));
    const png = PNG.sync.read(readFileSync(outputs.get("png") as string));
    const w = Number(svg.documentElement.getAttribute("width"));
    const h = Number(svg.documentElement.getAttribute("height"));
    expect([png.width, png.height]).toEqual([2 * w, 2 * h]);
    let ink = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i] < 200) ink++;
    expect(Array.from(png.data.subarray(0, 4))).toEqual([255, 255, 255, 255]);
    expect(ink / (png.width * png.height)).toBeGreaterThan(0.02);
  });

  it("gexf: reads back with 24 author nodes, 90 coauthor edges, metrics and positions", () => {
    const g = parseGexf(Graph, readFileSync(outputs.get("gexf") as string, "utf8"));
    expect([g.order, g.size]).toEqual([24, 90]);
    const owner = g.getNodeAttributes("tiansheng huang");
    expect(owner.label).toBe("Tiansheng Huang");
    expect(owner.papers).toBe(10);
    expect(owner.coauthors).toBe(23);
    expect(typeof owner.x).toBe("number");
    expect(owner.color).toMatch(/^rgb\(/);
  });

  it("gexf: 1.2draft by default, 1.3 with --gexf-version 1.3, the same network in both", async () => {
    const root = (file: string) => parseStrictXml(readFileSync(file, "utf8")).documentElement;
    const v12 = root(outputs.get("gexf") as string);
    expect([v12.namespaceURI, v12.getAttribute("version")]).toEqual([
      "http://www.gexf.net/1.2draft",
      "1.2",
    ]);
    const explicit = await run("gexf", "seed-12.gexf", "--gexf-version", "1.2");
    expect(readFileSync(explicit, "utf8")).toBe(
      readFileSync(outputs.get("gexf") as string, "utf8"),
    );
    const file13 = await run("gexf", "seed-13.gexf", "--gexf-version=1.3");
    const v13 = root(file13);
    expect([v13.namespaceURI, v13.getAttribute("version")]).toEqual(["http://gexf.net/1.3", "1.3"]);
    expect(v13.getAttribute("xmlns:viz")).toBe("http://gexf.net/1.3/viz");
    const g = parseGexf(Graph, readFileSync(file13, "utf8"));
    expect([g.order, g.size]).toEqual([24, 90]);
    expect(g.getNodeAttribute("tiansheng huang", "papers")).toBe(10);
  });

  it("gexf: --gexf-version takes 1.2 or 1.3 only", async () => {
    const errors: string[] = [];
    const code = await main(["analyze", SEED, "--format", "gexf", "--gexf-version", "1.1"], {
      stdout: () => {},
      stderr: (t) => errors.push(t),
    });
    expect(code).toBe(2);
    expect(errors.join("")).toMatch(/--gexf-version must be one of 1\.2, 1\.3, got 1\.1/);
  });

  it("graphml: reads back with 24 nodes and 90 edges whose weights add up to the strengths", () => {
    const g = parseGraphml(Graph, readFileSync(outputs.get("graphml") as string, "utf8"));
    expect([g.order, g.size]).toEqual([24, 90]);
    let weights = 0;
    g.forEachEdge((_e, a) => (weights += a.weight as number));
    let strength = 0;
    g.forEachNode((_n, a) => (strength += a.strength as number));
    // Every edge weight counts in the strength of both its ends.
    expect(weights).toBeCloseTo(strength / 2, 9);
    expect(weights).toBeGreaterThan(90);
  });

  it("csv: one row per author, and the coauthorships next to it, one row per edge", () => {
    const authors = Papa.parse<Record<string, string>>(
      readFileSync(outputs.get("csv") as string, "utf8").replace(/^\uFEFF/, ""),
      { header: true, skipEmptyLines: true },
    );
    expect(authors.data).toHaveLength(24);
    const edges = Papa.parse<Record<string, string>>(
      readFileSync(join(dir, "seed-coauthorships.csv"), "utf8").replace(/^\uFEFF/, ""),
      { header: true, skipEmptyLines: true },
    );
    expect(edges.data).toHaveLength(90);
    expect(edges.data.every((row) => row.paper_ids.split("; ").length === Number(row.weight))).toBe(
      true,
    );
  });

  const python = "/usr/bin/python3";
  const hasNetworkx = (() => {
    try {
      return existsSync(python) && !execFileSync(python, ["-c", "import networkx"]).length;
    } catch {
      return false;
    }
  })();
  if (!hasNetworkx)
    console.log("skipping the networkx read of the seed GEXF: no /usr/bin/python3 with networkx");
  it.skipIf(!hasNetworkx)("gexf: networkx reads 24 author nodes and 90 coauthor edges", () => {
    const script =
      "import sys, networkx as nx; g = nx.read_gexf(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges())";
    const out = execFileSync(python, ["-c", script, outputs.get("gexf") as string], {
      encoding: "utf8",
    });
    expect(out.trim()).toBe("24 90");
  });

  it.each(["gexf", "graphml"])(
    "%s: opens again in Coauthor Atlas as the same network",
    (format) => {
      const file = outputs.get(format) as string;
      const graph = buildCoauthorGraph(buildCorpus([parseFile(readFileSync(file, "utf8"), file)]));
      const json = JSON.parse(readFileSync(join(dir, "seed.json"), "utf8")) as {
        authors: { name: string }[];
        edges: { source: string; target: string; weight: number }[];
      };
      expect(graph.order).toBe(24);
      expect(graph.size).toBe(90);
      expect(graph.mapNodes((_id, a) => a.name).sort()).toEqual(
        json.authors.map((a) => a.name).sort(),
      );
      const weights = (g: typeof graph) => g.mapEdges((_e, a) => a.weight).sort((x, y) => x - y);
      expect(weights(graph)).toEqual(json.edges.map((e) => e.weight).sort((x, y) => x - y));
    },
  );
});
