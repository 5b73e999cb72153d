// `--ego/--hops`, `--keep-top`, `--min-papers`, `--component largest`: the part kept, checked against the whole network.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate-corpus.ts";
import { main } from "../../src/cli/main.ts";
import type { Report } from "../../src/export/json-report.ts";
import { parseFile } from "../../src/parse/index.ts";

const SEED = resolve(dirname(fileURLToPath(import.meta.url)), "../../data/huang-tiansheng.txt");
const dir = mkdtempSync(join(tmpdir(), "coauthor-atlas-cut-"));
const GENERATED = join(dir, "generated.txt");

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(["analyze", ...args], {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
  });
  return { code, out, err };
}

async function report(...args: string[]): Promise<Report> {
  const { code, out, err } = await run(...args, "--format", "json");
  expect(err).toBe("");
  expect(code).toBe(0);
  return JSON.parse(out) as Report;
}

/** Every edge joins kept authors; every paper names only kept authors; counts are consistent. */
function expectInduced(part: Report, whole: Report) {
  const kept = new Set(part.authors.map((a) => a.id));
  for (const e of part.edges) expect(kept.has(e.source) && kept.has(e.target)).toBe(true);
  for (const p of part.papers) for (const id of p.authors) expect(kept.has(id)).toBe(true);
  const expectedEdges = whole.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  expect(part.edges).toEqual(expectedEdges);
  expect(part.summary.authors).toBe(kept.size);
  expect(part.summary.coauthorships).toBe(expectedEdges.length);
  const papers = new Map(whole.authors.map((a) => [a.id, a.papers]));
  for (const a of part.authors) expect(a.papers).toBe(papers.get(a.id));
}

let whole: Report;
let generatedWhole: Report;
beforeAll(async () => {
  whole = await report(SEED);
  writeFileSync(GENERATED, generateCorpus({ papers: 3000, seed: 7 }));
  generatedWhole = await report(GENERATED);
});

describe("cutting a network down", () => {
  it("--ego NAME --hops 1: the author and exactly their coauthors", async () => {
    const owner = whole.authors.find((a) => a.name === "Tiansheng Huang")!;
    const neighbours = new Set([owner.id]);
    for (const e of whole.edges) {
      if (e.source === owner.id) neighbours.add(e.target);
      if (e.target === owner.id) neighbours.add(e.source);
    }
    const part = await report(SEED, "--ego", "tiansheng huang");
    expect(new Set(part.authors.map((a) => a.id))).toEqual(neighbours);
    expectInduced(part, whole);
  });

  it("--ego ID --hops 2 on a generated corpus: everyone within two steps", async () => {
    const adjacency = new Map<string, string[]>();
    for (const e of generatedWhole.edges) {
      adjacency.set(e.source, [...(adjacency.get(e.source) ?? []), e.target]);
      adjacency.set(e.target, [...(adjacency.get(e.target) ?? []), e.source]);
    }
    const center = generatedWhole.authors[5].id;
    const within = new Set([center]);
    for (const a of adjacency.get(center) ?? []) {
      within.add(a);
      for (const b of adjacency.get(a) ?? []) within.add(b);
    }
    const part = await report(GENERATED, "--ego", center, "--hops", "2");
    expect(new Set(part.authors.map((a) => a.id))).toEqual(within);
    expectInduced(part, generatedWhole);
  });

  it("--keep-top 5 --metric papers: the five most prolific authors", async () => {
    const ranked = [...whole.authors].sort(
      (a, b) => b.papers - a.papers || a.name.localeCompare(b.name),
    );
    const part = await report(SEED, "--keep-top", "5", "--metric", "papers");
    expect(part.authors.map((a) => a.id).sort()).toEqual(
      ranked
        .slice(0, 5)
        .map((a) => a.id)
        .sort(),
    );
    expectInduced(part, whole);
  });

  it("--keep-top 8 by pagerank: the eight highest PageRanks of the whole network", async () => {
    const ranked = [...whole.authors].sort((a, b) => b.pagerank - a.pagerank);
    const part = await report(SEED, "--keep-top", "8");
    expect(part.authors.map((a) => a.id).sort()).toEqual(
      ranked
        .slice(0, 8)
        .map((a) => a.id)
        .sort(),
    );
  });

  it("--min-papers 3: authors on at least three papers", async () => {
    const part = await report(GENERATED, "--min-papers", "3");
    expect(part.authors.map((a) => a.id)).toEqual(
      generatedWhole.authors.filter((a) => a.papers >= 3).map((a) => a.id),
    );
    expectInduced(part, generatedWhole);
  });

  it("--component largest: component 0 of the whole, now one component", async () => {
    expect(generatedWhole.summary.components).toBeGreaterThan(1);
    const part = await report(GENERATED, "--component", "largest");
    expect(part.authors.map((a) => a.id)).toEqual(
      generatedWhole.authors.filter((a) => a.component === 0).map((a) => a.id),
    );
    expect(part.summary.components).toBe(1);
    expectInduced(part, generatedWhole);
  });

  it("the cut GEXF is a network file the explorer's parser reads back", async () => {
    const out = join(dir, "cut.gexf");
    const { code } = await run(
      GENERATED,
      "--component",
      "largest",
      "--keep-top",
      "40",
      "--format",
      "gexf",
      "--out",
      out,
    );
    expect(code).toBe(0);
    const parsed = parseFile(readFileSync(out, "utf8"), "cut.gexf");
    expect(parsed.authors?.length).toBe(40);
    expect(parsed.links?.length).toBeGreaterThan(0);
  });

  it("an --ego nobody has: one clear error line, exit 1", async () => {
    const { code, err } = await run(SEED, "--ego", "Nobody Atall");
    expect(code).toBe(1);
    expect(err).toBe('coauthor-atlas: --ego "Nobody Atall": no author has this id or name\n');
  });
});
