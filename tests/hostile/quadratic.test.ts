// Hostile input that used to take quadratic time: sizes where quadratic work would take minutes, so
// completing (within the test timeout) with the right answer shows the work is linear. Timings: bench/.
import { describe, expect, it } from "vitest";
import type { AuthorName } from "../../src/model/types.ts";
import { buildCorpus } from "../../src/parse/corpus.ts";
import { parseCsv } from "../../src/parse/csv.ts";
import { parseGml } from "../../src/parse/gml.ts";
import { parseNetworkLabel } from "../../src/parse/network-label.ts";

describe("linear work on hostile sizes", () => {
  it('a GML label with 100k " and" (65 s before)', () => {
    const text = `graph [\n node [ id 1 label "${" and".repeat(100_000)}" ]\n node [ id 2 label "SMITH, J" ]\n edge [ source 1 target 2 ]\n]\n`;
    const result = parseGml(text, { file: "and.gml" });
    expect(result.links).toHaveLength(1);
    expect(result.links?.[0].target.name).toBe("J. Smith");
  }, 20_000);

  it("a label of 20k dotted initials ending in a non-initial (quadratic backtracking before)", () => {
    expect(parseNetworkLabel(`ab${" j.".repeat(20_000)}1.`)).not.toBeNull();
    expect(parseNetworkLabel("van der aalst w.m.p.")?.name).toBe("W. M. P. van der Aalst");
  }, 20_000);

  it("a CSV authors cell with a 100k run of spaces (14 s at 20k before)", () => {
    const spaces = " ".repeat(100_000);
    const text = `title,authors\nT,"Ann${spaces}Lee; Bo Chen"\nU,"x${" A.".repeat(50_000)} 1"\n`;
    const result = parseCsv(text, { file: "spaces.csv" });
    expect(result.papers[0].authors.map((a) => a.name)).toEqual(["Ann Lee", "Bo Chen"]);
    expect(result.papers).toHaveLength(2);
  }, 20_000);

  it("100k authors on one paper, one listed twice (ids.includes before)", () => {
    const authors: AuthorName[] = Array.from({ length: 200_000 }, (_, i) => ({
      name: `A${i}`,
      key: `a${i}`,
    }));
    authors.push({ name: "A7", key: "a7" });
    const corpus = buildCorpus([
      {
        file: "big.txt",
        format: "test",
        papers: [{ title: "Huge", authors, line: 1 }],
        warnings: [],
      },
    ]);
    expect(corpus.papers[0].authors).toHaveLength(200_000);
    expect(corpus.authors).toHaveLength(200_000);
    expect(corpus.warnings[0].message).toBe('author "A7" listed twice on "Huge"; kept once');
  }, 20_000);
});
