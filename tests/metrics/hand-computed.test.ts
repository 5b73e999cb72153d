// Metrics of small graphs against values derived by hand (derivations in the comments).
import { describe, expect, it } from "vitest";
import { buildCoauthorGraph } from "../../src/graph/coauthor-graph.ts";
import type { Corpus } from "../../src/model/types.ts";
import { computeMetrics, type MetricsResult } from "../../src/metrics/compute-metrics.ts";
import { graphFrom } from "./helpers.ts";
import { authorMetricsRecord, type AuthorMetricKey } from "../../src/metrics/author-table.ts";

function field(result: MetricsResult, name: AuthorMetricKey) {
  return Object.fromEntries(
    Object.entries(authorMetricsRecord(result.authors)).map(([id, m]) => [id, m[name]]),
  );
}

function expectClose(
  actual: Record<string, number>,
  expected: Record<string, number>,
  digits: number,
) {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const id of Object.keys(expected)) expect(actual[id], id).toBeCloseTo(expected[id], digits);
}

describe("path P4 a–b–c–d", () => {
  const result = computeMetrics(
    graphFrom(
      ["a", "b", "c", "d"],
      [
        ["a", "b"],
        ["b", "c"],
        ["c", "d"],
      ],
    ),
  );

  it("betweenness: b and c each sit on 2 of the 3 pairs not touching them; × 2/((n−1)(n−2)) = 2/6", () => {
    expectClose(field(result, "betweenness"), { a: 0, b: 2 / 3, c: 2 / 3, d: 0 }, 12);
  });

  it("closeness: a sums 1+2+3 = 6 → 3/6; b sums 1+1+2 = 4 → 3/4", () => {
    expectClose(field(result, "closeness"), { a: 0.5, b: 0.75, c: 0.75, d: 0.5 }, 12);
  });

  it("pagerank: ends e = .0375 + .85·m/2, middles m = .0375 + .85(e + m/2) → e = 20/114, m = 37/114", () => {
    expectClose(
      field(result, "pagerank"),
      { a: 20 / 114, b: 37 / 114, c: 37 / 114, d: 20 / 114 },
      5,
    );
  });

  it("eigenvector: λ = 2cos(π/5), x_k ∝ sin(kπ/5), Σx² = 5/2", () => {
    const end = Math.sin(Math.PI / 5) / Math.sqrt(2.5);
    const middle = Math.sin((2 * Math.PI) / 5) / Math.sqrt(2.5);
    expectClose(field(result, "eigenvector"), { a: end, b: middle, c: middle, d: end }, 4);
  });
});

describe("path P5 a–b–c–d–e", () => {
  const result = computeMetrics(
    graphFrom(
      ["a", "b", "c", "d", "e"],
      [
        ["a", "b"],
        ["b", "c"],
        ["c", "d"],
        ["d", "e"],
      ],
    ),
  );

  it("betweenness: b on 3 pairs, c on 4 (a–d, a–e, b–d, b–e); × 2/(4·3)", () => {
    expectClose(field(result, "betweenness"), { a: 0, b: 0.5, c: 2 / 3, d: 0.5, e: 0 }, 12);
  });

  it("closeness: a 4/10, b 4/7, c 4/6", () => {
    expectClose(field(result, "closeness"), { a: 0.4, b: 4 / 7, c: 2 / 3, d: 4 / 7, e: 0.4 }, 12);
  });
});

describe("star: centre h with leaves 1…4", () => {
  const result = computeMetrics(
    graphFrom(
      ["h", "1", "2", "3", "4"],
      [
        ["h", "1"],
        ["h", "2"],
        ["h", "3"],
        ["h", "4"],
      ],
    ),
  );

  it("betweenness: the centre is on all C(4,2) = 6 leaf pairs → 2·6/(4·3) = 1", () => {
    expectClose(field(result, "betweenness"), { h: 1, 1: 0, 2: 0, 3: 0, 4: 0 }, 12);
  });

  it("closeness: centre 4/4, leaf 4/(1 + 3·2) = 4/7", () => {
    expectClose(field(result, "closeness"), { h: 1, 1: 4 / 7, 2: 4 / 7, 3: 4 / 7, 4: 4 / 7 }, 12);
  });

  it("pagerank: c = .03 + .85·4l, l = .03 + .85·c/4 → c = .132/.2775", () => {
    const centre = 0.132 / 0.2775;
    const leaf = (1 - centre) / 4;
    expectClose(field(result, "pagerank"), { h: centre, 1: leaf, 2: leaf, 3: leaf, 4: leaf }, 5);
  });

  it("eigenvector: λ = 2, centre = 2 · leaf → (2, 1, 1, 1, 1)/√8", () => {
    const leaf = 1 / Math.sqrt(8);
    expectClose(
      field(result, "eigenvector"),
      { h: 2 * leaf, 1: leaf, 2: leaf, 3: leaf, 4: leaf },
      4,
    );
  });

  it("degree, strength and a single component", () => {
    expect(authorMetricsRecord(result.authors).h).toMatchObject({
      coauthors: 4,
      strength: 4,
      component: 0,
    });
    expect(result.summary).toMatchObject({ authors: 5, coauthorships: 4, components: 1 });
    expect(result.summary.density).toBeCloseTo(4 / 10, 12);
  });
});

describe("two components and an isolate: a–b–c, d–e, f", () => {
  const result = computeMetrics(
    graphFrom(
      ["f", "d", "a", "b", "c", "e"],
      [
        ["a", "b"],
        ["b", "c"],
        ["d", "e"],
      ],
    ),
  );

  it("betweenness: b on the one pair a–c; n = 6 → 2·1/(5·4) = 0.1", () => {
    expectClose(field(result, "betweenness"), { a: 0, b: 0.1, c: 0, d: 0, e: 0, f: 0 }, 12);
  });

  it("closeness, Wasserman–Faust: (r−1)/Σd · (r−1)/(n−1); b (2/2)(2/5), a (2/3)(2/5), d (1/1)(1/5), f 0", () => {
    expectClose(
      field(result, "closeness"),
      { a: 4 / 15, b: 0.4, c: 4 / 15, d: 0.2, e: 0.2, f: 0 },
      12,
    );
  });

  it("eigenvector: A+I favours P3 (1+√2 > 2 > 1): (1, √2, 1)/2, the rest fades below 1e-4", () => {
    const eigenvector = field(result, "eigenvector");
    expectClose(eigenvector, { a: 0.5, b: Math.SQRT1_2, c: 0.5, d: 0, e: 0, f: 0 }, 4);
    expect(result.warnings).toEqual([]);
  });

  it("components largest first, ties impossible here; f alone is last although it comes first", () => {
    expect(field(result, "component")).toEqual({ a: 0, b: 0, c: 0, d: 1, e: 1, f: 2 });
    expect(result.summary).toMatchObject({ components: 3, largestComponentShare: 0.5 });
  });

  it("pagerank sums to 1 and the isolate gets (1−α)/n + α·x_f/n", () => {
    const pagerank = field(result, "pagerank");
    const total = Object.values(pagerank).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 12);
    // f = .15/6 + .85 f/6 → f = .025/(1 − .85/6)
    expect(pagerank.f).toBeCloseTo(0.025 / (1 - 0.85 / 6), 5);
  });
});

describe("triangle a, b, c with pendant d on c", () => {
  const result = computeMetrics(
    graphFrom(
      ["a", "b", "c", "d"],
      [
        ["a", "b"],
        ["b", "c"],
        ["a", "c"],
        ["c", "d"],
      ],
    ),
  );

  it("betweenness: c on a–d and b–d → 2·2/(3·2)", () => {
    expectClose(field(result, "betweenness"), { a: 0, b: 0, c: 2 / 3, d: 0 }, 12);
  });

  it("closeness: c 3/3, a 3/4, d 3/5", () => {
    expectClose(field(result, "closeness"), { a: 0.75, b: 0.75, c: 1, d: 0.6 }, 12);
  });

  it("pagerank solves x = .0375 + .85(x/2 + y/3), y = .0375 + .85(x + z), z = .0375 + .85·y/3", () => {
    // Eliminating z then x: x = 0.245927…, y = 0.366735…, z = 0.141408…
    expectClose(
      field(result, "pagerank"),
      { a: 0.2459278, b: 0.2459278, c: 0.3667359, d: 0.1414085 },
      5,
    );
  });

  it("eigenvector: a = b = 1, c = λ − 1, d = c/λ with λ³ − λ² − 3λ + 1 = 0", () => {
    let lo = 2;
    let hi = 3;
    for (let i = 0; i < 60; i++) {
      const mid = (lo + hi) / 2;
      if (mid ** 3 - mid ** 2 - 3 * mid + 1 > 0) hi = mid;
      else lo = mid;
    }
    const c = lo - 1;
    const d = c / lo;
    const norm = Math.sqrt(2 + c * c + d * d);
    expectClose(
      field(result, "eigenvector"),
      { a: 1 / norm, b: 1 / norm, c: c / norm, d: d / norm },
      4,
    );
  });
});

describe("coauthor projection of a corpus with a shared paper", () => {
  // p1 {A, B, C}, p2 {A, B}, p3 {C, D}, p4 {E} alone:
  // A–B weight 2 (p1, p2), A–C 1, B–C 1, C–D 1; E isolated.
  const corpus: Corpus = {
    papers: [
      { id: "p1", title: "One", authors: ["A", "B", "C"], file: "t", line: 2 },
      { id: "p2", title: "Two", authors: ["A", "B"], file: "t", line: 5 },
      { id: "p3", title: "Three", authors: ["C", "D"], file: "t", line: 8 },
      { id: "p4", title: "Four", authors: ["E"], file: "t", line: 11 },
    ],
    authors: ["A", "B", "C", "D", "E"].map((id) => ({ id, name: id, variants: [] })),
    links: [],
    owners: ["A"],
    files: [{ file: "t", format: "profile" }],
    warnings: [],
  };
  const graph = buildCoauthorGraph(corpus);
  const result = computeMetrics(graph, { paperCount: corpus.papers.length });

  it("papers, coauthors (degree) and strength (weighted degree)", () => {
    expect(field(result, "papers")).toEqual({ A: 2, B: 2, C: 2, D: 1, E: 1 });
    expect(field(result, "coauthors")).toEqual({ A: 2, B: 2, C: 3, D: 1, E: 0 });
    expect(field(result, "strength")).toEqual({ A: 3, B: 3, C: 3, D: 1, E: 0 });
  });

  it("betweenness and closeness ignore weights: C on A–D, B–D → 2·2/(4·3); A (3/4)(3/4)", () => {
    expectClose(field(result, "betweenness"), { A: 0, B: 0, C: 1 / 3, D: 0, E: 0 }, 12);
    expectClose(field(result, "closeness"), { A: 9 / 16, B: 9 / 16, C: 0.75, D: 0.45, E: 0 }, 12);
  });

  it("pagerank uses weights, the isolate E is dangling", () => {
    // With g = .03 + .85·E/5 for every node:
    //   A = g + .85(2A/3 + C/3)   (B gives 2/3 of its rank to A, C a third; A = B)
    //   C = g + .85(2A/3 + D)
    //   D = g + .85·C/3,  E = g,  2A + C + D + E = 1.
    // E = .03/(1 − .17) = 0.0361446; then A = 0.2754215, C = 0.2936627, D = 0.1193497.
    expectClose(
      field(result, "pagerank"),
      { A: 0.2754215, B: 0.2754215, C: 0.2936627, D: 0.1193497, E: 0.0361446 },
      5,
    );
  });

  it("summary: paperCount when given, else distinct papers on edges (p4 is solo, unseen)", () => {
    expect(result.summary).toMatchObject({
      papers: 4,
      authors: 5,
      coauthorships: 4,
      components: 2,
      largestComponentShare: 0.8,
      density: 0.4,
      meanCoauthors: 1.6,
    });
    expect(computeMetrics(graph).summary.papers).toBe(3);
  });

  it("fractional counting changes strength (p1 adds 1/2 per pair) but not betweenness", () => {
    const fractional = computeMetrics(buildCoauthorGraph(corpus, { counting: "fractional" }));
    expect(field(fractional, "strength")).toEqual({ A: 2, B: 2, C: 2, D: 1, E: 0 });
    expect(authorMetricsRecord(fractional.authors).C.betweenness).toBeCloseTo(1 / 3, 12);
  });
});

describe("degenerate graphs", () => {
  it("empty graph: no authors, zero summary", () => {
    const result = computeMetrics(graphFrom([], []));
    expect(authorMetricsRecord(result.authors)).toEqual({});
    expect(result.summary).toMatchObject({
      authors: 0,
      coauthorships: 0,
      components: 0,
      largestComponentShare: 0,
      density: 0,
      meanCoauthors: 0,
      modularity: 0,
    });
  });

  it("one edge (n = 2): networkx leaves betweenness unscaled, all 0; closeness 1; pagerank 1/2", () => {
    const result = computeMetrics(graphFrom(["a", "b"], [["a", "b"]]));
    expectClose(field(result, "betweenness"), { a: 0, b: 0 }, 12);
    expectClose(field(result, "closeness"), { a: 1, b: 1 }, 12);
    expectClose(field(result, "pagerank"), { a: 0.5, b: 0.5 }, 12);
    expectClose(field(result, "eigenvector"), { a: Math.SQRT1_2, b: Math.SQRT1_2 }, 6);
  });

  it("isolates only: eigenvector 1/√n (networkx's iteration from the uniform vector), pagerank 1/n", () => {
    const result = computeMetrics(graphFrom(["a", "b", "c", "d"], []));
    expectClose(field(result, "eigenvector"), { a: 0.5, b: 0.5, c: 0.5, d: 0.5 }, 12);
    expectClose(field(result, "pagerank"), { a: 0.25, b: 0.25, c: 0.25, d: 0.25 }, 12);
    expect(field(result, "community")).toEqual({ a: 0, b: 1, c: 2, d: 3 });
    expect(result.summary.modularity).toBe(0);
  });
});
