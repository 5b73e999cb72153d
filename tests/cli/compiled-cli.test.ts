// The compiled CLI (dist-cli/, built by `npm install` and `npm test`): same output as the TypeScript entry, workers included.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate-corpus.ts";
import { main } from "../../src/cli/main.ts";
import { DEFAULT_NODE_BRANDES_RUNNER_OPTIONS } from "../../src/metrics/node-brandes-runner.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const BUILT = join(ROOT, "dist-cli/main.mjs");
const built = existsSync(BUILT);
if (!built) console.log(`skipping: ${BUILT} is absent (run npm run build:cli)`);

/**
 * Runs the compiled entry in a fresh Node process (no tsx loaded) and returns its stdout. The
 * script is a file, not `-e`: worker threads inherit the process's flags.
 */
async function runBuilt(args: string[]): Promise<string> {
  const script = join(mkdtempSync(join(tmpdir(), "coauthor-atlas-run-")), "run.mjs");
  writeFileSync(
    script,
    `const { main } = await import(${JSON.stringify(pathToFileURL(BUILT).href)});\n` +
      "process.exitCode = await main(process.argv.slice(2));\n",
  );
  const { stdout } = await promisify(execFile)(process.execPath, [script, ...args], {
    cwd: ROOT,
    maxBuffer: 1 << 28,
  });
  return stdout;
}

async function runSource(args: string[]): Promise<string> {
  let out = "";
  const code = await main(args, { stdout: (t) => (out += t), stderr: () => {} });
  expect(code).toBe(0);
  return out;
}

describe.skipIf(!built)("compiled CLI", () => {
  it("gives the seed's report byte for byte as the TypeScript entry does", async () => {
    const args = ["analyze", "data/huang-tiansheng.txt", "--format", "json"];
    expect(await runBuilt(args)).toBe(await runSource(args));
  });

  it("runs betweenness in its bundled worker threads, same numbers", async () => {
    // 10k papers: about 3.3k authors, enough Brandes work for the runner to start workers.
    const dir = mkdtempSync(join(tmpdir(), "coauthor-atlas-built-"));
    const corpus = join(dir, "c.txt");
    writeFileSync(corpus, generateCorpus({ papers: 10_000, seed: 2 }));
    const out = join(dir, "built.json");
    await runBuilt(["analyze", corpus, "--format", "json", "--out", out]);
    const expected = await runSource(["analyze", corpus, "--format", "json"]);
    // Which worker sums which sources varies from run to run: betweenness and closeness may
    // differ in the last bits, everything else is identical.
    type Author = { id: string; betweenness: number; closeness: number };
    const built = JSON.parse(readFileSync(out, "utf8"));
    const source = JSON.parse(expected);
    const rounded = (authors: Author[]) =>
      authors.map((a) => ({ ...a, betweenness: 0, closeness: 0 }));
    expect(rounded(built.authors)).toEqual(rounded(source.authors));
    expect(built.edges).toEqual(source.edges);
    built.authors.forEach((a: Author, i: number) => {
      expect(a.betweenness).toBeCloseTo(source.authors[i].betweenness, 12);
      expect(a.closeness).toBeCloseTo(source.authors[i].closeness, 12);
    });
    const { summary } = source;
    const work = summary.betweenness.sources * (2 * summary.coauthorships + summary.authors);
    expect(work).toBeGreaterThan(DEFAULT_NODE_BRANDES_RUNNER_OPTIONS.minWork);
  }, 240_000);

  it("lists its sources so the launcher can tell a stale build", () => {
    const inputs = JSON.parse(readFileSync(join(ROOT, "dist-cli/inputs.json"), "utf8"));
    expect(inputs).toContain("src/cli/main.ts");
    expect(inputs).toContain("src/metrics/node-brandes-serve.ts");
  });
});

describe.skipIf(!built)("compiled CLI, PDF", () => {
  it("writes a PDF (pdfkit's standard fonts resolve from the built entry)", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "coauthor-atlas-pdf-")), "map.pdf");
    await runBuilt(["analyze", "data/huang-tiansheng.txt", "--format", "pdf", "--out", out]);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.subarray(-6).toString("latin1")).toContain("%%EOF");
  }, 60_000);
});
