// Hostile input for format detection: long BibTeX preambles, late GraphML roots, CR-only lines, a CSV row like `@Word(`.
import { describe, expect, it } from "vitest";
import { parseInputFile } from "../../src/cli/read-input.ts";
import { parseFile } from "../../src/parse/detect.ts";
import { tempDir, write } from "./run.ts";

const dir = tempDir("detect");
const ENTRY = "@article{a, author={Ann Lee and Bo Chen}, title={T}, year={2020}}\n";

/** Parses the text whole and streamed in small chunks; both must agree. */
async function both(name: string, text: string) {
  const whole = parseFile(text, name);
  const streamed = await parseInputFile(write(dir, name, text), { chunkBytes: 4096 });
  expect({ ...streamed, file: name }).toEqual(whole);
  return whole;
}

describe("format detection", () => {
  it("finds BibTeX after 70 K characters of prose", async () => {
    const result = await both("long.bib", `${"Prose before any entry. ".repeat(3000)}\n${ENTRY}`);
    expect(result.format).toBe("bibtex");
    expect(result.papers).toHaveLength(1);
  });

  it("finds a GraphML root after a 5 KB comment", async () => {
    const text =
      `<?xml version="1.0"?>\n<!-- ${"x".repeat(5000)} -->\n` +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="l" for="node" attr.name="label" attr.type="string"/>' +
      '<graph edgedefault="undirected"><node id="a"><data key="l">Ann Lee</data></node>' +
      '<node id="b"><data key="l">Bo Chen</data></node><edge source="a" target="b"/></graph></graphml>\n';
    const result = await both("late.graphml", text);
    expect(result.format).toBe("graphml");
    expect(result.links).toHaveLength(1);
  });

  it("reads CR-only line endings as lines (BibTeX and RIS), with line numbers", async () => {
    const bib = await both(
      "cr.bib",
      "% exported\r@article{a,\r author={Ann Lee and Bo Chen},\r title={T}\r}\r@article{b,\r author={Ann Lee},\r title={U}\r}\r",
    );
    expect(bib.format).toBe("bibtex");
    expect(bib.papers.map((p) => p.line)).toEqual([2, 6]);
    const ris = await both(
      "cr.ris",
      "TY  - JOUR\rAU  - Lee, Ann\rAU  - Chen, Bo\rTI  - T\rER  - \rTY  - JOUR\rAU  - Lee, Ann\rTI  - U\rER  - \r",
    );
    expect(ris.format).toBe("ris");
    expect(ris.papers.map((p) => [p.title, p.line])).toEqual([
      ["T", 1],
      ["U", 6],
    ]);
  });

  it("keeps a CSV whose row starts with @Word( as CSV", async () => {
    const result = await both(
      "at.csv",
      'title,authors,year\n"@Misc(notes)",Ann Lee; Bo Chen,2020\nOther,Ann Lee; Cy Dee,2021\n',
    );
    expect(result.format).toBe("csv");
    expect(result.papers.map((p) => p.title)).toEqual(["@Misc(notes)", "Other"]);
  });
});
