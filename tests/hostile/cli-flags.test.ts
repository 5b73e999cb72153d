// Hostile arguments: --out naming an input is refused (the input kept); boolean flags parse their value.
import { linkSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args.ts";
import { run, tempDir, write } from "./run.ts";

const dir = tempDir("flags");
const BIB = "@article{a, author={Ann Lee and Bo Chen and Cy Dee}, title={T}}\n";

describe("--out over an input", () => {
  it("refuses the same path, a relative spelling, a symlink and a hard link; the input is kept", async () => {
    const input = write(dir, "in.bib", BIB);
    const link = join(dir, "link.bib");
    symlinkSync(input, link);
    const hard = join(dir, "hard.bib");
    linkSync(input, hard);
    for (const out of [input, join(dir, ".", "in.bib"), link, hard]) {
      const result = await run(["analyze", input, "--format", "json", "--out", out]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        /^coauthor-atlas: --out .* is also an input file .*; refusing to overwrite it\n$/,
      );
      expect(readFileSync(input, "utf8")).toBe(BIB);
    }
  });

  it("refuses a CSV whose second table would overwrite an input", async () => {
    const input = write(dir, "x-coauthorships.csv", "keep me");
    const other = write(dir, "b.bib", BIB);
    const result = await run([
      "analyze",
      other,
      input,
      "--format",
      "csv",
      "--out",
      join(dir, "x.csv"),
    ]);
    expect(result.code).toBe(1);
    expect(readFileSync(input, "utf8")).toBe("keep me");
  });
});

describe("boolean flags", () => {
  const counting = (...flags: string[]) => {
    const parsed = parseArgs(["analyze", "a.bib", ...flags]);
    if (parsed.command !== "analyze") throw new Error("expected analyze");
    return parsed.options.counting;
  };

  it("reads --fractional=no as full counting, =yes and bare as fractional", () => {
    expect(counting("--fractional=no")).toBe("full");
    expect(counting("--fractional=false")).toBe("full");
    expect(counting("--fractional=yes")).toBe("fractional");
    expect(counting("--fractional")).toBe("fractional");
    expect(() => counting("--fractional=maybe")).toThrow("--fractional takes yes or no, got maybe");
  });

  it("gives full-counting weights for --fractional=no through the CLI", async () => {
    const input = write(dir, "w.bib", BIB);
    const full = JSON.parse(
      (await run(["analyze", input, "--format", "json", "--fractional=no"])).stdout,
    );
    expect(full.edges.map((e: { weight: number }) => e.weight)).toEqual([1, 1, 1]);
    const frac = JSON.parse(
      (await run(["analyze", input, "--format", "json", "--fractional"])).stdout,
    );
    expect(frac.edges.map((e: { weight: number }) => e.weight)).toEqual([0.5, 0.5, 0.5]);
  });
});
