// ex.xml through every CLI output: no two different authors share a display name anywhere.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import type { Report } from "../../src/export/json-report.ts";

const CORPORA = resolve(dirname(fileURLToPath(import.meta.url)), "../../../shared/corpora");
const EX = join(CORPORA, "ex.xml");
const present = existsSync(EX);
if (!present) console.log(`skipping the homonym output test: ${EX} is absent`);

async function run(argv: string[]): Promise<string> {
  let stdout = "";
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: () => undefined });
  expect(code).toBe(0);
  return stdout;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** Names met more than once. */
function repeated(names: string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const n of names) (seen.has(n) ? twice : seen).add(n);
  return [...twice];
}

describe.skipIf(!present)("homonyms in every output of ex.xml", () => {
  const dir = mkdtempSync(join(tmpdir(), "homonyms-"));

  it("JSON: dblp's Wei Wang 0032 and 0086 are two names; no name twice", async () => {
    const report = JSON.parse(await run(["analyze", EX, "--format", "json"])) as Report;
    const names = report.authors.map((a) => a.name);
    expect(names).toContain("Wei Wang (0032)");
    expect(names).toContain("Wei Wang (0086)");
    expect(new Set(report.authors.map((a) => a.id)).size).toBe(names.length);
    expect(repeated(names)).toEqual([]);
  });

  it("CSV, GEXF, GraphML, SVG labels and the table: no name twice", async () => {
    const csv = await run(["analyze", EX, "--format", "csv"]);
    // `id,name,…`: ids and names hold no comma in ex.xml, except quoted ones.
    const csvNames = csv
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => /^(?:"(?:[^"]|"")*"|[^,]*),("(?:[^"]|"")*"|[^,]*),/.exec(line)?.[1] ?? "")
      .map((n) => (n.startsWith('"') ? n.slice(1, -1).replace(/""/g, '"') : n));
    expect(csvNames).toHaveLength(1702);
    expect(repeated(csvNames)).toEqual([]);

    const gexf = await run(["analyze", EX, "--format", "gexf"]);
    const gexfNames = [...gexf.matchAll(/<node id="[^"]*" label="([^"]*)"/g)].map((m) =>
      unescapeXml(m[1]),
    );
    expect(gexfNames).toHaveLength(1702);
    expect(repeated(gexfNames)).toEqual([]);

    const graphml = await run(["analyze", EX, "--format", "graphml"]);
    const graphmlNames = [...graphml.matchAll(/<node id="[^"]*"><data key="label">([^<]*)</g)].map(
      (m) => unescapeXml(m[1]),
    );
    expect(graphmlNames).toHaveLength(1702);
    expect(repeated(graphmlNames)).toEqual([]);

    const out = join(dir, "ex.svg");
    await run(["analyze", EX, "--format", "svg", "--out", out]);
    const labels = [...readFileSync(out, "utf8").matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map(
      (m) => unescapeXml(m[1]),
    );
    const authorNames = new Set(gexfNames);
    const shown = labels.filter((l) => authorNames.has(l));
    expect(shown.length).toBeGreaterThan(10);
    expect(repeated(shown)).toEqual([]);

    const table = await run(["analyze", EX, "--top", "5000"]);
    const rows = table
      .split("\n")
      .map((line) => /^ *\d+ {2}(.+?) {2,}\d/.exec(line)?.[1])
      .filter((n) => n !== undefined);
    expect(rows).toHaveLength(1702);
    expect(rows).toContain("Wei Wang (0086)");
    expect(repeated(rows)).toEqual([]);
  }, 60_000);
});
