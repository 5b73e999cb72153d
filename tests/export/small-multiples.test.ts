// Small multiples on the hand-made fixture (hand-computed panels) and from the CLI on dblp.bib
// (panels counted from the JSON report's papers and edges).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import type { Report } from "../../src/export/json-report.ts";
import { smallMultiplesCaption } from "../../src/export/small-multiples-caption.ts";
import { smallMultiplesSvg } from "../../src/export/small-multiples.ts";
import { buildCoauthorGraph } from "../../src/graph/coauthor-graph.ts";
import { timelineIndex, yearContextOf } from "../../src/graph/timeline.ts";
import { computeMetrics } from "../../src/metrics/compute-metrics.ts";
import { periodScenes } from "../../src/scene/period-scenes.ts";
import { SCENE_STYLE } from "../../src/scene/style.ts";
import { FIXTURE } from "../graph/fixture.ts";
import { sharedCorpus } from "../metrics/helpers.ts";
import { parseStrictXml } from "./strict-xml.ts";

/** Per panel (nested svg): title, disc ids by position, and how many edges are drawn red. */
function panelsOf(text: string) {
  const doc = parseStrictXml(text);
  const root = doc.documentElement;
  const panels = Array.from(root.getElementsByTagName("g")).filter(
    (g) => g.getAttribute("class") === "panel",
  );
  return panels.map((panel) => {
    const title = panel.getElementsByTagName("text")[0].textContent;
    const inner = panel.getElementsByTagName("svg")[0];
    const groups = Array.from(inner.getElementsByTagName("g"));
    const byClass = (c: string) => groups.find((g) => g.getAttribute("class") === c) as Element;
    const discs = Array.from(byClass("nodes").getElementsByTagName("circle")).map(
      (c) => `${c.getAttribute("cx")},${c.getAttribute("cy")}`,
    );
    const lines = Array.from(byClass("edges").getElementsByTagName("line"));
    const red = lines.filter((l) => l.getAttribute("stroke") === SCENE_STYLE.newEdgeColor).length;
    const clip = inner.getElementsByTagName("clipPath")[0].getAttribute("id");
    return { title, discs, lines: lines.length, red, clip, x: inner.getAttribute("x") };
  });
}

describe("small multiples of the fixture", () => {
  // p1 (2019) A B C · p2 (2020) A B · p3 (2021) C D · p4 (2022) D E · p5 (no year) F G · p6 (2020) A.
  const graph = buildCoauthorGraph(FIXTURE);
  const metrics = computeMetrics(graph);
  const positions = Object.fromEntries(
    graph.nodes().map((id, i) => [id, { x: 10 + 30 * i, y: 20 + 10 * i }]),
  );
  const panels = periodScenes(
    {
      graph,
      metrics: metrics.authors,
      positions,
      sizeMetric: "papers",
      frame: { width: 300, height: 200, transform: { x: 5, y: 7, k: 2 } },
      context: yearContextOf(FIXTURE.papers),
      index: timelineIndex(graph, FIXTURE.papers),
    },
    [
      { from: 2019, to: 2020 },
      { from: 2021, to: 2022 },
    ],
  );

  it("draws each period's authors where the one layout puts them, new collaborations in red", () => {
    // 2019–2020: p1, p2, p6 → A B C, edges A–B A–C B–C, all first in 2019 (red).
    // 2021–2022: p3, p4 → C D E, edges C–D D–E, first in 2021 and 2022 (red).
    expect(panels.map((p) => p.scene.nodes.map((n) => n.id).sort())).toEqual([
      ["A", "B", "C"],
      ["C", "D", "E"],
    ]);
    const svg = smallMultiplesSvg(panels, {
      caption: smallMultiplesCaption(
        'a<b>&"c".bib',
        panels.map((p) => p.period),
      ),
    });
    const drawn = panelsOf(svg);
    expect(drawn.map((p) => p.title)).toEqual(["2019–2020", "2021–2022"]);
    expect(drawn.map((p) => [p.discs.length, p.lines, p.red])).toEqual([
      [3, 3, 3],
      [3, 2, 2],
    ]);
    // C (index 2): world (70, 40) → screen (70·2+5, 40·2+7) = (145, 87) in both panels.
    expect(drawn[0].discs).toContain("145,87");
    expect(drawn[1].discs).toContain("145,87");
    // Every panel has its own clip path; the second panel sits to the right of the first.
    expect(drawn.map((p) => p.clip)).toEqual(["map-clip-1", "map-clip-2"]);
    expect(Number(drawn[1].x)).toBeGreaterThan(Number(drawn[0].x) + 300);
    // The file name from the data is escaped (the strict parse would have failed otherwise).
    expect(svg).toContain("a&lt;b&gt;&amp;&quot;c&quot;.bib");
  });

  it("keeps a period without papers as an empty panel", () => {
    const empty = periodScenes(
      {
        graph,
        metrics: metrics.authors,
        positions,
        sizeMetric: "papers",
        frame: { width: 300, height: 200, transform: { x: 0, y: 0, k: 1 } },
        context: yearContextOf(FIXTURE.papers),
        index: timelineIndex(graph, FIXTURE.papers),
      },
      [{ from: 1990, to: 1995 }],
    );
    const drawn = panelsOf(smallMultiplesSvg(empty));
    expect(drawn.map((p) => [p.title, p.discs.length, p.lines])).toEqual([["1990–1995", 0, 0]]);
  });
});

async function run(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const DBLP = sharedCorpus("dblp.bib");

describe("--small-multiples without dates", () => {
  it("says that no paper has a year", async () => {
    const dir = mkdtempSync(join(tmpdir(), "coauthor-atlas-sm-"));
    const file = join(dir, "two.gml");
    writeFileSync(
      file,
      'graph [ node [ id 1 label "A" ] node [ id 2 label "B" ] edge [ source 1 target 2 ] ]',
    );
    const { code, stderr } = await run([
      "analyze",
      file,
      "--format",
      "svg",
      "--small-multiples",
      "2",
    ]);
    expect(code).not.toBe(0);
    expect(stderr).toContain("no paper has a year: --small-multiples needs dated papers");
    rmSync(dir, { recursive: true, force: true });
  });
});

describe.skipIf(!DBLP)("--periods on dblp.bib", () => {
  it("draws a panel per period with the authors and new collaborations of its papers", async () => {
    const path = DBLP as string;
    const json = await run(["analyze", path, "--format", "json"]);
    const report = JSON.parse(json.stdout) as Report;
    const periods = [
      { from: 1990, to: 1999 },
      { from: 2000, to: 2009 },
    ];
    // Counted from the report: distinct authors of the period's papers; edges first in it.
    const expected = periods.map(({ from, to }) => {
      const authors = new Set<string>();
      for (const p of report.papers)
        if (p.year !== null && p.year >= from && p.year <= to)
          for (const a of p.authors) authors.add(a);
      const red = report.edges.filter(
        (e) => e.firstYear !== null && e.firstYear >= from && e.firstYear <= to,
      ).length;
      return [authors.size, red];
    });
    const { code, stdout } = await run([
      "analyze",
      path,
      "--format",
      "svg",
      "--periods",
      "1990-1999,2000-2009",
    ]);
    expect(code).toBe(0);
    const drawn = panelsOf(stdout);
    expect(drawn.map((p) => p.title)).toEqual(["1990–1999", "2000–2009"]);
    expect(drawn.map((p) => [p.discs.length, p.red])).toEqual(expected);
    // An author of both periods is drawn at one place: some disc positions recur.
    const shared = drawn[0].discs.filter((d) => drawn[1].discs.includes(d));
    expect(shared.length).toBeGreaterThan(0);
  }, 60_000);

  it("refuses periods without --format svg, and malformed periods", async () => {
    const path = DBLP as string;
    const png = await run(["analyze", path, "--small-multiples", "3", "--format", "json"]);
    expect(png.code).not.toBe(0);
    expect(png.stderr).toMatch(/--small-multiples and --periods need --format svg/);
    const bad = await run(["analyze", path, "--format", "svg", "--periods", "2000-"]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--periods needs periods such as 2000-2004,2005-2009, got 2000-/);
    const many = await run(["analyze", path, "--format", "svg", "--small-multiples", "99"]);
    expect(many.stderr).toMatch(/at most 24 panels/);
  });
});
