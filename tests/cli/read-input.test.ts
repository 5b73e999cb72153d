// The CLI's streamed file reading (UTF-8 across chunks, Latin-1 fallback, errors) and its progress bars.
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import {
  byteAmounts,
  countAmounts,
  createProgressBar,
  formatProgress,
} from "../../src/cli/progress-bar.ts";
import { decodeText, parseInputFile } from "../../src/cli/read-input.ts";
import { parseFile } from "../../src/parse/detect.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SEED = join(ROOT, "data/huang-tiansheng.txt");
const dir = mkdtempSync(join(tmpdir(), "atlas-read-"));

/** A profile whose names need multi-byte UTF-8 (cut between 7-byte chunks) or Latin-1. */
const ACCENTED = `Novák, Jana
Graphes et réseaux
Novák, Jana, Dvořák, Antonín, Müller, Jörg
Un résumé. Il continue ici.
`;

describe("parseInputFile", () => {
  it("parses in small chunks exactly as the whole text, multi-byte characters cut or not", async () => {
    const path = join(dir, "accented.txt");
    writeFileSync(path, `\uFEFF${ACCENTED.repeat(50)}`);
    const whole = parseFile(decodeText(readFileSync(path)), path);
    expect(whole.papers[0].authors.map((a) => a.name)).toEqual([
      "Jana Novák",
      "Antonín Dvořák",
      "Jörg Müller",
    ]);
    for (const chunkBytes of [7, 64, 1 << 20])
      expect(await parseInputFile(path, { chunkBytes })).toEqual(whole);
    expect(await parseInputFile(SEED, { chunkBytes: 100 })).toEqual(
      parseFile(readFileSync(SEED, "utf8"), SEED),
    );
  });

  it("restarts as Latin-1 when bytes far into the file are not UTF-8", async () => {
    const path = join(dir, "latin1.txt");
    // Valid UTF-8 (plain ASCII) for many chunks, then a Latin-1 `é` (0xE9) near the end.
    const text = `${ACCENTED.replace(/[^ -~\n]/g, "e").repeat(40)}Caf\u00e9 title\nLee, Ann, Chen, Bo\nProse.\n`;
    const bytes = Buffer.from(text, "latin1");
    writeFileSync(path, bytes);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const result = await parseInputFile(path, { chunkBytes: 64 });
    expect(result).toEqual(parseFile(decodeText(bytes), path));
    expect(result.papers.at(-1)?.title).toBe("Café title");
  });

  it("reports progress after each chunk, ending at the file size", async () => {
    const calls: [number, number][] = [];
    await parseInputFile(SEED, { chunkBytes: 1000, onProgress: (d, t) => calls.push([d, t]) });
    const size = statSync(SEED).size;
    expect(calls.length).toBe(Math.ceil(size / 1000));
    expect(calls.at(-1)).toEqual([size, size]);
    expect(calls.every(([d], i) => i === 0 || d > calls[i - 1][0])).toBe(true);
  });

  it("names a missing file or a directory", async () => {
    await expect(parseInputFile(join(dir, "none.txt"))).rejects.toThrow(
      `cannot read ${join(dir, "none.txt")}: no such file`,
    );
    const sub = join(dir, "sub");
    mkdirSync(sub, { recursive: true });
    await expect(parseInputFile(sub)).rejects.toThrow(`cannot read ${sub}: is a directory`);
  });
});

describe("progress bars", () => {
  it("formats label, bar, floored percentage and amounts", () => {
    expect(formatProgress("parsing a.txt", 52e6, 100e6)).toBe(
      "parsing a.txt  [#####-----] 52% 52/100 MB",
    );
    expect(formatProgress("x", 0, 0)).toBe("x  [##########] 100% 0/0 KB");
    expect(byteAmounts(3.45e6, 9.99e6)).toBe("3.5/10.0 MB");
    expect(byteAmounts(40_000, 512_000)).toBe("40/512 KB");
    expect(formatProgress("betweenness", 999, 1000, { amounts: countAmounts("sources") })).toBe(
      "betweenness  [#########-] 99% 999/1000 sources",
    );
  });

  it("redraws in place only when the percentage moves, and ends the line", () => {
    let out = "";
    const bar = createProgressBar((t) => (out += t), "p", { width: 4 });
    for (const done of [0, 1, 2, 50, 51, 100]) bar.update(done, 100);
    bar.done();
    expect(out.split("\r").slice(1)).toEqual([
      "p  [----] 0% 0/0 KB",
      "p  [----] 1% 0/0 KB",
      "p  [----] 2% 0/0 KB",
      "p  [##--] 50% 0/0 KB",
      "p  [##--] 51% 0/0 KB",
      "p  [####] 100% 0/0 KB\n",
    ]);
  });

  it("go to stderr with --progress or a terminal, never to stdout", async () => {
    const run = async (argv: string[], stderrIsTTY: boolean) => {
      let stdout = "";
      let stderr = "";
      const code = await main(argv, {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
        stderrIsTTY,
      });
      return { code, stdout, stderr };
    };
    const plain = await run(["analyze", SEED], false);
    expect(plain.stderr).toBe("");
    const flagged = await run(["analyze", SEED, "--progress"], false);
    const tty = await run(["analyze", SEED], true);
    for (const r of [flagged, tty]) {
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(plain.stdout);
      const size = statSync(SEED).size;
      expect(r.stderr).toContain(
        `\r${formatProgress("parsing huang-tiansheng.txt", size, size)}\n`,
      );
      expect(r.stderr).toMatch(/\rbetweenness {2}\[##########\] 100% \d+\/\d+ sources\n$/);
    }
  });
});
