// Hostile input: a FIFO or /dev/zero is refused with one line; `-` and /dev/stdin read standard input once.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseInputFile } from "../../src/cli/read-input.ts";
import { parseFile } from "../../src/parse/detect.ts";
import { expectHandled, run, tempDir, write } from "./run.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const dir = tempDir("inputs");
const BIB = "@article{a, author={Ann Lee and Bo Chen}, title={T}}\n";

describe("inputs that are not regular files", () => {
  it("refuses a FIFO with one line instead of hanging", async () => {
    const fifo = join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    const result = await run(["analyze", fifo]);
    expectHandled(result, fifo);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not a regular file \(a FIFO\)/);
  });

  it.skipIf(!existsSync("/dev/zero"))("refuses /dev/zero with one line", async () => {
    const result = await run(["analyze", "/dev/zero"]);
    expectHandled(result, "/dev/zero");
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not a regular file \(a device\)/);
  });
});

describe("standard input", () => {
  it("reads `-` and /dev/stdin once, as the same file would be read", async () => {
    const path = write(dir, "a.bib", BIB);
    const expected = { ...parseFile(readFileSync(path, "utf8"), "-") };
    for (const name of ["-", "/dev/stdin"]) {
      // Chunks cut inside a character: the whole input is decoded at once.
      const bytes = Buffer.from(BIB);
      const stdin = Readable.from([bytes.subarray(0, 10), bytes.subarray(10)]);
      const result = await parseInputFile(name, { stdin, chunkBytes: 7 });
      expect(result).toEqual({ ...expected, file: name });
    }
  });

  it("through the launcher: `analyze -` with a pipe, and `< /dev/zero` refused", () => {
    const bin = join(ROOT, "bin/coauthor-atlas.mjs");
    const piped = spawnSync(process.execPath, [bin, "analyze", "-"], {
      input: BIB,
      encoding: "utf8",
    });
    expect(piped.status).toBe(0);
    expect(piped.stdout).toMatch(/^1 paper, 2 authors, 1 coauthorship/);
    if (!existsSync("/dev/zero")) return;
    const zero = spawnSync("sh", ["-c", `"${process.execPath}" "${bin}" analyze - < /dev/zero`], {
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(zero.status).toBe(1);
    expect(zero.stderr.trim()).toBe(
      "coauthor-atlas: cannot read -: standard input is a device, not a file or a pipe",
    );
  }, 60_000);
});
