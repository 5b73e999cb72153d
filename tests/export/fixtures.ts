// Hand-made report and scene for the export tests: tricky strings, known numbers, no parser needed.
import type { Report } from "../../src/export/json-report.ts";
import type { Scene } from "../../src/scene/scene.ts";
import { sceneEdgesOf } from "../../src/scene/scene-edges.ts";

/** Four authors, three coauthorships, names and titles that need escaping or neutralizing. */
export function sampleReport(): Report {
  const y = (year: number) => ({ firstYear: year, lastYear: year });
  const author = (id: string, name: string, i: number) => ({
    id,
    name,
    papers: 3 - (i % 2),
    coauthors: i === 0 ? 3 : 1,
    strength: i === 0 ? 4.5 : 1.5,
    betweenness: i === 0 ? 1 : 0,
    closeness: i === 0 ? 1 : 0.6,
    eigenvector: 0.25 + i / 10,
    pagerank: [0.4, 0.2, 0.2, 0.2][i],
    community: i % 2,
    component: 0,
    firstYear: 2025,
    lastYear: 2025,
    meanYear: 2025,
    ids: i === 0 ? { orcid: "0000-0002-1825-0097" } : {},
  });
  return {
    summary: {
      papers: 3,
      authors: 4,
      coauthorships: 3,
      components: 1,
      largestComponentShare: 1,
      density: 0.5,
      meanCoauthors: 1.5,
      modularity: 0,
      communities: 2,
      betweenness: { approximate: false, sources: 4, maxStandardError: 0 },
    },
    authors: [
      author("huang tiansheng", "Tiansheng Huang", 0),
      author("unal zoe", "Zoë Ünal", 1),
      author("=cmd", '=HYPERLINK("http://x","y")', 2),
      author("o'brien", 'Tom <b>O\'Brien</b> & "Co"\u0007', 3),
    ],
    papers: [
      {
        id: "p1",
        title: 'Safety, "Tax"',
        year: 2025,
        venue: null,
        authors: ["huang tiansheng", "unal zoe", "o'brien"],
      },
      {
        id: "p2",
        title: "+Booster\nline two",
        year: null,
        venue: null,
        authors: ["huang tiansheng", "unal zoe"],
      },
      {
        id: "p3",
        title: "@home & <away>",
        year: 2024,
        venue: "ICLR",
        authors: ["huang tiansheng", "=cmd"],
      },
    ],
    edges: [
      {
        source: "huang tiansheng",
        target: "unal zoe",
        weight: 2,
        papers: ["p1", "p2"],
        ...y(2025),
      },
      { source: "huang tiansheng", target: "=cmd", weight: 1.5, papers: ["p3"], ...y(2024) },
      { source: "huang tiansheng", target: "o'brien", weight: 1, papers: ["p1"], ...y(2025) },
    ],
    warnings: [],
  } as Report;
}

const box = (x: number, y: number) => ({ x, y, width: 60, height: 15.6 });

/** A scene of the sample report: 400×300, zoom 2 about (200, 150), one selection. */
export function sampleScene(overrides: Partial<Scene> = {}): Scene {
  const report = sampleReport();
  const xy: [number, number][] = [
    [0, 0],
    [40, -20],
    [-50, 30],
    [10, 60],
  ];
  return {
    width: 400,
    height: 300,
    transform: { x: 200, y: 150, k: 2 },
    nodes: report.authors.map((a, i) => ({
      id: a.id,
      x: xy[i][0],
      y: xy[i][1],
      r: 6 + 4 * (i === 0 ? 2 : 0),
      fill: i % 2 ? "#4e79a7" : "rgb(242, 142, 43)",
      label: a.name,
      owner: i === 0,
      selected: i === 1,
      dimmed: i === 3,
    })),
    edges: sceneEdgesOf(
      report.edges.map((e, i) => ({
        source: e.source,
        target: e.target,
        width: 1 + e.weight,
        color: "rgba(120, 120, 120, 0.5)",
        highlighted: i === 0,
        dimmed: false,
      })),
    ),
    legend: {
      sizeMetric: "PageRank",
      sizes: [
        { label: "0.2", r: 6 },
        { label: "0.4", r: 14 },
      ],
      colors: [
        { label: "Community 1", color: "rgb(242, 142, 43)" },
        { label: "Community 2 <&>", color: "#4e79a7" },
      ],
      edgeMeaning: "shared papers",
    },
    caption: "Coauthors of Tiansheng Huang — 3 papers, 4 authors",
    // Labels as a map placed them: all but the third author's (start, end, middle aligned).
    labels: [
      {
        index: 0,
        x: 218,
        y: 154.2,
        align: "start",
        fontSize: 12,
        strong: false,
        box: box(218, 142.2),
      },
      {
        index: 1,
        x: 267,
        y: 114.2,
        align: "end",
        fontSize: 12,
        strong: true,
        box: box(207, 102.2),
      },
      {
        index: 3,
        x: 220,
        y: 290.2,
        align: "middle",
        fontSize: 15,
        strong: false,
        box: box(190, 278.2),
      },
    ],
    background: "#ffffff",
    fontSize: 12,
    ...overrides,
  };
}
