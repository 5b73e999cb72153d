import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import type { Report } from "../../src/export/json-report.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SEED = join(ROOT, "data/huang-tiansheng.txt");

async function run(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe("coauthor-atlas analyze", () => {
  it("names Tiansheng Huang as the most central of 24 authors, 10 papers, 90 coauthorships", async () => {
    const { code, stdout, stderr } = await run(["analyze", SEED]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("10 papers, 24 authors, 90 coauthorships, 1 component");
    expect(lines[4]).toMatch(/^ *1 {2}Tiansheng Huang /);
  });

  it("prints exactly the JSON contract", async () => {
    const { code, stdout } = await run(["analyze", SEED, "--format", "json"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(Object.keys(report)).toEqual(["summary", "authors", "papers", "edges", "warnings"]);
    expect(report.summary).toMatchObject({ papers: 10, authors: 24, coauthorships: 90 });
    expect(Object.keys(report.authors[0]).sort()).toEqual(
      [
        "id",
        "name",
        "papers",
        "coauthors",
        "strength",
        "betweenness",
        "closeness",
        "eigenvector",
        "pagerank",
        "community",
        "component",
        "firstYear",
        "lastYear",
        "meanYear",
        "ids",
      ].sort(),
    );
    const huang = report.authors.find((a) => a.name === "Tiansheng Huang");
    expect(huang).toMatchObject({ papers: 10, coauthors: 23 });
    expect(Object.keys(report.papers[0]).sort()).toEqual(
      ["authors", "id", "title", "venue", "year"].sort(),
    );
    expect(report.edges).toHaveLength(90);
    const ids = new Set(report.papers.map((p) => p.id));
    for (const edge of report.edges) {
      expect(edge.papers.length).toBe(edge.weight);
      for (const id of edge.papers) expect(ids.has(id)).toBe(true);
    }
    expect(report.warnings).toEqual([]);
  });

  it("ranks by the chosen metric and cuts at --top", async () => {
    const { stdout } = await run(["analyze", SEED, "--metric", "papers", "--top", "3"]);
    const rows = stdout.trimEnd().split("\n").slice(4);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/Tiansheng Huang +10 /);
  });

  describe("bad input: one line naming the file, non-zero exit, no stack trace", () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-cli-"));
    const empty = join(dir, "empty.txt");
    const binary = join(dir, "picture.bin");
    writeFileSync(empty, "");
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0xfe, 0, 1]));
    it.each([
      [empty, /^coauthor-atlas: .*empty\.txt.*empty\n$/],
      [binary, /^coauthor-atlas: .*picture\.bin.*binary.*\n$/],
      [join(dir, "missing.txt"), /^coauthor-atlas: cannot read .*missing\.txt: no such file\n$/],
    ])("%s", async (file, message) => {
      const { code, stdout, stderr } = await run(["analyze", file]);
      expect(code).toBe(1);
      expect(stdout).toBe("");
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
    });
  });

  it("runs as `npx coauthor-atlas` from the repository root", async () => {
    const { stdout } = await promisify(execFile)(
      "npx",
      ["--no-install", "coauthor-atlas", "analyze", "data/huang-tiansheng.txt", "--top", "1"],
      { cwd: ROOT },
    );
    expect(stdout).toMatch(/24 authors/);
    expect(stdout).toMatch(/1 {2}Tiansheng Huang/);
  });
});
