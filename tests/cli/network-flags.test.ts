// CLI flags of issue 10: --communities, --resolution, --file-layout, --page-size, and network files' exports.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArgs, UsageError } from "../../src/cli/args.ts";
import { main } from "../../src/cli/main.ts";
import type { Report } from "../../src/export/json-report.ts";

async function run(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

// Two triangles joined by a bridge, with VOSviewer clusters that split them differently (a, b | c, x, y, z).
const VOS = JSON.stringify({
  network: {
    items: [
      { id: 1, label: "a, a", x: -1, y: 0, cluster: 1, weights: { Documents: 2 } },
      { id: 2, label: "b, b", x: -1, y: 1, cluster: 1, weights: { Documents: 1 } },
      { id: 3, label: "c, c", x: -0.5, y: 0.5, cluster: 2, weights: { Documents: 3 } },
      { id: 4, label: "x, x", x: 0.5, y: 0.5, cluster: 2, weights: { Documents: 1 } },
      { id: 5, label: "y, y", x: 1, y: 1, cluster: 2, weights: { Documents: 1 } },
      { id: 6, label: "z, z", x: 1, y: 0, cluster: 2, weights: { Documents: 1 } },
    ],
    links: [
      [1, 2],
      [1, 3],
      [2, 3],
      [4, 5],
      [4, 6],
      [5, 6],
      [3, 4],
    ].map(([s, t]) => ({ source_id: s, target_id: t, strength: 1 })),
  },
});

const dir = mkdtempSync(join(tmpdir(), "coauthor-atlas-network-"));
const file = join(dir, "net.json");
writeFileSync(file, VOS);

describe("parseArgs: issue 10 flags", () => {
  const parse = (...flags: string[]) => {
    const c = parseArgs(["analyze", "x.bib", ...flags]);
    if (c.command !== "analyze") throw new Error("not analyze");
    return c.options;
  };

  it("reads --communities, --resolution, --file-layout and --page-size", () => {
    const o = parse("--communities", "leiden", "--resolution=1.5", "--file-layout", "keep");
    expect([o.communities, o.resolution, o.fileLayout]).toEqual(["leiden", 1.5, "keep"]);
    expect(parse("--page-size", "85x60").pageSize).toEqual({ width: 85, height: 60 });
    expect(parse().communities).toBe("auto");
  });

  it("rejects bad values with a one-line message", () => {
    expect(() => parse("--communities", "spectral")).toThrow(UsageError);
    expect(() => parse("--resolution", "-1")).toThrow(/--resolution needs a number ≥ 0/);
    expect(() => parse("--page-size", "A4")).toThrow(/WIDTHxHEIGHT/);
    expect(() => parseArgs(["analyze", "x.bib", "--format", "pdf"])).toThrow(/--out/);
  });
});

describe("analyze a VOSviewer network", () => {
  it("takes the file's clusters by default, Leiden or Louvain on request", async () => {
    const byFile = JSON.parse((await run(["analyze", file, "--format", "json"])).stdout) as Report;
    expect(byFile.summary.communityMethod).toBe("file");
    const community = (r: Report, id: string) => r.authors.find((a) => a.id === id)?.community;
    // File clusters: {c, x, y, z} (largest, 0) and {a, b} (1).
    expect(["a a", "b b", "c c", "x x"].map((id) => community(byFile, id))).toEqual([1, 1, 0, 0]);
    // Documents are the papers of a network author.
    expect(byFile.authors.find((a) => a.id === "c c")?.papers).toBe(3);
    const leiden = JSON.parse(
      (await run(["analyze", file, "--format", "json", "--communities", "leiden"])).stdout,
    ) as Report;
    expect(leiden.summary.communityMethod).toBe("leiden");
    expect(community(leiden, "a a")).toBe(community(leiden, "c c"));
    expect(community(leiden, "a a")).not.toBe(community(leiden, "x x"));
    expect(leiden.summary.modularity).toBeCloseTo(5 / 14, 9);
  });

  it("keeps the file's own positions with --file-layout keep (one scale on both axes)", async () => {
    const { code, stdout } = await run([
      "analyze",
      file,
      "--format",
      "gexf",
      "--file-layout",
      "keep",
    ]);
    expect(code).toBe(0);
    const xy = [...stdout.matchAll(/<viz:position x="([-\d.]+)" y="([-\d.]+)"/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(xy).toHaveLength(6);
    // File positions, in item order: a (−1, 0), b (−1, 1), c (−0.5, 0.5), x (0.5, 0.5), y (1, 1), z (1, 0).
    const given = [
      [-1, 0],
      [-1, 1],
      [-0.5, 0.5],
      [0.5, 0.5],
      [1, 1],
      [1, 0],
    ];
    const scale = (xy[5][0] - xy[0][0]) / 2;
    expect(scale).toBeGreaterThan(0);
    for (let i = 0; i < 6; i++) {
      expect(xy[i][0] - xy[0][0]).toBeCloseTo((given[i][0] + 1) * scale, 0);
      expect(Math.abs(xy[i][1] - xy[0][1])).toBeCloseTo(Math.abs(given[i][1]) * scale, 0);
    }
    // Without keep, the force layout moves them.
    const moved = (await run(["analyze", file, "--format", "gexf", "--file-layout", "ignore"]))
      .stdout;
    expect(moved).not.toBe(stdout);
  });
});
