// Hostile input: LaTeX nested thousands deep (accents, braces, \textbf) is capped with a warning, not a stack overflow.
import { describe, expect, it } from "vitest";
import { decodeLatex, MAX_LATEX_DEPTH, takeLatexTooDeep } from "../../src/parse/latex.ts";
import { expectHandled, run, tempDir, write } from "./run.ts";

const dir = tempDir("latex");
const ACCENTS = `${"\\'".repeat(3000)}e`;
const BRACES = `${"{".repeat(5300)}Deep${"}".repeat(5300)}`;
const BOLD = `${"\\textbf{".repeat(2000)}Bold${"}".repeat(2000)}`;

describe("decodeLatex depth cap", () => {
  it("flattens what nests deeper than the cap, and counts it", () => {
    takeLatexTooDeep();
    expect(decodeLatex(ACCENTS)).toBe("e");
    expect(decodeLatex(BRACES)).toBe("Deep");
    expect(decodeLatex(BOLD)).toBe("Bold");
    expect(takeLatexTooDeep()).toBe(3);
    // Below the cap, decoding is as usual.
    const nested = `${"{".repeat(MAX_LATEX_DEPTH - 2)}\\'e${"}".repeat(MAX_LATEX_DEPTH - 2)}`;
    expect(decodeLatex(nested)).toBe("é");
    expect(takeLatexTooDeep()).toBe(0);
  });
});

describe("a BibTeX file with LaTeX nested thousands deep", () => {
  it("loads every entry and warns about the deep ones", async () => {
    const path = write(
      dir,
      "deep.bib",
      [
        `@article{a, author={J${ACCENTS} Smith and Ann Lee}, title={One}}`,
        `@article{b, author={Ann Lee and Bo Chen}, title={${BRACES}}}`,
        `@article{c, author={Ann Lee and Cy Dee}, title={${BOLD}}}`,
        `@article{d, author={Ann Lee and Di Eng}, title={Plain}}`,
      ].join("\n"),
    );
    const result = await run(["analyze", path, "--format", "json"]);
    expectHandled(result, path);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { papers: { title: string }[] };
    expect(report.papers.map((p) => p.title)).toEqual(["One", "Deep", "Bold", "Plain"]);
    const deep = result.stderr.split("\n").filter((l) => /LaTeX nested deeper/.test(l));
    expect(deep).toHaveLength(3);
    expect(deep[0]).toContain("deep.bib:1: entry 'a'");
  });
});
