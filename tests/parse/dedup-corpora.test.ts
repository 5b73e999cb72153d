// The dedup rules and author-less records on the real corpora, against tests/parse/dedup-counts.py.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/cli/read-input.ts";
import type { Corpus } from "../../src/model/types.ts";
import { buildCorpus, normalizeTitle } from "../../src/parse/corpus.ts";
import { parseFile } from "../../src/parse/detect.ts";

const CORPORA = resolve(dirname(fileURLToPath(import.meta.url)), "../../../shared/corpora");
const FILES = ["ex.xml", "krr.bib", "scopus.bib", "scopus.ris"];
const missing = FILES.filter((f) => !existsSync(resolve(CORPORA, f)));
if (missing.length > 0)
  console.log(`skipping the dedup corpus tests: ${missing.join(", ")} absent from ${CORPORA}`);

const corpusOf = (file: string): Corpus =>
  buildCorpus([parseFile(decodeText(readFileSync(resolve(CORPORA, file))), file)]);

/** Title + sorted author ids → the years of the kept papers. */
function editions(corpus: Corpus): Map<string, (number | undefined)[]> {
  const groups = new Map<string, (number | undefined)[]>();
  for (const p of corpus.papers) {
    const key = `${normalizeTitle(p.title)}\u0000${[...p.authors].sort().join("\u0001")}`;
    groups.set(key, [...(groups.get(key) ?? []), p.year]);
  }
  return groups;
}

const merges = (corpus: Corpus) =>
  corpus.warnings.filter((w) => w.message.startsWith("duplicate of paper"));

// Expected values: `python3 tests/parse/dedup-counts.py ../shared/corpora` (regex readers of its
// own, the same rules written again):
//   ex.xml: records 3178, with authors 1834, papers 1834, merged 0; 283 titles with a 2008 and a 2016 edition
//   krr.bib: records 3195, with authors 3175, papers 3141, merged 34 (by DOI 1)
//   scopus.bib / scopus.ris: records 244, with authors 239, papers 239, merged 0
describe.skipIf(missing.length > 0)("dedup rules on the real corpora", () => {
  it("ex.xml: 1834 papers, both editions of each encyclopedia entry, no author-less paper", () => {
    const corpus = corpusOf("ex.xml");
    expect(corpus.papers).toHaveLength(1834);
    expect(corpus.papers.every((p) => p.authors.length > 0)).toBe(true);
    expect(merges(corpus)).toEqual([]);
    const several = [...editions(corpus).values()].filter((years) => years.length > 1);
    expect(several).toHaveLength(283);
    for (const years of several) expect(years.sort()).toEqual([2008, 2016]);
    // The DOIs of both editions are kept.
    expect(new Set(corpus.papers.map((p) => p.doi).filter(Boolean)).size).toBeGreaterThan(1700);
    const summary = corpus.warnings.filter((w) => /records without authors/.test(w.message));
    expect(summary).toHaveLength(1);
    expect(summary[0].message).toMatch(/^1344 records without authors left out/);
  });

  it("krr.bib: 3141 papers; workshop, conference and journal versions kept apart", () => {
    const corpus = corpusOf("krr.bib");
    expect(corpus.papers).toHaveLength(3141);
    expect(merges(corpus)).toHaveLength(34);
    expect(merges(corpus).filter((w) => w.message.endsWith("(same DOI)"))).toHaveLength(1);
    // abgemuscwo15a/b/c: LPNMR'15, ASPOCP'15 and Fundamenta Informaticae 2016.
    const shift = corpus.papers.filter(
      (p) => p.title === "Shift Design with Answer Set Programming",
    );
    expect(shift.map((p) => p.venue)).toEqual(["lpnmr15", "aspocp15", "Fundamenta Informaticae"]);
  });

  it.each(["scopus.bib", "scopus.ris"])("%s: 239 papers (the records with authors)", (file) => {
    const corpus = corpusOf(file);
    expect(corpus.papers).toHaveLength(239);
    expect(merges(corpus)).toEqual([]);
  });
});
