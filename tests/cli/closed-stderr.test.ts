// A closed standard error (`coauthor-atlas … 2>&1 | head`) drops the warnings, not the analysis.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dir = mkdtempSync(join(tmpdir(), "atlas-stderr-"));

describe("the CLI with standard error closed", () => {
  it("still writes the whole report and exits 0 when a warning cannot be printed", async () => {
    const input = join(dir, "odd.txt");
    // The owner, then one record whose authors line has an odd part: a warning on stderr.
    writeFileSync(input, "Lee, Ann\nA title\nLee, Ann, Chen\nAn abstract.\n");
    const out = join(dir, "odd.json");
    const child = spawn(
      process.execPath,
      [join(ROOT, "bin/coauthor-atlas.mjs"), "analyze", input, "--format", "json", "--out", out],
      { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] },
    );
    // Closed before the CLI has started: its first write to stderr fails (EPIPE).
    child.stderr.destroy();
    const code = await new Promise<number | null>((done) => child.on("exit", done));
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(out, "utf8")) as { papers: { authors: string[] }[] };
    expect(report.papers.map((p) => p.authors)).toEqual([["ann lee", "chen"]]);
  }, 30_000);
});
