// Web of Science, PubMed and Scopus CSV on hand-made minimal inputs; author ids keying and merging authors.
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/parse/corpus.ts";
import { detectFormat, parseFile } from "../../src/parse/detect.ts";
import { normalizeOrcid, resolveIdsWithinFile } from "../../src/parse/author-ids.ts";
import { applyMerges, suggestMerges } from "../../src/parse/merge-suggestions.ts";
import { parsePubmed } from "../../src/parse/pubmed.ts";
import { parseScopusCsv } from "../../src/parse/scopus-csv.ts";
import { matchIdName, parseWos } from "../../src/parse/wos.ts";

const WOS = [
  "\uFEFFFN Clarivate Analytics Web of Science",
  "VR 1.0",
  "PT J",
  "AU Bruna, EM",
  "   Smith, J",
  "AF Bruna, Emilio M.",
  "   Smith, Jane",
  "TI A <i>long</i> title",
  "   that wraps",
  "SO BIOTROPICA",
  "PY 2020",
  "DI 10.1/ABC",
  "TC 7",
  "OI Bruna, Emilio/0000-0003-3381-8477",
  "RI Bruna, Emilio/H-2769-2012; Nobody, Here/A-1111-2011",
  "ER",
  "",
  "PT J",
  "AU Bruna, EM",
  "AF Bruna, Emilio M.",
  "CA Some Consortium",
  "TI Second",
  "PY 2021",
  "ER",
  "",
  "EF",
].join("\n");

describe("Web of Science plain text", () => {
  it("reads full names from AF, wrapped titles, year, DOI, citations", () => {
    const r = parseWos(WOS, { file: "w.txt" });
    expect(r.format).toBe("wos");
    expect(r.papers).toHaveLength(2);
    const [p1, p2] = r.papers;
    expect(p1.title).toBe("A long title that wraps");
    expect(p1.authors.map((a) => a.name)).toEqual(["Emilio M. Bruna", "Jane Smith"]);
    expect(p1).toMatchObject({ year: 2020, venue: "BIOTROPICA", doi: "10.1/ABC", citations: 7 });
    expect(p1.line).toBe(3);
    expect(p2.line).toBe(18);
    // The group author is not a person; one warning says so.
    expect(p2.authors.map((a) => a.name)).toEqual(["Emilio M. Bruna"]);
    expect(r.warnings.map((w) => w.message).join("\n")).toMatch(
      /1 group author \(CA.*"Some Consortium"/,
    );
    // "Nobody, Here" is on no byline: summarized.
    expect(r.warnings.map((w) => w.message).join("\n")).toMatch(
      /1 author identifier .*"Nobody, Here\/A-1111-2011"/,
    );
  });

  it("keys an author by ORCID (with the ResearcherID), also where the record gives none", () => {
    const r = parseWos(WOS, { file: "w.txt" });
    const bruna = { orcid: "0000-0003-3381-8477", researcherid: "H-2769-2012" };
    expect(r.papers[0].authors[0]).toEqual({
      name: "Emilio M. Bruna",
      key: "orcid:0000-0003-3381-8477",
      ids: bruna,
    });
    // The second record has no OI: the same name in the same file takes the id.
    expect(r.papers[1].authors[0].key).toBe("orcid:0000-0003-3381-8477");
    expect(r.papers[0].authors[1]).toEqual({ name: "Jane Smith", key: "jane smith" });
  });

  it("falls back to AU when AF is missing or has another count", () => {
    const text = "PT J\nAU Doe, J\n   Roe, R\nAF Doe, John\nTI T\nER\n";
    const r = parseWos(text, { file: "w.txt" });
    expect(r.papers[0].authors.map((a) => a.name)).toEqual(["J Doe", "R Roe"]);
    expect(r.warnings[0].message).toMatch(/AF lists 1 names, AU 2/);
  });

  it("matches OI/RI names to byline names by name, not by position", () => {
    const byline = ["Moreira, Ana Silvia Franco Pinheiro", "Costa, Vladimir Eliodoro", "Bruna, EM"];
    expect(matchIdName("Costa, Vladimir", byline)).toBe(1);
    expect(matchIdName("Franco Pinheiro Moreira, Ana Silvia", byline)).toBe(0);
    expect(matchIdName("Bruna, Emilio", byline)).toBe(2);
    expect(matchIdName("Vieira Neto, Ernane", byline)).toBe(-1);
    // Two authors named Costa with compatible given names: ambiguous, no match.
    expect(matchIdName("Costa, V", ["Costa, Vladimir", "Costa, Vera"])).toBe(-1);
    expect(matchIdName("Costa, Vladimir", ["Costa, Vladimir", "Costa, Vera"])).toBe(0);
  });

  it("does not match an id name shared by more than 64 authors of the byline (linear time)", () => {
    const many = Array.from({ length: 65 }, (_, i) => `Wang, W${i}`);
    expect(matchIdName("Wang, W3", many)).toBe(-1);
    expect(matchIdName("Wang, W3", many.slice(0, 64))).toBe(3);
  });

  it("repairs a missing ER with a warning and ignores text after EF", () => {
    const r = parseWos("PT J\nAU A, B\nTI One\nPT J\nAU C, D\nTI Two\nER\nEF\nstray", {
      file: "w.txt",
    });
    expect(r.papers.map((p) => p.title)).toEqual(["One", "Two"]);
    expect(r.warnings.map((w) => [w.line, w.message])).toEqual([
      [1, "record at line 1 has no ER line"],
      [9, "text after the EF line ignored"],
    ]);
  });

  it("is detected by content, also without the FN header", () => {
    expect(detectFormat(WOS, "savedrecs.txt")).toBe("wos");
    expect(detectFormat("PT J\nAU Doe, J\nTI T\nER\n", "x")).toBe("wos");
  });
});

const PUBMED = [
  "PMID- 1",
  "TI  - A title that",
  "      wraps.",
  "DP  - 2023 Jun",
  "LID - S0000 [pii]",
  "LID - 10.1/xyz [doi]",
  "FAU - Sathyan, Sanish",
  "AU  - Sathyan S",
  "AUID- ORCID: 0000-0002-8127-1835",
  "FAU - Ayers, Emmeline",
  "AU  - Ayers E",
  "CN  - Canadian Gait Consortium",
  "JT  - Annals of neurology",
  "TA  - Ann Neurol",
  "",
  "PMID- 2",
  "TI  - Second.",
  "DP  - 2021",
  "AU  - Sathyan S",
  "FAU - Sathyan, Sanish",
  "AU  - Sathyan S",
  "AID - 10.2/abc [doi]",
  "TA  - Short J",
  "",
  "PMID- 3",
  "TI  - Only a group.",
  "CN  - The Group",
  "",
].join("\r\n");

describe("PubMed / MEDLINE", () => {
  it("reads FAU full names (AU when alone), ORCIDs, DOIs, venue and year; CRLF", () => {
    const r = parsePubmed(PUBMED, { file: "p.txt" });
    expect(r.format).toBe("pubmed");
    expect(r.papers.map((p) => p.line)).toEqual([1, 16, 25]);
    const [p1, p2, p3] = r.papers;
    expect(p1).toMatchObject({
      title: "A title that wraps.",
      year: 2023,
      doi: "10.1/xyz",
      venue: "Annals of neurology",
    });
    expect(p1.authors).toEqual([
      {
        name: "Sanish Sathyan",
        key: "orcid:0000-0002-8127-1835",
        ids: { orcid: "0000-0002-8127-1835" },
      },
      { name: "Emmeline Ayers", key: "emmeline ayers" },
    ]);
    // An AU without FAU is an author of its own (`S Sathyan`); the FAU one takes the ORCID.
    expect(p2.authors.map((a) => [a.name, a.key])).toEqual([
      ["S Sathyan", "s sathyan"],
      ["Sanish Sathyan", "orcid:0000-0002-8127-1835"],
    ]);
    expect(p2).toMatchObject({ doi: "10.2/abc", venue: "Short J", year: 2021 });
    expect(p3.authors).toEqual([]);
    const messages = r.warnings.map((w) => w.message).join("\n");
    expect(messages).toMatch(/1 record without authors left out .*line 25/);
    expect(messages).toMatch(/2 group authors \(CN, a consortium, not a person\).*line 1/);
  });

  it("is detected by content", () => {
    expect(detectFormat(PUBMED, "x.txt")).toBe("pubmed");
    expect(detectFormat(`\n\n${PUBMED}`, "x.nbib")).toBe("pubmed");
  });

  it("takes back an ORCID the record gives to two different coauthors", () => {
    const text = [
      "PMID- 1",
      "TI  - T",
      "FAU - Demirdel, Senem",
      "AUID- ORCID: 0000-0002-1825-0097",
      "FAU - Keskin, Sultan",
      "AUID- ORCID: 0000-0002-1825-0097",
      "",
    ].join("\n");
    const r = parsePubmed(text, { file: "p.txt" });
    expect(r.papers[0].authors).toEqual([
      { name: "Senem Demirdel", key: "senem demirdel" },
      { name: "Sultan Keskin", key: "sultan keskin" },
    ]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'record at line 1: orcid 0000-0002-1825-0097 is given to "Senem Demirdel" and "Sultan Keskin"; ignored for them',
    ]);
  });

  it("ignores an AUID that is not a valid ORCID, with a warning", () => {
    const r = parsePubmed("PMID- 1\nTI  - T\nFAU - Doe, Jo\nAUID- ORCID: 0000-0002-8127-1836\n", {
      file: "p.txt",
    });
    expect(r.papers[0].authors).toEqual([{ name: "Jo Doe", key: "jo doe" }]);
    expect(r.warnings[0].message).toMatch(/"0000-0002-8127-1836" is not an ORCID iD/);
  });
});

const SCOPUS =
  "\uFEFFAuthors,Author full names,Author(s) ID,Title,Year,Source title,Cited by,DOI\n" +
  '"Wang W.; Wang W.; Li Q.","Wang, Wei (111111); Wang, Wei (222222); Li, Qing (333333)","111111; 222222; 333333","One",2020,"J",5,10.1/x\n' +
  '"Wang W.; [No author name available]","Wang, Wei (111111); [No author name available]","111111; [No author id available]","Two",2021,"K",,\n';

describe("Scopus CSV", () => {
  it("keys authors by Scopus id: one name, two ids, two people", () => {
    const r = parseScopusCsv(SCOPUS, { file: "s.csv" });
    expect(r.format).toBe("scopus-csv");
    expect(r.papers[0].authors).toEqual([
      { name: "Wei Wang", key: "scopus:111111", ids: { scopus: "111111" } },
      { name: "Wei Wang", key: "scopus:222222", ids: { scopus: "222222" } },
      { name: "Qing Li", key: "scopus:333333", ids: { scopus: "333333" } },
    ]);
    expect(r.papers[0]).toMatchObject({ year: 2020, venue: "J", citations: 5, doi: "10.1/x" });
    expect(r.papers[1].authors.map((a) => a.key)).toEqual(["scopus:111111"]);
    expect(r.warnings.map((w) => [w.line, w.message])).toEqual([
      [3, '1 placeholder author dropped ("[No author name available]"): line 3'],
    ]);
    const corpus = buildCorpus([r]);
    expect(corpus.authors.map((a) => a.id)).toEqual([
      "scopus:111111",
      "scopus:222222",
      "scopus:333333",
    ]);
    // Two different Scopus ids are never suggested as one person.
    expect(suggestMerges(corpus)).toEqual([]);
  });

  it("takes ids by position from Author(s) ID when there is no Author full names column", () => {
    const text =
      'Authors,Author(s) ID,Title\n"Porter D.E., Chen Z.W.","7202283727;8566662300;",T\n';
    const r = parseScopusCsv(text, { file: "s.csv" });
    expect(r.papers[0].authors).toEqual([
      { name: "D.E. Porter", key: "scopus:7202283727", ids: { scopus: "7202283727" } },
      { name: "Z.W. Chen", key: "scopus:8566662300", ids: { scopus: "8566662300" } },
    ]);
  });

  it("is detected as Scopus; a generic CSV with title and authors stays generic CSV", () => {
    expect(detectFormat(SCOPUS, "x.csv")).toBe("scopus-csv");
    expect(detectFormat('Title,Authors\n"A","Doe, J"\n', "x.csv")).toBe("csv");
    expect(parseFile('Title,Authors\n"A","Doe, J"\n', "x.csv").format).toBe("csv");
  });
});

describe("author ids", () => {
  it("normalizes ORCIDs and rejects a bad check digit", () => {
    expect(normalizeOrcid("https://orcid.org/0000-0002-1825-0097")).toBe("0000-0002-1825-0097");
    expect(normalizeOrcid("0000000218250097")).toBe("0000-0002-1825-0097");
    expect(normalizeOrcid("0000-0002-1694-233x")).toBe("0000-0002-1694-233X");
    expect(normalizeOrcid("0000-0002-1825-0098")).toBeUndefined();
    expect(normalizeOrcid("12345")).toBeUndefined();
  });

  it("OpenAlex works: ORCID, else the OpenAlex author id, keys the author", () => {
    const work = {
      id: "https://openalex.org/W1",
      title: "T",
      authorships: [
        {
          author: {
            id: "https://openalex.org/A5023888391",
            display_name: "Josiah Carberry",
            orcid: "https://orcid.org/0000-0002-1825-0097",
          },
        },
        { author: { id: "https://openalex.org/A42", display_name: "Ann Lee" } },
        { author: { display_name: "Bo Chen" } },
      ],
    };
    const r = parseFile(JSON.stringify([work]), "w.json");
    expect(r.papers[0].authors).toEqual([
      {
        name: "Josiah Carberry",
        key: "orcid:0000-0002-1825-0097",
        ids: { orcid: "0000-0002-1825-0097", openalex: "A5023888391" },
      },
      { name: "Ann Lee", key: "openalex:A42", ids: { openalex: "A42" } },
      { name: "Bo Chen", key: "bo chen" },
    ]);
  });

  it("CSL-JSON (Crossref): an ORCID keys its author", () => {
    const item = {
      type: "article-journal",
      title: "T",
      author: [
        { given: "Josiah", family: "Carberry", ORCID: "http://orcid.org/0000-0002-1825-0097" },
        { given: "Ann", family: "Lee", ORCID: "not an orcid" },
      ],
    };
    const r = parseFile(JSON.stringify([item]), "c.json");
    expect(r.format).toBe("csl-json");
    expect(r.papers[0].authors).toEqual([
      {
        name: "Josiah Carberry",
        key: "orcid:0000-0002-1825-0097",
        ids: { orcid: "0000-0002-1825-0097" },
      },
      { name: "Ann Lee", key: "ann lee" },
    ]);
  });

  it("leaves a name shared by two ORCIDs in one file unresolved", () => {
    const a = (ids?: { orcid: string }) =>
      ids
        ? { name: "Wei Wang", key: `orcid:${ids.orcid}`, ids }
        : { name: "Wei Wang", key: "wei wang" };
    const records = [
      { title: "1", line: 1, authors: [a({ orcid: "0000-0002-1825-0097" })] },
      { title: "2", line: 2, authors: [a({ orcid: "0000-0002-1694-233X" })] },
      { title: "3", line: 3, authors: [a()] },
    ];
    expect(resolveIdsWithinFile(records)).toBe(0);
    expect(records[2].authors[0].key).toBe("wei wang");
  });

  it("across files: shared id merges, an id-less namesake is only suggested", () => {
    const wos = parseWos(WOS, { file: "w.txt" });
    const ris = parseFile(
      "TY  - JOUR\nAU  - Bruna, Emilio M.\nAU  - Smith, Jane\nTI  - Other\nER  - \n",
      "b.ris",
    );
    const scopus = parseScopusCsv('Author full names,Title\n"Bruna, E.M. (9999999)",X\n', {
      file: "s.csv",
    });
    // A record that gives only the ResearcherID: the same person as the ORCID+RID one.
    const rid = parseWos("PT J\nAF Bruna, E.\nRI Bruna, Emilio/H-2769-2012\nTI Y\nER\n", {
      file: "r.txt",
    });
    const corpus = buildCorpus([wos, ris, scopus, rid]);
    const orcidOne = corpus.authors.find((a) => a.id === "orcid:0000-0003-3381-8477");
    expect(orcidOne?.ids).toEqual({ orcid: "0000-0003-3381-8477", researcherid: "H-2769-2012" });
    expect(orcidOne?.variants).toEqual(["E. Bruna"]);
    expect(corpus.papers.find((p) => p.title === "Y")?.authors).toEqual([
      "orcid:0000-0003-3381-8477",
    ]);
    // The RIS "Emilio M. Bruna" (no id) stays apart, but is suggested, saying why.
    expect(corpus.authors.some((a) => a.id === "emilio m bruna")).toBe(true);
    const suggestion = suggestMerges(corpus).find(
      (s) =>
        [s.keep, s.merge].sort().join() === ["emilio m bruna", "orcid:0000-0003-3381-8477"].join(),
    );
    expect(suggestion?.evidence.reason).toMatch(
      /^same name; only one has an identifier \(orcid 0000-0003-3381-8477\)$/,
    );
    // Accepting it keeps the identifiers on the survivor.
    const merged = applyMerges(corpus, [
      { keep: "orcid:0000-0003-3381-8477", merge: "emilio m bruna" },
    ]);
    expect(merged.authors.find((a) => a.id === "orcid:0000-0003-3381-8477")?.ids?.orcid).toBe(
      "0000-0003-3381-8477",
    );
    // The Scopus-keyed Bruna is a third author (another id kind, no shared id).
    expect(corpus.authors.some((a) => a.id === "scopus:9999999")).toBe(true);
  });
});
