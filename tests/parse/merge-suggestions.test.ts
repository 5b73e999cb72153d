import { describe, expect, it } from "vitest";
import type { Corpus, PaperRecord, ParseResult } from "../../src/model/types.ts";
import { buildCorpus } from "../../src/parse/corpus.ts";
import { applyMerges, suggestMerges, transliterate } from "../../src/parse/merge-suggestions.ts";
import { parseName } from "../../src/parse/names.ts";

/** A parse result from papers written as [title, "Last, First; Last, First", doi?]. */
function result(file: string, papers: [string, string, string?][]): ParseResult {
  const records: PaperRecord[] = papers.map(([title, authors, doi], i) => {
    const record: PaperRecord = {
      title,
      authors: authors.split(";").map((a) => {
        const name = parseName(a.trim());
        if (name === null) throw new Error(`bad test name ${a}`);
        return name;
      }),
      line: i + 1,
    };
    if (doi !== undefined) record.doi = doi;
    return record;
  });
  return { file, format: "test", papers: records, warnings: [] };
}

const pick = (s: ReturnType<typeof suggestMerges>) =>
  s.map((x) => [x.keepName, x.mergeName, x.score]);

describe("suggestMerges", () => {
  it("suggests initials against full names, scored by shared coauthors and ambiguity", () => {
    const corpus = buildCorpus([
      result("a.bib", [
        ["One", "Huang, Tiansheng; Liu, Ling"],
        ["Two", "Huang, T.; Liu, Ling; Hu, Sihao"],
        ["Three", "Huang, Tao; Smith, Bob"],
        ["Four", "Buyukkidik, S; Kan, Adnan"],
        ["Five", "Büyükkidik, Serap; Kan, Adnan"],
      ]),
    ]);
    const s = suggestMerges(corpus);
    // T. Huang fits Tiansheng Huang (1 shared coauthor) and Tao Huang (none): one alternative each.
    // 0.4 + 0.6·0.8·(1 − 2^−1) = 0.64, / (1 + 0.25·1) = 0.512; 0.4 / 1.25 = 0.32.
    // Buyukkidik: 0.4 + 0.24 = 0.64, no alternative. Tiansheng and Tao never pair.
    expect(pick(s)).toEqual([
      ["Serap Büyükkidik", "S Buyukkidik", 0.64],
      ["Tiansheng Huang", "T. Huang", 0.512],
      ["Tao Huang", "T. Huang", 0.32],
    ]);
    expect(s[1]).toEqual({
      keep: "tiansheng huang",
      merge: "t huang",
      keepName: "Tiansheng Huang",
      mergeName: "T. Huang",
      score: 0.512,
      evidence: {
        reason: "initials match the full given name",
        sharedCoauthors: ["ling liu"],
        sharedVenues: [],
        samePapers: [],
        papers: [["p1"], ["p2"]],
        coPapers: [],
        alternatives: 1,
      },
    });
  });

  it("uses papers merged across files: the same byline place is strong evidence", () => {
    const bib = result("scopus.bib", [
      ["Ocean colour", "Ribeiro, Jr, José W.; Porter, Dwayne E.", "10.1/x"],
    ]);
    const merged = result("scopus.ris", [
      ["Ocean colour", "Ribeiro, Jr, J.W.; Porter, D.E.", "10.1/X"],
    ]);
    // Merged by DOI: the RIS spellings are on no paper, so they are no authors to merge.
    const alone = buildCorpus([bib, merged]);
    expect(alone.papers).toHaveLength(1);
    expect(alone.authors.map((a) => a.id)).toEqual(["jose w ribeiro jr", "dwayne e porter"]);
    expect(suggestMerges(alone, { sources: [bib, merged] })).toEqual([]);

    // A RIS-only paper makes the initials real authors.
    const ris = result("scopus.ris", [
      ["Ocean colour", "Ribeiro, Jr, J.W.; Porter, D.E.", "10.1/X"],
      ["Sea ice", "Porter, D.E.; Ribeiro, Jr, J.W.", "10.1/y"],
    ]);
    const corpus = buildCorpus([bib, ris]);
    expect(corpus.papers).toHaveLength(2);
    // Without the sources only the names speak (the coauthors differ by key too): 0.4 each.
    expect(pick(suggestMerges(corpus))).toEqual([
      ["Dwayne E. Porter", "D.E. Porter", 0.4],
      ["José W. Ribeiro Jr", "J.W. Ribeiro Jr", 0.4],
    ]);
    // With them: the RIS version of p1 puts them at the same byline places, one same paper
    // counts 2 → 0.4 + 0.6·0.8·(1 − 2^−2) = 0.76.
    const s = suggestMerges(corpus, { sources: [bib, ris] });
    expect(pick(s)).toEqual([
      ["Dwayne E. Porter", "D.E. Porter", 0.76],
      ["José W. Ribeiro Jr", "J.W. Ribeiro Jr", 0.76],
    ]);
    expect(s[1].evidence.samePapers).toEqual(["p1"]);
    expect(s[1].evidence.papers).toEqual([["p1"], ["p2"]]);
  });

  it("finds names written in another order at the same byline place of an unmerged duplicate", () => {
    const corpus = buildCorpus([
      result("a", [["Graph learning", "Zhang, Wei; Lee, Ann"]]),
      result("b", [["Graph Learning.", "Wei, Zhang; Lee, Ann"]]),
    ]);
    expect(corpus.papers).toHaveLength(2);
    // Same title, different author keys: not merged, but the byline places line up.
    // 0.4 + 0.6·0.8·(1 − 2^−(1 shared + 2·1 same paper)) = 0.82.
    expect(pick(suggestMerges(corpus))).toEqual([["Wei Zhang", "Zhang Wei", 0.82]]);
  });

  it("keeps dblp homonyms apart and lowers suggestions against shared bylines", () => {
    const corpus = buildCorpus([
      result("d.xml", [
        ["A", "Thomas Seidl 0001; Ira Assent"],
        ["B", "Thomas Seidl 0002; Ira Assent"],
        ["C", "Thomas Seidl; Ira Assent"],
        ["D", "Smith, J.; Smith, John; Doe, Jane"],
      ]),
    ]);
    // 0001/0002 never pair. Unnumbered vs numbered: same name 0.5, one shared coauthor:
    // 0.5 + 0.5·0.8·0.5 = 0.7; the unnumbered one fits both, one alternative: / 1.25 = 0.56;
    // halved for the homonym number = 0.28.
    // J. Smith / John Smith share paper D: 0.4 + 0.24 = 0.64, quartered = 0.16.
    expect(pick(suggestMerges(corpus))).toEqual([
      ["Thomas Seidl (0001)", "Thomas Seidl", 0.28],
      ["Thomas Seidl (0002)", "Thomas Seidl", 0.28],
      ["John Smith", "J. Smith", 0.16],
    ]);
    const s = suggestMerges(corpus);
    expect(s.map((x) => [x.keep, x.merge].sort().join(" | "))).toEqual([
      "thomas seidl | thomas seidl 0001",
      "thomas seidl | thomas seidl 0002",
      "j smith | john smith",
    ]);
    expect(s[2].evidence.coPapers).toEqual(["p4"]);
    expect(suggestMerges(corpus, { minScore: 0.2 })).toHaveLength(2);
  });

  it("does not pair different given names", () => {
    const corpus = buildCorpus([
      result("x", [
        ["A", "Li, Tom; Li, Tim"],
        ["B", "Chen, A. B.; Chen, A. C."],
        ["C", "Garcia, Maria; Garcia, Mario"],
        ["D", "Aalst, W. van der"],
        ["E", "Aalst, Wil van der"],
      ]),
    ]);
    expect(pick(suggestMerges(corpus))).toEqual([["Wil van der Aalst", "W. van der Aalst", 0.4]]);
  });
});

describe("transliterated spellings", () => {
  it("spells umlauts, ø and ß out, keeping the case of the first letter", () => {
    expect(transliterate("Jürgen Müller")).toBe("Juergen Mueller");
    expect(transliterate("Søren Ærø")).toBe("Soeren Aeroe");
    expect(transliterate("Straße ÖZTÜRK")).toBe("Strasse OeZTUeRK");
  });

  it("suggests Hans Müller / Hans Mueller with a shared coauthor, and says why", () => {
    const corpus = buildCorpus([
      result("a.bib", [
        ["One", "Müller, Hans; Weber, Anna"],
        ["Two", "Mueller, Hans; Weber, Anna"],
        ["Three", "Strauß, Jörg; Berg, Eva"],
        ["Four", "Strauss, Joerg; Berg, Eva"],
        ["Five", "Muller, Hans; Roth, Udo"],
      ]),
    ]);
    const s = suggestMerges(corpus);
    // Spelled out, the names are equal: 0.7 + 0.3·0.8·(1 − 2^−1) = 0.82 with one shared coauthor.
    // Muller and Müller have one identity key already (accents fold), so they are one author.
    // The longer spelling is kept; equal scores go by name.
    expect(pick(s)).toEqual([
      ["Hans Mueller", "Hans Müller", 0.82],
      ["Joerg Strauss", "Jörg Strauß", 0.82],
    ]);
    expect(s[0].evidence.reason).toBe("same name after transliteration (ü = ue)");
    expect(s[1].evidence.reason).toBe("same name after transliteration (ö = oe, ß = ss)");
    expect(s[1].evidence.sharedCoauthors).toEqual(["eva berg"]);
  });
});

describe("transliterations and accents count as the same spelling", () => {
  /** A parse result from papers written as [title, "Last, First; …", venue?]. */
  const withVenues = (papers: [string, string, string?][]): ParseResult => {
    const r = result(
      "t.bib",
      papers.map(([title, authors]) => [title, authors]),
    );
    r.papers.forEach((p, i) => {
      const venue = papers[i][2];
      if (venue !== undefined) p.venue = venue;
    });
    return r;
  };
  const corpus = buildCorpus([
    withVenues([
      ["1", "Sørensen, Jens; Berg, Eva"],
      ["2", "Soerensen, Jens; Berg, Eva"],
      ["3", "Lindqvist, Åsa"],
      ["4", "Lindqvist, Aasa"],
      ["5", "Müller, José; Roth, Udo", "Phys. Rev. D"],
      ["6", "Mueller, Jose; Roth, Udo", "Phys Rev D"],
      ["7", "Kjærgaard, Lars"],
      ["8", "Kjaergaard, Lars"],
      ["9", "Mu\u0308ller, Eva"], // ü written as u + combining diaeresis
      ["10", "Mueller, Eva"],
      ["11", "Müller, Hans"],
      ["12", "Muller, Hans"],
    ]),
  ]);
  const s = suggestMerges(corpus);

  it("æ = ae and stripped accents give one identity key: one author, nothing to suggest", () => {
    const names = corpus.authors.map((a) => a.name);
    // Kjærgaard/Kjaergaard and Müller/Muller (ü folds to u) are one author each.
    expect(names.filter((n) => /Kj/.test(n))).toEqual(["Lars Kjærgaard"]);
    expect(names.filter((n) => /Hans/.test(n))).toEqual(["Hans Müller"]);
  });

  it("ø = oe, å = aa, ü = ue (also decomposed), accents stripped: suggested with the letters used", () => {
    // Same name after transliteration: 0.7, with one shared coauthor 0.7 + 0.3·0.8·½ = 0.82.
    expect(s.map((x) => [x.keepName, x.mergeName, x.score, x.evidence.reason])).toEqual([
      ["Jens Soerensen", "Jens Sørensen", 0.82, "same name after transliteration (ø = oe)"],
      ["Jose Mueller", "José Müller", 0.82, "same name after transliteration (ü = ue)"],
      ["Aasa Lindqvist", "Åsa Lindqvist", 0.7, "same name after transliteration (å = aa)"],
      ["Eva Mueller", "Eva Müller", 0.7, "same name after transliteration (ü = ue)"],
    ]);
  });

  it("initials against a full name after transliteration say both", () => {
    const t = suggestMerges(
      buildCorpus([
        result("i.bib", [
          ["1", "Müller, H."],
          ["2", "Mueller, Hans"],
        ]),
      ]),
    );
    expect(t.map((x) => [x.keepName, x.mergeName, x.score, x.evidence.reason])).toEqual([
      [
        "Hans Mueller",
        "H. Müller",
        0.4,
        "initials match the full given name, after transliteration (ü = ue)",
      ],
    ]);
  });

  it("counts shared venues folded, named as first spelled", () => {
    const jose = s.find((x) => x.keepName === "Jose Mueller");
    expect(jose?.evidence.sharedVenues).toEqual(["Phys. Rev. D"]);
    expect(s.find((x) => x.keepName === "Jens Soerensen")?.evidence.sharedVenues).toEqual([]);
  });
});

describe("applyMerges", () => {
  const corpus: Corpus = {
    papers: [
      {
        id: "p1",
        title: "A",
        authors: ["t huang", "ling liu", "tiansheng huang"],
        file: "f",
        line: 1,
      },
      { id: "p2", title: "B", authors: ["tiansheng huang"], file: "f", line: 2 },
      { id: "p3", title: "C", authors: ["t s huang", "ling liu"], file: "f", line: 3 },
    ],
    authors: [
      { id: "t huang", name: "T. Huang", variants: ["T Huang"] },
      { id: "ling liu", name: "Ling Liu", variants: [] },
      { id: "tiansheng huang", name: "Tiansheng Huang", variants: [] },
      { id: "t s huang", name: "T. S. Huang", variants: [] },
    ],
    links: [
      { source: "ling liu", target: "t huang", weight: 1 },
      { source: "ling liu", target: "tiansheng huang", weight: 2 },
      { source: "t huang", target: "tiansheng huang", weight: 5 },
    ],
    owners: ["tiansheng huang"],
    files: [{ file: "f", format: "test" }],
    warnings: [],
  };

  it("rewrites ids, chains decisions, keeps the longest name and records variants", () => {
    const before = structuredClone(corpus);
    const merged = applyMerges(corpus, [
      { keep: "t huang", merge: "tiansheng huang" },
      { keep: "tiansheng huang", merge: "t s huang" },
      { keep: "nobody", merge: "t huang" },
      { keep: "t s huang", merge: "t huang" },
    ]);
    expect(corpus).toEqual(before);
    expect(merged.authors).toEqual([
      { id: "t huang", name: "Tiansheng Huang", variants: ["T. Huang", "T Huang", "T. S. Huang"] },
      { id: "ling liu", name: "Ling Liu", variants: [] },
    ]);
    expect(merged.papers.map((p) => p.authors)).toEqual([
      ["t huang", "ling liu"],
      ["t huang"],
      ["t huang", "ling liu"],
    ]);
    expect(merged.links).toEqual([{ source: "ling liu", target: "t huang", weight: 3 }]);
    expect(merged.owners).toEqual(["t huang"]);
    expect(merged.warnings).toEqual([
      { file: "", line: 0, message: 'merge decision names unknown author "nobody"; skipped' },
    ]);
  });

  it("returns an equal corpus for no decisions", () => {
    expect(applyMerges(corpus, [])).toEqual(corpus);
  });
});
