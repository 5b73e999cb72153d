import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { formatMergeSuggestions } from "../../src/cli/merge-suggestions.ts";
import type { MergeSuggestion } from "../../src/parse/merge-suggestions.ts";

const SUGGESTION: MergeSuggestion = {
  keep: "tiansheng huang",
  merge: "t huang",
  keepName: "Tiansheng Huang",
  mergeName: "T. Huang",
  score: 0.512,
  evidence: {
    reason: "initials match the full given name",
    sharedCoauthors: ["ling liu"],
    sharedVenues: [],
    samePapers: ["p3"],
    papers: [["p1", "p3"], ["p2"]],
    coPapers: [],
    alternatives: 1,
  },
};

describe("formatMergeSuggestions", () => {
  it("lists suggestions as an aligned table under a count", () => {
    expect(formatMergeSuggestions([SUGGESTION])).toBe(
      [
        "1 merge suggestion (authors that may be one person; nothing was merged):",
        "score  keep             merge     papers  evidence",
        "-----  ---------------  --------  ------  ------------------------------------------------------------------------------------------------------------------",
        "0.512  Tiansheng Huang  T. Huang  2/1     initials match the full given name, 1 shared coauthor, same byline place in 1 paper, name also fits 1 other author",
        "",
      ].join("\n"),
    );
  });

  it("says when there is nothing to suggest, and counts what a limit leaves out", () => {
    expect(formatMergeSuggestions([])).toBe(
      "No merge suggestions: no two authors look like one person.\n",
    );
    const text = formatMergeSuggestions([SUGGESTION, SUGGESTION], { limit: 1 });
    expect(text.split("\n").at(-2)).toBe("… and 1 more");
  });
});

describe("coauthor-atlas analyze --merge-suggestions", () => {
  it("prints the suggestions for the loaded files and stops", async () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-merge-"));
    const file = join(dir, "refs.bib");
    writeFileSync(
      file,
      `@article{a, title={One}, author={Huang, Tiansheng and Liu, Ling}, year={2023}}
@article{b, title={Two}, author={Huang, T. and Liu, Ling}, year={2024}}
`,
    );
    let stdout = "";
    let stderr = "";
    const code = await main(["analyze", file, "--merge-suggestions"], {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
    });
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const lines = stdout.split("\n");
    expect(lines[0]).toBe(
      "1 merge suggestion (authors that may be one person; nothing was merged):",
    );
    // 0.4 + 0.6·0.8·(1 − 2^−1) = 0.64 (one shared coauthor, no alternative).
    expect(lines[3]).toBe(
      "0.640  Tiansheng Huang  T. Huang  1/1     initials match the full given name, 1 shared coauthor",
    );
  });
});
