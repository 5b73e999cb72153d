// The real BibTeX and RIS corpora in ../shared/corpora: counts, decoded trap names, warnings, detection.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../src/metrics/mulberry32.ts";
import type { ParseResult } from "../../src/model/types.ts";
import { parseBibtex } from "../../src/parse/bibtex.ts";
import { detectFormat } from "../../src/parse/detect.ts";
import { parseRis } from "../../src/parse/ris.ts";

const CORPORA = resolve(dirname(fileURLToPath(import.meta.url)), "../../../shared/corpora");
const present = existsSync(CORPORA);
if (!present)
  console.log(
    `skipping corpora-a tests: ${CORPORA} is absent (real corpora live in ../shared/corpora)`,
  );

const read = (name: string): string => readFileSync(resolve(CORPORA, name), "utf8");

interface Counts {
  papers: number;
  withAuthors: number;
  mentions: number;
  names: number;
  keys: number;
}

/**
 * Expected counts, computed apart from the TypeScript parsers by tests/parse/corpora-a-counts.py
 * (`python3 tests/parse/corpora-a-counts.py ../shared/corpora`): regex entry splitting, brace
 * counting for author fields, its own LaTeX table and key folding. Notes: scopus.bib has 244
 * entries, not the 242 SOURCES.md gives (two entries start right after a `}` on the same line:
 * `}@ARTICLE{Šerić2022,`); krr.bib has 3195 entries of which one (`ilfp92`) is a crossref target
 * without author, a venue rather than a paper.
 */
const EXPECTED: Record<string, Counts> = {
  "krr.bib": { papers: 3194, withAuthors: 3175, mentions: 8483, names: 2616, keys: 2597 },
  "scopus.bib": { papers: 244, withAuthors: 239, mentions: 2059, names: 1948, keys: 1941 },
  "dblp.bib": { papers: 296, withAuthors: 296, mentions: 711, names: 396, keys: 396 },
  "scopus.ris": { papers: 244, withAuthors: 239, mentions: 2057, names: 1926, keys: 1924 },
};

const results = new Map<string, ParseResult>();
function parsed(name: string): ParseResult {
  let result = results.get(name);
  if (!result) {
    const text = read(name);
    result = name.endsWith(".ris")
      ? parseRis(text, { file: name })
      : parseBibtex(text, { file: name });
    results.set(name, result);
  }
  return result;
}

const authorsOf = (result: ParseResult) => result.papers.flatMap((p) => p.authors);
const displayNames = (result: ParseResult) => new Set(authorsOf(result).map((a) => a.name));

describe.skipIf(!present)("BibTeX and RIS corpora", () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: paper and author counts match the independent count`, () => {
      const result = parsed(name);
      const authors = authorsOf(result);
      expect({
        papers: result.papers.length,
        withAuthors: result.papers.filter((p) => p.authors.length > 0).length,
        mentions: authors.length,
        names: new Set(authors.map((a) => a.name)).size,
        keys: new Set(authors.map((a) => a.key)).size,
      }).toEqual(expected);
    });

    it(`${name}: no name keeps a brace or a backslash, and every warning has file and line`, () => {
      const result = parsed(name);
      expect(authorsOf(result).filter((a) => /[{}\\]/.test(a.name))).toEqual([]);
      // Titles keep no backslash; braces only where the file escaped them (`ASP\{f\}` in krr.bib).
      expect(result.papers.filter((p) => /\\/.test(p.title)).map((p) => p.title)).toEqual([]);
      const braced = result.papers.filter((p) => /[{}]/.test(p.title)).map((p) => p.title);
      expect(braced).toEqual(
        name === "krr.bib"
          ? ["Language ASP{f} with Arithmetic Expressions and Consistency-Restoring Rules"]
          : [],
      );
      for (const w of result.warnings) {
        expect(w.file).toBe(name);
        expect(w.line).toBeGreaterThan(0);
      }
    });

    it(`${name}: damaged copies (seeded) still load, losing at most the damaged records`, () => {
      const rng = mulberry32(5);
      const text = read(name);
      const parse = name.endsWith(".ris") ? parseRis : parseBibtex;
      for (let k = 0; k < 12; k++) {
        // Cut up to 300 characters somewhere and put a syntax character in their place.
        const at = Math.floor(rng() * text.length);
        const junk = ["{", "}", '"', "@", ",", "=", "\n", "#", "%", "\\"][Math.floor(rng() * 10)];
        const damaged = text.slice(0, at) + junk + text.slice(at + Math.floor(rng() * 300));
        const result = parse(damaged, { file: name });
        expect(result.papers.length).toBeGreaterThanOrEqual(expected.papers - 3);
        expect(result.papers.length).toBeLessThanOrEqual(expected.papers + 1);
        expect(authorsOf(result).filter((a) => /[{}\\]/.test(a.name))).toEqual([]);
      }
    });

    it(`${name}: is detected by content`, () => {
      expect(detectFormat(read(name), "upload")).toBe(name.endsWith(".ris") ? "ris" : "bibtex");
    });
  }

  it("krr.bib: LaTeX accents, braced surnames, particles and the corporate author", () => {
    const result = parsed("krr.bib");
    const all = displayNames(result);
    for (const n of [
      "U. Çetintemel",
      "I. Abío",
      "É. Grégoire",
      "L. Fariñas del Cerro",
      "W. van der Aalst",
      "N. Rühling",
    ])
      expect(all).toContain(n);
    const stream = result.papers.find(
      (p) => p.title === "STREAM: The Stanford Stream Data Manager",
    );
    expect(stream?.authors).toEqual([{ name: "The STREAM Group", key: "the stream group" }]);
    // 19 entries without author (one summary), and one warning for the 1310 crossrefs whose
    // targets live in procs.bib.
    expect(
      result.warnings.filter((w) => /^19 records without authors left out/.test(w.message)),
    ).toHaveLength(1);
    expect(
      result.warnings.filter((w) =>
        /^1310 crossrefs name entries not in this file/.test(w.message),
      ),
    ).toHaveLength(1);
    expect(result.warnings).toHaveLength(2);
    // @string macros expanded in venues: `booktitle = ijcai`.
    expect(
      result.papers.some(
        (p) =>
          p.venue ===
          "Proceedings of the International Joint Conference on Artificial Intelligence",
      ),
    ).toBe(true);
  });

  it("scopus.bib: BOM and header text, Jr suffix, particles, duplicate keys", () => {
    const result = parsed("scopus.bib");
    const all = displayNames(result);
    expect(all).toContain("José W. Ribeiro Jr");
    expect(all).toContain("Tomaz Nascimento de Melo");
    expect(result.papers[0]).toMatchObject({
      title: "Greenhouse gas emissions information for decision making",
      authors: [],
      year: 2023,
      doi: "10.17226/26641",
      line: 4,
    });
    const duplicates = result.warnings.filter((w) => /^duplicate key '20231'/.test(w.message));
    expect(duplicates).toHaveLength(2);
    expect(
      result.warnings.filter((w) =>
        /^5 records without authors left out .*: lines 4, 1674, 1829, 2307, 2605$/.test(w.message),
      ),
    ).toHaveLength(1);
  });

  it("dblp.bib: @preamble, Jean{-}Jacques and Mart{\\'{\\i}}n, no warnings", () => {
    const result = parsed("dblp.bib");
    const all = displayNames(result);
    for (const n of [
      "Martín Abadi",
      "Jean-Jacques Lévy",
      "Pierre-Louis Curien",
      "Jean-Philippe Bernardy",
    ])
      expect(all).toContain(n);
    expect(result.warnings).toEqual([]);
    expect(result.papers[0]).toMatchObject({
      title: "Protection in Programming-Language Translations",
      doi: "10.1007/3-540-48749-2_2",
      year: 1999,
      venue: "Secure Internet Programming, Security Issues for Mobile and Distributed Objects",
      line: 6,
    });
  });

  it("scopus.ris: the same works as scopus.bib, initials only", () => {
    const ris = parsed("scopus.ris");
    const bib = parsed("scopus.bib");
    expect(displayNames(ris)).toContain("J.W. Ribeiro Jr");
    const doisRis = new Set(ris.papers.map((p) => p.doi).filter((d) => d !== undefined));
    const doisBib = new Set(bib.papers.map((p) => p.doi).filter((d) => d !== undefined));
    expect(doisRis).toEqual(doisBib);
    expect(ris.warnings.map((w) => [w.line, w.message])).toEqual([
      [
        1,
        "5 records without authors left out (not part of the coauthor network): lines 1, 3511, 3839, 4906, 5473",
      ],
    ]);
  });
});
