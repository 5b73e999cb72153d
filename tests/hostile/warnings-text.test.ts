// Hostile input: warnings stay one printable line each (line feeds, ESC, NUL from JSON, XML and GML), and the table prints no raw ESC.
import { describe, expect, it } from "vitest";
import { expectHandled, RAW_CONTROL, run, tempDir, write } from "./run.ts";

const dir = tempDir("warnings");
const ESC = "\u001b";

const inputs: [string, string][] = [
  [
    "bad.jsonl",
    '{"id":"W1","display_name":"T","authorships":[{"author":{"display_name":"Ann Lee"}},{"author":{"display_name":"Bo Chen"}}],"publication_year":2020}\n' +
      `{"id":"W2","display_name":"bad${ESC}[31m\n`,
  ],
  [
    "bad.xml",
    `<dblp>\n<article key="a${ESC}[2J\nb"><author>Ann Lee</author><author>Bo Chen</author><title>T</title><year>20${ESC}[31mx</year></article>\n<art\u0001icle></dblp>\n`,
  ],
  [
    "bad.gml",
    `graph [\n node [ id 1 label "LEE, A" ]\n node [ id 2 label "CHEN, B" ]\n edge [ source 1 target 2 ]\n edge [ source 1 target 2 value "x\ny${ESC}[31m" ]\n]\n`,
  ],
];

describe("warning text", () => {
  for (const [name, content] of inputs)
    it(`${name}: every warning is one line without raw control characters`, async () => {
      const path = write(dir, name, content);
      const result = await run(["analyze", path]);
      expectHandled(result, path);
      expect(result.code).toBe(0);
      const lines = result.stderr.trim().split("\n");
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line).toMatch(new RegExp(`^warning: ${path}:\\d+: `));
      // The XML and GML warnings quote the text: its ESC shows as `\x1B`.
      if (!name.endsWith(".jsonl")) expect(result.stderr).toContain("\\x1B[");
    });

  it("the table shows names without raw ESC sequences", async () => {
    const path = write(
      dir,
      "esc.csl.json",
      `[{"id":"a","type":"article","title":"T","author":[{"literal":"Ann\\u001b[2J Lee"},{"literal":"Bo Chen"}]}]`,
    );
    const result = await run(["analyze", path]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    expect(result.stdout).toContain("Ann [2J Lee");
  });
});
