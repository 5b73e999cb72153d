// Tests for buildCorpus: author identity across spellings, paper merging, links, owners, files.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { AuthorName, ParseResult, PaperRecord } from "../../src/model/types.ts";
import { parseBibtex } from "../../src/parse/bibtex.ts";
import {
  buildCorpus,
  createCorpusBuilder,
  normalizeDoi,
  normalizeTitle,
} from "../../src/parse/corpus.ts";
import { parseName } from "../../src/parse/names.ts";
import { recordTitleHash } from "../../src/parse/title-key.ts";
import { withSerial } from "../../src/parse/name-serial.ts";
import { parseRis } from "../../src/parse/ris.ts";

const CORPORA = resolve(dirname(fileURLToPath(import.meta.url)), "../../../shared/corpora");
const present = existsSync(resolve(CORPORA, "scopus.bib"));
if (!present) console.log(`skipping the scopus corpus test: ${CORPORA}/scopus.bib is absent`);

const name = (raw: string): AuthorName => {
  const parsed = parseName(raw);
  if (!parsed) throw new Error(`bad test name ${raw}`);
  return parsed;
};

const record = (
  title: string,
  authors: string[],
  line: number,
  extra: Partial<PaperRecord> = {},
): PaperRecord => ({ title, authors: authors.map(name), line, ...extra });

const result = (file: string, papers: PaperRecord[], extra: Partial<ParseResult> = {}) =>
  ({ file, format: "test", papers, warnings: [], ...extra }) as ParseResult;

describe("normalizeDoi / normalizeTitle", () => {
  it("strips resolver prefixes and folds case", () => {
    expect(normalizeDoi("https://doi.org/10.1145/ABC.123")).toBe("10.1145/abc.123");
    expect(normalizeDoi("http://dx.doi.org/10.1145/abc.123 ")).toBe("10.1145/abc.123");
    expect(normalizeDoi("doi:10.1145/Abc.123")).toBe("10.1145/abc.123");
    expect(normalizeDoi("10.1145/abc.123")).toBe("10.1145/abc.123");
    expect(normalizeDoi("  ")).toBe("");
  });

  it("folds case, accents, punctuation and superscripts", () => {
    expect(normalizeTitle("H³Fusion: Helpful, Harmless,  Honest")).toBe(
      "h3fusion helpful harmless honest",
    );
    expect(normalizeTitle("Étude   des Graphes.")).toBe("etude des graphes");
    expect(normalizeTitle("Multi-Agent Learning")).toBe(normalizeTitle("Multi Agent learning"));
  });
});

describe("buildCorpus", () => {
  it("shows one author under the spelling with diacritics and lists the others", () => {
    const a = result("a.txt", [record("One", ["Novak, Jana", "Smith, Adam"], 2)]);
    const b = result("b.bib", [record("Two", ["Novák, Jana", "Smith, Adam"], 5)]);
    const corpus = buildCorpus([a, b]);
    expect(corpus.authors).toEqual([
      { id: "jana novak", name: "Jana Novák", variants: ["Jana Novak"] },
      { id: "adam smith", name: "Adam Smith", variants: [] },
    ]);
    expect(corpus.papers.map((p) => p.authors)).toEqual([
      ["jana novak", "adam smith"],
      ["jana novak", "adam smith"],
    ]);
    expect(corpus.files).toEqual([
      { file: "a.txt", format: "test" },
      { file: "b.bib", format: "test" },
    ]);
  });

  it("merges across files by DOI, keeping the first fields and filling the missing ones", () => {
    const a = result("a.bib", [
      record("Graph Mining", ["Novak, Jana"], 3, { doi: "https://doi.org/10.1/ABC", year: 2020 }),
    ]);
    const b = result("b.ris", [
      record("Graph mining (extended)", ["Novak, J."], 7, {
        doi: "10.1/abc",
        year: 2021,
        venue: "KDD",
        abstract: "Text.",
      }),
    ]);
    const corpus = buildCorpus([a, b]);
    expect(corpus.papers).toEqual([
      {
        id: "p1",
        title: "Graph Mining",
        authors: ["jana novak"],
        year: 2020,
        venue: "KDD",
        doi: "10.1/abc",
        abstract: "Text.",
        file: "a.bib",
        line: 3,
      },
    ]);
    expect(corpus.warnings).toEqual([
      { file: "b.ris", line: 7, message: "duplicate of paper at a.bib:3, merged (same DOI)" },
    ]);
    // The duplicate's byline is not in the corpus: its other spelling is nobody's.
    expect(corpus.authors.map((x) => x.id)).toEqual(["jana novak"]);
  });

  it("adds a merged duplicate's authors only as spellings of authors known by key", () => {
    const a = result("a.bib", [
      record("Graph Mining", ["Novak, Jana", "Ribeiro, José"], 3, { doi: "10.1/abc" }),
    ]);
    const b = result("b.ris", [
      // Same DOI: merged. `Novák` has a known key; `Lee, K.` and `Ribeiro, J.` have none yet…
      record("Graph mining", ["Novák, Jana", "Lee, K.", "Ribeiro, J."], 7, { doi: "10.1/ABC" }),
      // …and `Ribeiro, J.` gets a key of its own on a kept paper later on.
      record("Other", ["Ribeiro, J."], 9),
    ]);
    const corpus = buildCorpus([a, b]);
    expect(corpus.papers.map((p) => p.authors)).toEqual([
      ["jana novak", "jose ribeiro"],
      ["j ribeiro"],
    ]);
    expect(corpus.authors).toEqual([
      { id: "jana novak", name: "Jana Novák", variants: ["Jana Novak"] },
      { id: "jose ribeiro", name: "José Ribeiro", variants: [] },
      { id: "j ribeiro", name: "J. Ribeiro", variants: [] },
    ]);
  });

  it("merges by normalized title only when the author sets match", () => {
    const a = result("a.txt", [
      record("Graph Mining!", ["Novak, Jana", "Smith, Adam"], 2),
      record("graph mining", ["Smith, Adam", "Novák, Jana"], 5),
      record("Graph Mining", ["Smith, Adam"], 8),
    ]);
    const corpus = buildCorpus([a]);
    expect(corpus.papers.map((p) => [p.id, p.line])).toEqual([
      ["p1", 2],
      ["p2", 8],
    ]);
    expect(corpus.warnings).toEqual([
      {
        file: "a.txt",
        line: 5,
        message: "duplicate of paper at a.txt:2, merged (same title and authors)",
      },
    ]);
  });

  it("can keep duplicates apart", () => {
    const a = result("a.txt", [record("X", ["A, B"], 2), record("X", ["A, B"], 5)]);
    const corpus = buildCorpus([a], { mergeDuplicates: false });
    expect(corpus.papers.map((p) => p.id)).toEqual(["p1", "p2"]);
    expect(corpus.warnings).toEqual([]);
  });

  it("lists an author twice on one paper once, with a warning", () => {
    const a = result("a.txt", [record("X", ["Novak, Jana", "Smith, Adam", "Novák, Jana"], 4)]);
    const corpus = buildCorpus([a]);
    expect(corpus.papers[0].authors).toEqual(["jana novak", "adam smith"]);
    expect(corpus.warnings).toEqual([
      { file: "a.txt", line: 4, message: 'author "Jana Novák" listed twice on "X"; kept once' },
    ]);
  });

  it("puts owners first, sums duplicate links, and concatenates warnings in load order", () => {
    const a = result("a.txt", [record("X", ["Smith, Adam", "Novak, Jana"], 2)], {
      owner: name("Novak, Jana"),
      warnings: [{ file: "a.txt", line: 9, message: "first" }],
    });
    const b = result("n.gml", [], {
      authors: [name("Lone, Wolf")],
      links: [
        { source: name("Smith, Adam"), target: name("Lee, Kim"), weight: 2, line: 3 },
        { source: name("Lee, Kim"), target: name("Smith, Adam"), weight: 1.5, line: 4 },
      ],
      warnings: [{ file: "n.gml", line: 1, message: "second" }],
    });
    const corpus = buildCorpus([a, b]);
    expect(corpus.owners).toEqual(["jana novak"]);
    expect(corpus.authors.map((x) => x.id)).toEqual([
      "jana novak",
      "adam smith",
      "wolf lone",
      "kim lee",
    ]);
    expect(corpus.links).toEqual([
      { source: "adam smith", target: "kim lee", weight: 3.5, file: "n.gml" },
    ]);
    expect(corpus.warnings.map((w) => w.message)).toEqual(["first", "second"]);
    // Authors of the network file (Smith also has a paper in a.txt), with the file that named them.
    expect(corpus.networkAuthors).toEqual({
      "wolf lone": { file: "n.gml" },
      "adam smith": { file: "n.gml" },
      "kim lee": { file: "n.gml" },
    });
  });

  it("builds the same corpus from papers streamed in before each file's result", () => {
    const a = result("a.txt", [record("X", ["Smith, Adam", "Novak, Jana", "Smith, Adam"], 2)], {
      owner: name("Novak, Jana"),
      warnings: [{ file: "a.txt", line: 1, message: "own warning" }],
    });
    const b = result("b.ris", [record("X", ["Smith, A.", "Novák, Jana"], 7, { doi: "10.1/x" })]);
    const c = result("c.bib", [record("Y", ["Lee, Kim"], 3, { doi: "10.1/X" })], {
      warnings: [{ file: "c.bib", line: 9, message: "late" }],
    });
    const builder = createCorpusBuilder();
    for (const r of [a, b, c]) {
      builder.beginFile(r.file);
      if (r.owner) builder.addOwner(r.owner);
      for (const p of r.papers) builder.addPaper(p);
      builder.endFile({ ...r, papers: [] });
    }
    const streamed = builder.finish();
    const whole = buildCorpus([a, b, c]);
    expect(streamed).toEqual(whole);
    // Each file's own warnings come before the merge warnings about its papers.
    expect(whole.warnings.map((w) => w.message)).toEqual([
      "own warning",
      'author "Adam Smith" listed twice on "X"; kept once',
      "late",
      "duplicate of paper at b.ris:7, merged (same DOI)",
    ]);
  });

  it("gives the same corpus when each author is one object with a serial across records", () => {
    // One object per distinct author, as the CLI's parse worker hands them over; Ann is later
    // met with an ORCID that aliases her key, after which her object must be looked up again.
    const ann = name("Lee, Ann");
    const bo = name("Chen, Bo");
    const annAccented = { ...name("Lée, Ann"), key: ann.key };
    const annOrcid: AuthorName = {
      name: "Ann Lee",
      key: "orcid:0000-0001",
      ids: { orcid: "0000-0001" },
    };
    const annAgain: AuthorName = { name: "Ann Lee", key: ann.key, ids: { orcid: "0000-0001" } };
    const papers: PaperRecord[] = [
      { title: "One", authors: [ann, bo], line: 2 },
      { title: "Two", authors: [bo, ann, ann], line: 5 },
      { title: "Three", authors: [annAccented, bo], line: 8 },
      { title: "Four", authors: [annOrcid, bo], line: 11 },
      { title: "Five", authors: [annAgain, ann, bo], line: 14 },
      { title: "Six", authors: [ann, annOrcid], line: 17 },
    ];
    // The same objects given serials, as a parse worker's names come (record-batch.ts).
    const serial = new Map(
      [ann, bo, annAccented, annOrcid, annAgain].map((a) => [a, withSerial({ ...a })]),
    );
    const build = (serials: boolean) => {
      const builder = createCorpusBuilder();
      builder.beginFile("a.txt");
      for (const p of papers)
        builder.addPaper({
          ...p,
          authors: p.authors.map((a) => (serials ? (serial.get(a) as AuthorName) : { ...a })),
        });
      builder.endFile(result("a.txt", []));
      return builder.finish();
    };
    const plain = build(false);
    expect(build(true)).toEqual(plain);
    // Lee Ann once on "Two"; the accented spelling is a variant of her; "Five" joins her key and ORCID.
    expect(plain.papers[1].authors).toEqual([bo.key, ann.key]);
    expect(plain.authors.find((a) => a.id === ann.key)?.variants).toEqual(["Ann Lee"]);
    expect(plain.papers[4].authors.length).toBe(2);
  });

  it("produces JSON-serializable plain data", () => {
    const a = result("a.txt", [record("X", ["A, B"], 2, { year: 2001 })]);
    const corpus = buildCorpus([a]);
    expect(JSON.parse(JSON.stringify(corpus))).toEqual(corpus);
  });
});

describe.skipIf(!present)(
  "buildCorpus on scopus.bib + scopus.ris (the same search, two exports)",
  () => {
    it("keeps the RIS duplicates' initials-only authors out: no author without a paper", () => {
      const read = (name: string) => readFileSync(resolve(CORPORA, name), "utf8");
      const bib = parseBibtex(read("scopus.bib"), { file: "scopus.bib" });
      const ris = parseRis(read("scopus.ris"), { file: "scopus.ris" });
      const corpus = buildCorpus([bib, ris]);
      // Expected values from tests/parse/corpus-scopus-counts.py (regex reading, its own key
      // folding, the merge simulated with the dedup rules): the 5 author-less records of each
      // file left out, 239 bib papers kept, 234 RIS records merged by DOI, none by title and
      // authors, 5 RIS-only papers (no DOI); authors = 1941 distinct keys of scopus.bib + 21
      // keys of the RIS-only papers = 1962.
      expect(corpus.papers).toHaveLength(244);
      const merged = corpus.warnings.filter((w) => w.message.startsWith("duplicate of paper"));
      expect(merged.filter((w) => w.message.endsWith("(same DOI)"))).toHaveLength(234);
      expect(merged).toHaveLength(234);
      const bibKeys = new Set(bib.papers.flatMap((p) => p.authors.map((a) => a.key)));
      expect(bibKeys.size).toBe(1941);
      const risOnly = new Set(corpus.papers.slice(239).flatMap((p) => p.authors));
      expect(risOnly.size).toBe(21);
      expect(corpus.authors).toHaveLength(1962);
      const onPapers = new Set(corpus.papers.flatMap((p) => p.authors));
      expect(corpus.authors.filter((a) => !onPapers.has(a.id))).toEqual([]);
    });
  },
);

describe("buildCorpus: dedup rules", () => {
  const titled = (extra: Partial<PaperRecord>, line: number) =>
    record("Graph Mining", ["Novak, Jana", "Smith, Adam"], line, extra);
  const papersOf = (...records: PaperRecord[]) =>
    buildCorpus([result("a.txt", records)]).papers.map((p) => p.line);

  it("keeps editions apart: different DOIs, years or venues", () => {
    expect(papersOf(titled({ doi: "10.1/a" }, 1), titled({ doi: "10.1/b" }, 2))).toEqual([1, 2]);
    expect(papersOf(titled({ year: 2008 }, 1), titled({ year: 2016 }, 2))).toEqual([1, 2]);
    expect(
      papersOf(titled({ venue: "LPNMR" }, 1), titled({ venue: "Fundam. Inform." }, 2)),
    ).toEqual([1, 2]);
    // A third record goes to the edition it fits, not just the first one met.
    const corpus = buildCorpus([
      result("a.txt", [
        titled({ year: 2008 }, 1),
        titled({ year: 2016 }, 2),
        titled({ year: 2016, doi: "10.1/x" }, 3),
      ]),
    ]);
    expect(corpus.papers.map((p) => [p.line, p.doi])).toEqual([
      [1, undefined],
      [2, "10.1/x"],
    ]);
    expect(corpus.warnings.map((w) => w.message)).toEqual([
      "duplicate of paper at a.txt:2, merged (same title and authors)",
    ]);
  });

  it("merges the same DOI whatever the other fields, and a missing field proves nothing", () => {
    expect(
      papersOf(titled({ doi: "10.1/a", year: 2008 }, 1), titled({ doi: "10.1/A", year: 2016 }, 2)),
    ).toEqual([1]);
    expect(papersOf(titled({ year: 2008, venue: "X" }, 1), titled({}, 2))).toEqual([1]);
    // Venues compare folded.
    expect(papersOf(titled({ venue: "Proc. ICLP" }, 1), titled({ venue: "proc iclp" }, 2))).toEqual(
      [1],
    );
  });

  it("merges a preprint with its publication (arXiv/CoRR, bioRxiv, SSRN by venue or DOI)", () => {
    const published = titled({ year: 2021, venue: "TPLP", doi: "10.1017/s1" }, 1);
    for (const preprint of [
      { year: 2019, venue: "CoRR", doi: "10.48550/arXiv.1901.1" },
      { year: 2020, venue: "bioRxiv" },
      { year: 2020, doi: "10.1101/2020.01.01.1" },
      { year: 2018, venue: "SSRN Electronic Journal", doi: "10.2139/ssrn.1" },
    ]) {
      const corpus = buildCorpus([result("a.txt", [published, titled(preprint, 2)])]);
      expect(corpus.papers.map((p) => p.line)).toEqual([1]);
      expect(corpus.warnings[0].message).toBe(
        "duplicate of paper at a.txt:1, merged (same title and authors, a preprint and its publication)",
      );
    }
  });

  it("still merges exact duplicates across files, each merge reported", () => {
    const a = result("a.txt", [titled({ year: 2020, venue: "KR" }, 3)]);
    const b = result("b.txt", [titled({ year: 2020, venue: "KR" }, 8)]);
    const corpus = buildCorpus([a, b]);
    expect(corpus.papers).toHaveLength(1);
    expect(corpus.warnings).toEqual([
      {
        file: "b.txt",
        line: 8,
        message: "duplicate of paper at a.txt:3, merged (same title and authors)",
      },
    ]);
  });

  it("finds duplicates by a precomputed title hash and compares the titles behind a hash", () => {
    const hash = recordTitleHash("Graph Mining");
    // A parse worker's record carries the hash; one parsed here has none: they still merge.
    const a = titled({ titleHash: hash }, 1);
    const b = titled({}, 2);
    // Two records of another title that (as forced here) share the hash: a collision.
    const c = record("Tree Mining", ["Novak, Jana", "Smith, Adam"], 3, { titleHash: hash });
    const d = record("Tree Mining", ["Novak, Jana", "Smith, Adam"], 4, { titleHash: hash });
    const corpus = buildCorpus([result("a.txt", [a, b, c, d])]);
    expect(corpus.papers.map((p) => [p.line, p.title])).toEqual([
      [1, "Graph Mining"],
      [3, "Tree Mining"],
    ]);
    expect(corpus.warnings.map((w) => [w.line, w.message])).toEqual([
      [2, "duplicate of paper at a.txt:1, merged (same title and authors)"],
      [4, "duplicate of paper at a.txt:3, merged (same title and authors)"],
    ]);
  });

  it("files a duplicate's own title: a later record with that title finds the paper", () => {
    const corpus = buildCorpus([
      result("a.txt", [
        titled({ doi: "10.1/x" }, 1),
        // Same DOI, another title: merged, and its title now leads to paper 1 too.
        record("Graph Mining, Extended", ["Smith, Adam", "Novak, Jana"], 2, { doi: "10.1/x" }),
        // Control characters and doubled spaces fold like the display form's spaces.
        record("graph\u0001mining  extended", ["Novak, Jana", "Smith, Adam"], 3),
        record("Graph\u0007Mining", ["Novak, Jana", "Smith, Adam"], 4),
      ]),
    ]);
    expect(corpus.papers.map((p) => p.line)).toEqual([1]);
    expect(corpus.warnings.map((w) => [w.line, w.message])).toEqual([
      [2, "duplicate of paper at a.txt:1, merged (same DOI)"],
      [3, "duplicate of paper at a.txt:1, merged (same title and authors)"],
      [4, "duplicate of paper at a.txt:1, merged (same title and authors)"],
    ]);
  });

  it("leaves records without authors out", () => {
    const corpus = buildCorpus([
      result("a.txt", [record("No one", [], 2), record("Someone", ["Lee, Kim"], 4)]),
    ]);
    expect(corpus.papers.map((p) => [p.id, p.title])).toEqual([["p1", "Someone"]]);
  });

  it("counts hyperauthored papers in one warning per file", () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => `Author${i}, A.`);
    const corpus = buildCorpus(
      [
        result("a.txt", [
          record("Big", many(60), 2),
          record("Bigger", many(126), 9),
          record("Small", many(3), 20),
        ]),
      ],
      { maxAuthors: 50 },
    );
    expect(corpus.papers).toHaveLength(3);
    expect(corpus.warnings).toEqual([
      {
        file: "a.txt",
        line: 2,
        message:
          "2 papers with more than 50 authors (the most: 126) add no coauthorships (the author cap); first at this line",
      },
    ]);
  });

  it("tells homonyms apart in display: dblp numbers, else a running number", () => {
    const named = (n: string, key: string): AuthorName => ({ name: n, key });
    const corpus = buildCorpus([
      result("d.xml", [
        {
          title: "T",
          line: 1,
          authors: [
            named("Wei Wang", "wei wang 0032"),
            named("Wei Wang", "wei wang 0086"),
            named("Wei Wang", "wei wang"),
            named("Ann Lee", "orcid:0000-0001"),
            named("Ann Lee", "orcid:0000-0002"),
          ],
        },
      ]),
    ]);
    expect(corpus.authors.map((a) => a.name)).toEqual([
      "Wei Wang (0032)",
      "Wei Wang (0086)",
      "Wei Wang",
      "Ann Lee (orcid:0000-0001)",
      "Ann Lee (orcid:0000-0002)",
    ]);
  });

  it("reads 100k authors on one paper in linear time", () => {
    const authors = Array.from({ length: 100_000 }, (_, i) => ({ name: `A${i}`, key: `a${i}` }));
    authors.push({ name: "A7", key: "a7" });
    const corpus = buildCorpus([result("big.txt", [{ title: "Huge", authors, line: 1 }])]);
    expect(corpus.papers[0].authors).toHaveLength(100_000);
    expect(corpus.warnings.map((w) => w.message)).toEqual([
      'author "A7" listed twice on "Huge"; kept once',
      "1 paper with more than 50 authors (the most: 100000) adds no coauthorships (the author cap); first at this line",
    ]);
  });
});
