// Tests for the BibTeX reader and parser: syntax traps, name decoding, fields, malformed entries.
import { describe, expect, it } from "vitest";
import { splitBibtexAuthors } from "../../src/parse/bibtex-names.ts";
import { readBibtex } from "../../src/parse/bibtex-reader.ts";
import { cleanDoi, parseBibtex, readYear, sniffBibtex } from "../../src/parse/bibtex.ts";

const names = (text: string): string[][] =>
  parseBibtex(text, { file: "t.bib" }).papers.map((p) => p.authors.map((a) => a.name));

describe("splitBibtexAuthors", () => {
  it("splits at top-level `and` only, in any case and across line breaks", () => {
    expect(splitBibtexAuthors("A. One and B. Two AND\n   C. Three").names).toEqual([
      "A. One",
      "B. Two",
      "C. Three",
    ]);
    expect(splitBibtexAuthors("{Barnes and Noble} and Smith, J.").names).toEqual([
      "{Barnes and Noble}",
      "Smith, J.",
    ]);
    expect(splitBibtexAuthors("Anderson, A. and Sandy Band").names).toEqual([
      "Anderson, A.",
      "Sandy Band",
    ]);
  });

  it("reports `and others` instead of returning it", () => {
    expect(splitBibtexAuthors("A. One and others")).toEqual({ names: ["A. One"], others: true });
  });
});

describe("readBibtex", () => {
  it("expands @string macros with # concatenation and month macros, skipping @preamble and @comment", () => {
    const text = [
      '@preamble{"\\providecommand{\\noopsort}[1]{}"}',
      "@string{conf = {Proceedings of}}",
      '@STRING(aaai = "{AAAI}")',
      "@comment{ @article{fake, title = {not an entry}} }",
      '@article{k1, journal = conf # " the " # aaai # { Conference}, month = mar, year = 2019}',
    ].join("\n");
    const read = readBibtex(text, "t.bib");
    expect(read.warnings).toEqual([]);
    expect(read.entries).toHaveLength(1);
    const fields = read.entries[0].fields;
    expect(fields.get("journal")).toBe("Proceedings of the {AAAI} Conference");
    expect(fields.get("month")).toBe("March");
    expect(fields.get("year")).toBe("2019");
    expect(read.entries[0].line).toBe(5);
  });

  it("ignores a BOM and text before the first entry (Scopus header)", () => {
    const text =
      "\uFEFFScopus\nEXPORT DATE: 27 November 2023\n\n@BOOK{a1,\n\ttitle = {T},\n\tyear = {2023}\n}\n";
    const read = readBibtex(text, "s.bib");
    expect(read.warnings).toEqual([]);
    expect(read.entries.map((e) => [e.type, e.key, e.line])).toEqual([["book", "a1", 4]]);
    expect(read.entries[0].fieldLines.get("year")).toBe(6);
  });

  it("reads parentheses entries, quoted values with braces, and several fields on one line", () => {
    const text =
      '@article(k, author = {A. B}, article-number = {179}, title = "A {"}quoted{"} title")\n';
    const e = readBibtex(text, "t.bib").entries[0];
    expect(e.fields.get("author")).toBe("A. B");
    expect(e.fields.get("article-number")).toBe("179");
    expect(e.fields.get("title")).toBe('A {"}quoted{"} title');
  });

  it("skips `%` comment lines between fields", () => {
    const text =
      "@article{k,\n  author = {A. B},\n%  note = {old, {unbalanced},\n  title = {T}\n}\n";
    const read = readBibtex(text, "t.bib");
    expect(read.warnings).toEqual([]);
    expect([...read.entries[0].fields.keys()]).toEqual(["author", "title"]);
  });

  it("keeps Scopus keys that hold spaces and commas, and an entry that starts after a `}`", () => {
    const text =
      "@ARTICLE{Pierella Karlusich2022,\n\ttitle = {One}\n}@ARTICLE{Ribeiro, Jr2022,\n\ttitle = {Two}\n}\n";
    const read = readBibtex(text, "s.bib");
    expect(read.entries.map((e) => [e.key, e.line])).toEqual([
      ["Pierella Karlusich2022", 1],
      ["Ribeiro, Jr2022", 3],
    ]);
  });
});

describe("parseBibtex: names", () => {
  it("decodes the LaTeX traps of the corpora", () => {
    const text = `
@inproceedings{a,
  author = {U. {\\c{C}}etintemel and I. Ab{\\'\\i}o and {\\'E}. Gr{\\'e}goire and
            L. {Fari{\\~n}as del Cerro} and W. van der Aalst},
  title = {T1}}
@article{b,
  author    = {Mart{\\'{\\i}}n Abadi and
               Jean{-}Jacques L{\\'{e}}vy and B. {Fron{\\-h}{\\"o}{\\-f}er}},
  title = {T2}}`;
    expect(names(text)).toEqual([
      ["U. Çetintemel", "I. Abío", "É. Grégoire", "L. Fariñas del Cerro", "W. van der Aalst"],
      ["Martín Abadi", "Jean-Jacques Lévy", "B. Fronhöfer"],
    ]);
  });

  it("reads corporate authors, Jr parts, particles and dblp homonym numbers", () => {
    const text = `
@misc{s, author = {{The STREAM Group}}, title = {{STREAM}: The Stanford Stream Data Manager}}
@ARTICLE{r,
\tauthor = {Ribeiro, Jr, José W. and de Melo, Tomaz Nascimento and Thomas Seidl 0001},
\ttitle = {T}
}`;
    const result = parseBibtex(text, { file: "t.bib" });
    expect(result.papers[0].authors).toEqual([
      { name: "The STREAM Group", key: "the stream group" },
    ]);
    expect(result.papers[0].title).toBe("STREAM: The Stanford Stream Data Manager");
    expect(result.papers[1].authors).toEqual([
      { name: "José W. Ribeiro Jr", key: "jose w ribeiro jr" },
      { name: "Tomaz Nascimento de Melo", key: "tomaz nascimento de melo" },
      { name: "Thomas Seidl", key: "thomas seidl 0001" },
    ]);
  });

  it("drops `and others` and placeholder authors with a warning on the author line", () => {
    const result = parseBibtex(
      "@article{k,\n title = {T},\n author = {A. One and Anonymous and others}\n}",
      {
        file: "t.bib",
      },
    );
    expect(result.papers[0].authors.map((a) => a.name)).toEqual(["A. One"]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ file: "t.bib", line: 3 });
    expect(result.warnings[0].message).toContain('"Anonymous"');
    expect(result.warnings[0].message).toContain('"others"');
  });
});

describe("parseBibtex: fields", () => {
  it("reads title, year, venue from journal or booktitle, DOI and abstract", () => {
    const text = `@string{ai = {Artificial Intelligence}}
@article{a, author = {A. B}, title = {The {\\em Inline} $H^3$ Title}, journal = ai, year = {2019},
  doi = {10.1007/3-540-48749-2\\_2}, abstract = {Some -- text.}}
@inproceedings{b, author = {A. B}, title = {B}, booktitle = {Proc. {KR}}, date = {2020-03-01}}
@book{c, author = {A. B}, title = {C}, year = 2021, doi = {https://doi.org/10.1/X--Y}}`;
    const [a, b, c] = parseBibtex(text, { file: "t.bib" }).papers;
    expect(a).toEqual({
      title: "The Inline H³ Title",
      authors: [{ name: "A. B", key: "a b" }],
      year: 2019,
      venue: "Artificial Intelligence",
      doi: "10.1007/3-540-48749-2_2",
      abstract: "Some – text.",
      line: 2,
    });
    expect([b.venue, b.year]).toEqual(["Proc. KR", 2020]);
    expect([c.year, c.doi, c.venue]).toEqual([2021, "10.1/X--Y", undefined]);
  });

  it("inherits venue and year from a crossref target in the file, which is not a paper itself", () => {
    const text = `@inproceedings{p, author = {A. B}, title = {P}, crossref = {kr20}}
@proceedings{kr20, editor = {E. D}, title = {Proceedings of {KR} 2020}, year = {2020}}`;
    const result = parseBibtex(text, { file: "t.bib" });
    expect(result.papers).toHaveLength(1);
    expect(result.papers[0]).toMatchObject({ venue: "Proceedings of KR 2020", year: 2020 });
    expect(result.warnings).toEqual([]);
  });

  it("warns once per file about crossrefs to entries not in it", () => {
    const text = `@inproceedings{p, author = {A. B}, title = {P}, crossref = {x1}}
@inproceedings{q, author = {A. B}, title = {Q}, crossref = {x2}}`;
    const result = parseBibtex(text, { file: "t.bib" });
    expect(result.papers).toHaveLength(2);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0].line).toBe(1);
    expect(result.warnings[0].message).toMatch(/^2 crossrefs name entries not in this file/);
  });

  it("reports entries without authors in one summary and keeps duplicate keys", () => {
    const text = `@BOOK{20231, title = {Book one}}

@BOOK{20231, title = {Book two}, author = {A. B}}`;
    const result = parseBibtex(text, { file: "t.bib" });
    expect(result.papers.map((p) => [p.title, p.authors.length])).toEqual([
      ["Book one", 0],
      ["Book two", 1],
    ]);
    expect(result.warnings.map((w) => [w.line, w.message])).toEqual([
      [3, "duplicate key '20231' (first at line 1); both entries kept"],
      [1, "1 record without authors left out (not part of the coauthor network): line 1"],
    ]);
  });

  it("reads years in every spelling", () => {
    expect(readYear("2019")).toBe(2019);
    expect(readYear("{2019}")).toBe(2019);
    expect(readYear("2019///")).toBe(2019);
    expect(readYear("2019-03")).toBe(2019);
    expect(readYear("March 2019")).toBe(2019);
    expect(readYear("in press")).toBeUndefined();
    expect(readYear("12345")).toBeUndefined();
  });

  it("cleans DOIs without decoding `--`", () => {
    expect(cleanDoi("10.1007/3-540-48749-2\\_2")).toBe("10.1007/3-540-48749-2_2");
    expect(cleanDoi("doi:10.1/a--b")).toBe("10.1/a--b");
    expect(cleanDoi("https://dx.doi.org/10.1/{ABC}")).toBe("10.1/ABC");
    expect(cleanDoi("  ")).toBeUndefined();
  });
});

describe("parseBibtex: malformed entries", () => {
  it("skips an entry with unbalanced braces, naming its line, and loads the next", () => {
    const text = `@article{ok1, author = {A. B}, title = {First}}
@article{broken,
  author = {C. D},
  title = {Never {closed,
  year = {2020}
}
@article{ok2, author = {E. F}, title = {Second}}`;
    const result = parseBibtex(text, { file: "bad.bib" });
    expect(result.papers.map((p) => p.title)).toEqual(["First", "Second"]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ file: "bad.bib", line: 2 });
    expect(result.warnings[0].message).toBe(
      "@article entry skipped: unbalanced braces in field 'title' (line 4)",
    );
  });

  it("skips an entry whose closing brace was eaten by a field, and loads the next", () => {
    // `{closed}` balances inside the title, which then runs to the entry's last `}`.
    const text = `@article{broken,
  title = {Never {closed},
  year = {2020}
}
@article{ok2, author = {E. F}, title = {Second}}`;
    const result = parseBibtex(text, { file: "bad.bib" });
    expect(result.papers.map((p) => p.title)).toEqual(["Second"]);
    expect(result.warnings.map((w) => [w.line, w.message])).toEqual([
      [1, "@article entry skipped: entry 'broken' is not closed before the next entry (line 5)"],
    ]);
  });

  it("skips an entry whose field has no '=' and reads an unclosed entry's neighbour", () => {
    const text = `@article{x, author = {A. B} title {T}}
@article{y, author = {C. D}, title = {Y}
@article{z, author = {E. F}, title = {Z}}`;
    const result = parseBibtex(text, { file: "t.bib" });
    expect(result.papers.map((p) => p.title)).toEqual(["Z"]);
    expect(result.warnings.map((w) => w.line)).toEqual([1, 2]);
    expect(result.warnings[0].message).toMatch(/field 'title' in entry 'x' has no '='/);
    expect(result.warnings[1].message).toMatch(/entry 'y' is not closed before the next entry/);
  });

  it("resyncs at every line that starts an entry, whatever broke before it", () => {
    // An unclosed @string, a field with no value right before the next entry line, and a
    // one-line @comment: each entry after them is still read.
    const text = `@string{foo = "bar"
@article{a, author = {A. B}, title = {T}}
@article{b, title =
@article{c, author = {C. D}, title = {U}}
@comment{jabref-meta: databaseType:bibtex;}
@article{d, author = {C. D}, title = {V}}
`;
    const result = parseBibtex(text, { file: "r.bib" });
    expect(result.papers.map((p) => [p.title, p.line])).toEqual([
      ["T", 2],
      ["U", 4],
      ["V", 6],
    ]);
    expect(result.warnings.map((w) => [w.line, w.message])).toEqual([
      [1, "@string entry skipped: expected '}' (line 2)"],
      [3, "@article entry skipped: field 'title' has no value (line 4)"],
    ]);
  });

  it("repairs a missing key and a missing comma, with warnings", () => {
    const text = "@article{ author = {A. B}, title = {T}\n year = {2001}}";
    const result = parseBibtex(text, { file: "t.bib" });
    expect(result.papers).toHaveLength(1);
    expect(result.papers[0]).toMatchObject({ title: "T", year: 2001 });
    expect(result.warnings.map((w) => [w.line, w.message])).toEqual([
      [1, "@article entry has no key"],
      [2, "missing ',' before field 'year' in entry ''"],
    ]);
  });

  it("warns once about an undefined macro and uses its name", () => {
    const text =
      "@article{a, author = {A. B}, title = {T}, journal = jfp}\n@article{b, author = {A. B}, title = {U}, journal = jfp}";
    const result = parseBibtex(text, { file: "t.bib" });
    expect(result.papers.map((p) => p.venue)).toEqual(["jfp", "jfp"]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0].message).toMatch(/undefined @string macro 'jfp'/);
  });
});

describe("sniffBibtex", () => {
  it("claims BibTeX and nothing else", () => {
    expect(sniffBibtex("\uFEFFScopus\nEXPORT DATE: x\n\n@ARTICLE{a,\n")).toBeGreaterThan(0.5);
    expect(sniffBibtex('@preamble{"x"}\n@inproceedings{a,')).toBeGreaterThan(0.5);
    expect(sniffBibtex("TY  - JOUR\nAU  - A, B\nER  - \n")).toBe(0);
    expect(sniffBibtex('[{"title": "mail me @home"}]')).toBe(0);
    expect(sniffBibtex("Title,Authors\nA,B\n")).toBe(0);
  });
});
