// Twin classes (identical open or closed neighbourhoods) and the exactness of the reduction they allow.
import { describe, expect, it } from "vitest";
import { brandesRange } from "../../src/metrics/brandes.ts";
import { toCsr } from "../../src/metrics/csr.ts";
import { twinClasses } from "../../src/metrics/twins.ts";
import { graphFrom, readFixture, readNewmanGml, sharedCorpus } from "./helpers.ts";

function classesOf(nodes: string[], edges: [string, string][]): string[][] {
  const csr = toCsr(graphFrom(nodes, edges));
  const { representative } = twinClasses(csr);
  const byRep = new Map<number, string[]>();
  representative.forEach((r, v) => byRep.set(r, [...(byRep.get(r) ?? []), csr.ids[v]]));
  return [...byRep.values()];
}

describe("twinClasses", () => {
  it("star: the leaves share the open neighbourhood {h}", () => {
    expect(
      classesOf(
        ["h", "1", "2", "3"],
        [
          ["h", "1"],
          ["h", "2"],
          ["h", "3"],
        ],
      ),
    ).toEqual([["h"], ["1", "2", "3"]]);
  });

  it("triangle with pendant: a and b share the closed neighbourhood {a, b, c}", () => {
    expect(
      classesOf(
        ["a", "b", "c", "d"],
        [
          ["a", "b"],
          ["b", "c"],
          ["a", "c"],
          ["c", "d"],
        ],
      ),
    ).toEqual([["a", "b"], ["c"], ["d"]]);
  });

  it("square a–b–c–d–a: opposite corners are open twins", () => {
    expect(
      classesOf(
        ["a", "b", "c", "d"],
        [
          ["a", "b"],
          ["b", "c"],
          ["c", "d"],
          ["d", "a"],
        ],
      ),
    ).toEqual([
      ["a", "c"],
      ["b", "d"],
    ]);
  });

  it("K4 is one closed class; a path has no twins; isolates are one class", () => {
    expect(
      classesOf(
        ["a", "b", "c", "d"],
        [
          ["a", "b"],
          ["a", "c"],
          ["a", "d"],
          ["b", "c"],
          ["b", "d"],
          ["c", "d"],
        ],
      ),
    ).toEqual([["a", "b", "c", "d"]]);
    expect(
      classesOf(
        ["a", "b", "c", "d"],
        [
          ["a", "b"],
          ["b", "c"],
          ["c", "d"],
        ],
      ),
    ).toEqual([["a"], ["b"], ["c"], ["d"]]);
    expect(classesOf(["x", "a", "y", "b"], [["a", "b"]])).toEqual([
      ["x", "y"],
      ["a", "b"],
    ]);
  });

  it("multiplicities add up to n and sources are the representatives", () => {
    const fixture = readFixture("corpus-2k.json");
    const csr = toCsr(graphFrom(fixture.nodes, fixture.edges));
    const twins = twinClasses(csr);
    expect(twins.multiplicity.reduce((a, b) => a + b, 0)).toBe(csr.ids.length);
    for (const s of twins.sources) expect(twins.representative[s]).toBe(s);
  });
});

describe("Brandes over twin representatives equals Brandes over every source", () => {
  const netscience = sharedCorpus("netscience.gml");
  const cases: [string, (() => ReturnType<typeof graphFrom>) | null][] = [
    ["corpus-2k", () => graphFrom(...nodesAndEdges("corpus-2k.json"))],
    ["disconnected", () => graphFrom(...nodesAndEdges("disconnected.json"))],
    [
      "netscience (52% of its authors are twins)",
      netscience === null ? null : () => readNewmanGml(netscience),
    ],
  ];
  for (const [name, make] of cases)
    it.skipIf(make === null)(name, () => {
      const csr = toCsr((make as () => ReturnType<typeof graphFrom>)());
      const n = csr.ids.length;
      const twins = twinClasses(csr);
      expect(twins.sources.length).toBeLessThan(n);
      const full = brandesRange(csr, 0, n);
      const reduced = brandesRange(csr, 0, twins.sources.length, twins);
      for (let v = 0; v < n; v++) {
        expect(reduced.betweenness[v]).toBeCloseTo(full.betweenness[v], 8);
        expect(reduced.closeness[twins.representative[v]]).toBeCloseTo(full.closeness[v], 12);
      }
    });
});

function nodesAndEdges(name: string): [string[], [string, string, number][]] {
  const fixture = readFixture(name);
  return [fixture.nodes, fixture.edges];
}
