// The parse fast paths decide as the full definitions do: placeholders, authors lines.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeLatex } from "../../src/parse/latex.ts";
import type { PaperRecord } from "../../src/model/types.ts";
import { foldText, isPlaceholderAuthor } from "../../src/parse/names.ts";
import {
  AUTHORS_LINE_THRESHOLD,
  createProfileStream,
  isAuthorsLine,
  looksLikeAuthorsLine,
} from "../../src/parse/profile.ts";

/** The placeholder list as names.ts documents it, folded (the definition the fast exit must keep). */
const PLACEHOLDERS = new Set(
  "others|and others|et al|etal|et alii|anonymous|anonymous author|anonymous authors|anon|n n|nn|n n n|unknown|unknown author|unknown authors|author unknown|no author name available|no author|no authors|not available".split(
    "|",
  ),
);
const reference = (name: string) => PLACEHOLDERS.has(foldText(decodeLatex(name)));

describe("isPlaceholderAuthor", () => {
  it("knows the placeholders in any case, punctuation, LaTeX and brackets", () => {
    for (const name of [
      "others",
      "Others",
      "and others",
      "et al.",
      "Et~al.",
      "{et al}",
      "Anonymous",
      "{{Anonymous}}",
      "Anon.",
      "N. N.",
      "NN",
      "[No author name available]",
      "Unknown",
      "\\textbf{Unknown}",
      "not-available",
      "  others  ",
    ])
      expect(isPlaceholderAuthor(name), name).toBe(true);
  });

  it("takes no name or prose for one", () => {
    for (const name of [
      "Chenya",
      "Jun",
      "Otto",
      "Anna",
      "Nn Li",
      "Ulrich",
      "Etienne",
      "Anonymous Coward Prize for the longest placeholder-looking name",
      "no author name available here",
      "Towards safety sparse model benchmark privacy optimization model inference.",
      "",
      "0001",
    ])
      expect(isPlaceholderAuthor(name), name).toBe(false);
  });

  it("agrees with the full folding on every part of the seed profile and tricky spellings", () => {
    const seed = readFileSync(resolve(__dirname, "../../data/huang-tiansheng.txt"), "utf8");
    const parts = seed.split(/[\n,]/).map((p) => p.trim());
    parts.push(
      "Ø",
      "ørsted",
      "\\o thers",
      "o\\-thers",
      "o--thers",
      "ot''hers",
      "´others",
      "Öthers",
    );
    parts.push("a".repeat(21), "a".repeat(22), "n\u0301n", "N\tN", "e\u0000t al");
    for (const p of parts) expect(isPlaceholderAuthor(p), p).toBe(reference(p));
  });
});

describe("isAuthorsLine", () => {
  it("is looksLikeAuthorsLine at the threshold, line by line", () => {
    const seed = readFileSync(resolve(__dirname, "../../data/huang-tiansheng.txt"), "utf8");
    const lines = seed.split("\n").map((l) => l.trim());
    lines.push(
      "Seidl 0001, Thomas, Kriegel, Hans-Peter",
      "Smith, John, (unknown), Doe",
      "Anonymous",
      "[No author name available]",
      "Smith, John, Doe, Jane, lower case words here, Lee, Kim",
      "Smith, John, Doe, Jane, lower case words, Lee",
      "A, B, c d, E",
      "van der Aalst, Wil, d'Alembert, Jean",
      // Around the plain-line shortcut: ligatures, six words, over 40 characters, spacing.
      "Smith--Jones, Ann, Lee, Kim",
      "O''Brien, Pat, Lee, Kim",
      "Smith-Jones, Ann, O'Brien, Pat, St. John, J.-P.",
      "Alpha Beta Gamma Delta Epsilon Zeta, Ann, Lee, Kim",
      "Alpha Beta Gamma Delta Epsilon, Ann",
      "Abcdefghijklmnopqrstuvwxyzabcdefghijklmno, Ann, Lee, Kim",
      "Abcdefghijklmnopqrstuvwxyzabcdefghijklmn, Ann",
      "Smith,John, Lee, Kim",
      "Smith, John,  Lee, Kim",
      "Smith, John, Lee, Kim,",
      "Smith, John, Lee",
      "Anonymous, Others",
      "Smith, John",
      "",
    );
    let authors = 0;
    for (const line of lines) {
      const expected = looksLikeAuthorsLine(line) >= AUTHORS_LINE_THRESHOLD;
      expect(isAuthorsLine(line), line).toBe(expected);
      if (expected) authors++;
    }
    // The seed has authors lines (and the added ones): the test compares both answers.
    expect(authors).toBeGreaterThan(10);
  });
});

describe("a sink that drops abstracts", () => {
  it("gets the same records and warnings, without abstracts", () => {
    // Line 4 is a second abstract line (joined, with a warning); record 2 has no abstract.
    const text =
      "Doe, Jane\nA first title\nDoe, Jane, Roe, Rick\nAn abstract that reads as prose. It goes on.\nMore prose of it. And more of the same abstract.\nSecond title\nRoe, Rick, Poe, Edgar\nThird title\nPoe, Edgar, Doe, Jane\nThe last abstract.\n";
    const run = (dropsAbstracts: boolean) => {
      const papers: PaperRecord[] = [];
      const stream = createProfileStream({
        file: "t.txt",
        sink: { owner: () => undefined, paper: (p) => papers.push(p), dropsAbstracts },
      });
      stream.push(text);
      return { papers, warnings: stream.end().warnings };
    };
    const kept = run(false);
    const dropped = run(true);
    expect(kept.papers.map((p) => p.abstract)).toEqual([
      "An abstract that reads as prose. It goes on. More prose of it. And more of the same abstract.",
      undefined,
      "The last abstract.",
    ]);
    expect(dropped.papers.map((p) => p.abstract)).toEqual([undefined, undefined, undefined]);
    expect(dropped.papers.map((p) => p.title)).toEqual([
      "A first title",
      "Second title",
      "Third title",
    ]);
    expect(dropped.papers).toEqual(
      kept.papers
        .map((p) => ({ ...p, abstract: undefined }))
        .map(({ abstract, ...rest }) => (void abstract, rest)),
    );
    expect(dropped.warnings).toEqual(kept.warnings);
    expect(kept.warnings.map((w) => w.line)).toEqual([5, 6]);
  });
});
