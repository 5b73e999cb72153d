import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { defaultCaption } from "../../src/export/caption.ts";
import {
  dataExport,
  DEFAULT_IMAGE_SETTINGS,
  pngFileName,
  reportForScene,
  sceneForExport,
  svgExport,
  type ExportInput,
} from "../../src/export/export-actions.ts";
import { sampleReport, sampleScene } from "./fixtures.ts";
import { parseStrictXml } from "./strict-xml.ts";
import { NO_SCENE_EDGES, sceneEdgeList, sceneEdgesOf } from "../../src/scene/scene-edges.ts";

/** The map shows three of the four authors (the filters hid "o'brien") and two edges. */
function input(): ExportInput {
  const scene = sampleScene({ caption: undefined });
  scene.nodes = scene.nodes.filter((n) => n.id !== "o'brien");
  scene.edges = sceneEdgesOf(sceneEdgeList(scene.edges).filter((e) => e.target !== "o'brien"));
  return {
    dataset: "huang-tiansheng.txt",
    date: new Date(2026, 4, 1),
    scene,
    report: sampleReport(),
  };
}

describe("image exports", () => {
  it("apply the background choice to a copy of the scene and add the default caption", () => {
    const i = input();
    const clear = sceneForExport(i, { ...DEFAULT_IMAGE_SETTINGS, background: "transparent" });
    expect(clear.background).toBeNull();
    expect(i.scene.background).toBe("#ffffff");
    // Tiansheng Huang is drawn and on all three papers.
    expect(clear.caption).toBe(
      "Coauthor network of huang-tiansheng.txt: 3 of 4 authors; 2 coauthorships; 3 papers. Coauthor Atlas, 2026-05-01.",
    );
  });

  it("caption what is drawn, not the whole corpus, and name the filters", () => {
    const i = input();
    i.scene.nodes = i.scene.nodes.filter((n) => n.id === "=cmd" || n.id === "unal zoe");
    i.scene.edges = NO_SCENE_EDGES;
    i.filters = "top 2 by PageRank";
    // unal zoe wrote p1 and p2, =cmd p3: all three; drop unal and only p3 is left.
    expect(sceneForExport(i, DEFAULT_IMAGE_SETTINGS).caption).toBe(
      "Coauthor network of huang-tiansheng.txt: 2 of 4 authors, top 2 by PageRank; 0 coauthorships; 3 papers. Coauthor Atlas, 2026-05-01.",
    );
    i.scene.nodes = i.scene.nodes.filter((n) => n.id === "=cmd");
    expect(sceneForExport(i, DEFAULT_IMAGE_SETTINGS).caption).toBe(
      "Coauthor network of huang-tiansheng.txt: 1 of 4 authors, top 2 by PageRank; 0 coauthorships; 1 of 3 papers. Coauthor Atlas, 2026-05-01.",
    );
  });

  it("name files by dataset, date and scale", () => {
    const svg = svgExport(input(), DEFAULT_IMAGE_SETTINGS);
    expect(svg.fileName).toBe("coauthors-huang-tiansheng-2026-05-01.svg");
    expect(pngFileName(input(), 1)).toBe("coauthors-huang-tiansheng-2026-05-01.png");
    expect(pngFileName(input(), 4)).toBe("coauthors-huang-tiansheng-2026-05-01-4x.png");
    const doc = parseStrictXml(svg.content);
    expect(doc.documentElement.getAttribute("width")).toBe(String(svg.width));
  });

  it("leave legend and caption out when unticked", () => {
    const svg = svgExport(input(), { ...DEFAULT_IMAGE_SETTINGS, legend: false, caption: false });
    expect([svg.width, svg.height]).toEqual([400, 300]);
  });
});

describe("data exports", () => {
  it("restrict authors and coauthorships to what the map shows", () => {
    const shown = reportForScene(sampleReport(), input().scene);
    expect(shown.authors.map((a) => a.id)).toEqual(["huang tiansheng", "unal zoe", "=cmd"]);
    expect(shown.edges).toHaveLength(2);
    expect(shown.papers).toHaveLength(3);
  });

  it("write the shown authors to CSV and the whole analysis to JSON", () => {
    const csv = dataExport("csv-authors", input());
    expect(csv.fileName).toBe("coauthors-huang-tiansheng-2026-05-01-authors.csv");
    expect(
      Papa.parse(csv.content.slice(1), { header: true, skipEmptyLines: true }).data,
    ).toHaveLength(3);
    const edges = dataExport("csv-edges", input());
    expect(edges.fileName).toBe("coauthors-huang-tiansheng-2026-05-01-coauthorships.csv");
    const json = JSON.parse(dataExport("json", input()).content);
    expect(json.authors).toHaveLength(4);
  });

  it("write GEXF and GraphML with the map's positions", () => {
    const gexf = dataExport("gexf", input());
    expect(gexf.type).toMatch(/gexf/);
    const doc = parseStrictXml(gexf.content);
    expect(doc.getElementsByTagName("node")).toHaveLength(3);
    expect(doc.getElementsByTagName("meta")[0].getAttribute("lastmodifieddate")).toBe("2026-05-01");
    // "gexf" is the menu's GEXF 1.3 (Gephi); "gexf-1.2" the 1.2draft networkx reads.
    expect(doc.documentElement.namespaceURI).toBe("http://gexf.net/1.3");
    expect(doc.documentElement.getAttribute("version")).toBe("1.3");
    const older = dataExport("gexf-1.2", input());
    // The two versions download under different names, so one does not overwrite the other.
    expect(older.fileName).not.toBe(gexf.fileName);
    expect(older.fileName).toBe(gexf.fileName.replace(/\.gexf$/, "-gexf-1-2.gexf"));
    const root = parseStrictXml(older.content).documentElement;
    expect([root.namespaceURI, root.getAttribute("version")]).toEqual([
      "http://www.gexf.net/1.2draft",
      "1.2",
    ]);
    expect(parseStrictXml(older.content).getElementsByTagName("node")).toHaveLength(3);
    const graphml = parseStrictXml(dataExport("graphml", input()).content);
    expect(graphml.getElementsByTagName("edge")).toHaveLength(2);
  });
});

describe("defaultCaption", () => {
  it("counts with singulars and plurals", () => {
    expect(defaultCaption("x", { authors: 1, coauthorships: 0, papers: 1 })).toBe(
      "Coauthor network of x: 1 author, 0 coauthorships, 1 paper. Coauthor Atlas.",
    );
    expect(defaultCaption("n.gml", { authors: 2, coauthorships: 1, papers: 0 }, "2026-05-01")).toBe(
      "Coauthor network of n.gml: 2 authors, 1 coauthorship. Coauthor Atlas, 2026-05-01.",
    );
  });
});
