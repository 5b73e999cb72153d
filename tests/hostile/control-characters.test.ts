// Hostile input: raw control characters (C0, NUL past 8 KB, JSON \u0000 and U+FFFF) in names and file names.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assertWellFormedXml } from "../export/strict-xml.ts";
import { expectHandled, RAW_CONTROL, run, tempDir, write } from "./run.ts";

const dir = tempDir("control");
const bib = (names: string) =>
  `@article{a,\n author={${names}},\n title={T\u0002itle},\n year={2020}\n}\n`;

const inputs = {
  // C0 controls and an ESC sequence in names and the title; a control character in the file name.
  c0: write(dir, "c\u0001zero.bib", bib("Jo\u0001hn Smith and Ann\u001b[31m Lee")),
  // A NUL past the first 8 KB (binary detection looks at the start only).
  nul: write(dir, "nul.bib", `${"% filler\n".repeat(1000)}${bib("Jo\u0000hn Smith and Ann Lee")}`),
  // CSL JSON with escaped \u0000 and U+FFFF in names and the title.
  json: write(
    dir,
    "escaped.json",
    '[{"id":"a","type":"article-journal","title":"T\\u0000x","author":[{"family":"Lee\\u0000","given":"Ann\\uffff"},{"family":"Chen","given":"Bo\\u001b[2J"}],"issued":{"date-parts":[[2020]]}}]',
  ),
};

describe("control characters in names and file names", () => {
  for (const [label, path] of Object.entries(inputs)) {
    it(`${label}: SVG, GEXF and GraphML are well-formed XML; PNG renders`, async () => {
      for (const format of ["svg", "gexf", "graphml"]) {
        const out = join(dir, `${label}.${format}`);
        const result = await run(["analyze", path, "--format", format, "--out", out]);
        expectHandled(result, path);
        expect(result.code).toBe(0);
        const xml = readFileSync(out, "utf8");
        assertWellFormedXml(xml);
        expect(xml).not.toMatch(RAW_CONTROL);
        expect(xml).not.toContain("\uFFFF");
      }
      const png = join(dir, `${label}.png`);
      const result = await run(["analyze", path, "--format", "png", "--out", png]);
      expect(result.code).toBe(0);
      expect(readFileSync(png).subarray(1, 4).toString()).toBe("PNG");
    }, 60_000);
  }

  it("keeps the names readable: control characters become spaces", async () => {
    const { stdout } = await run(["analyze", inputs.c0, "--format", "json"]);
    const report = JSON.parse(stdout) as {
      authors: { name: string }[];
      papers: { title: string }[];
    };
    expect(report.authors.map((a) => a.name).sort()).toEqual(["Ann [31m Lee", "Jo hn Smith"]);
    expect(report.papers[0].title).toBe("T itle");
  });
});
