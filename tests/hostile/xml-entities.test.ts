// Hostile input: internal XML entities expanding a 60–150 KB file into 100 MB+ are capped; the next record stays.
import { describe, expect, it } from "vitest";
import { parseDblpXml } from "../../src/parse/dblp-xml.ts";
import { MAX_ENTITY_EXPANSION } from "../../src/parse/xml-reader.ts";
import { expectHandled, run, tempDir, write } from "./run.ts";

/** One 50 KB entity referenced `refs` times in the first title, then a second record. */
const bomb = (refs: number) =>
  `<?xml version="1.0"?>\n<!DOCTYPE dblp [<!ENTITY a "${"x".repeat(50_000)}">]>\n<dblp>\n` +
  `<article key="k1"><author>Ann Lee</author><author>Bo Chen</author><title>${"&a;".repeat(refs)}</title><year>2001</year></article>\n` +
  `<article key="k2"><author>Ann Lee</author><author>Cy Dee</author><title>Next</title><year>2002</year></article>\n</dblp>\n`;

describe("XML internal entity expansion", () => {
  it("caps the expansion, warns once, and reads the next record", () => {
    const result = parseDblpXml(bomb(50_000), { file: "bomb.xml" });
    expect(result.papers.map((p) => p.title.length)).toEqual([
      Math.floor(MAX_ENTITY_EXPANSION / 50_000) * 50_000,
      4,
    ]);
    expect(result.papers[1].title).toBe("Next");
    const capped = result.warnings.filter((w) => /entity expansion passes/.test(w.message));
    expect(capped).toHaveLength(1);
    expect(capped[0].line).toBe(4);
  });

  it("keeps entities used within the cap", () => {
    const result = parseDblpXml(bomb(3), { file: "ok.xml" });
    expect(result.papers[0].title).toHaveLength(150_000);
    expect(result.warnings).toEqual([]);
  });

  it("through the CLI: exit 0 with the warning", async () => {
    const path = write(tempDir("entities"), "bomb.xml", bomb(2_000));
    const result = await run(["analyze", path, "--format", "json"]);
    expectHandled(result, path);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).summary).toMatchObject({ papers: 2, authors: 3 });
  });
});
