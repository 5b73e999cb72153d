import { describe, expect, it } from "vitest";
import { DBLP_XML_FORMAT, parseDblpXml } from "../../src/parse/dblp-xml.ts";

// A dblp.xml excerpt as the CLI hands it over: ISO-8859-1 bytes already decoded (raw "ü"), the
// DOCTYPE pointing to a dblp.dtd that is not there, named entities from that DTD, a person record.
const SAMPLE = `<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE dblp SYSTEM "dblp.dtd">
<dblp>
<www mdate="2005-10-06" key="persons/Ley93">
<author>Michael Ley</author>
<title>Home Page</title>
</www>
<article key="journals/x/SeidlK08">
<author>Thomas Seidl 0001</author>
<author>Hans-Peter Kriegel</author>
<title>Exponential Lower Bounds for <i>k</i>-SAT and H<sub>2</sub>O.</title>
<journal>Inf. Syst.</journal>
<year>2008</year>
<ee>https://doi.org/10.1016/j.is.2008.01.001</ee>
</article>
<inproceedings key="conf/y/SeidlG09">
<author>Thomas Seidl</author>
<author>J&uuml;rgen G&ouml;rtz</author>
<author>Martin F\u00fcrer</author>
<title>Some Results...</title>
<booktitle>SSDBM</booktitle>
<year>2009</year>
</inproceedings>
<proceedings key="conf/y/2009">
<editor>Anna Editor</editor>
<title>Proceedings of Y.</title>
<year>2009</year>
</proceedings>
<article key="dblpnote/error">
<title>(error)</title>
</article>
</dblp>
`;

describe("parseDblpXml", () => {
  it("reads records with entities, inline markup, homonym numbers and DOIs", () => {
    const r = parseDblpXml(SAMPLE, { file: "ex.xml" });
    expect(r.format).toBe("dblp-xml");
    expect(r.papers).toEqual([
      {
        title: "Exponential Lower Bounds for k-SAT and H2O",
        authors: [
          { name: "Thomas Seidl", key: "thomas seidl 0001" },
          { name: "Hans-Peter Kriegel", key: "hans peter kriegel" },
        ],
        year: 2008,
        venue: "Inf. Syst.",
        doi: "10.1016/j.is.2008.01.001",
        ids: { dblp: "journals/x/SeidlK08" },
        line: 8,
      },
      {
        title: "Some Results...",
        authors: [
          { name: "Thomas Seidl", key: "thomas seidl" },
          { name: "Jürgen Görtz", key: "jurgen gortz" },
          { name: "Martin Fürer", key: "martin furer" },
        ],
        year: 2009,
        venue: "SSDBM",
        ids: { dblp: "conf/y/SeidlG09" },
        line: 16,
      },
      {
        title: "Proceedings of Y",
        authors: [],
        year: 2009,
        ids: { dblp: "conf/y/2009" },
        line: 24,
      },
    ]);
    // The person record and the dblpnote pseudo-record are skipped silently.
    expect(r.warnings).toEqual([
      {
        file: "ex.xml",
        line: 24,
        message: "1 record without authors left out (not part of the coauthor network): line 24",
      },
    ]);
  });

  it("reads editors as authors of editor-only records on request", () => {
    const r = parseDblpXml(SAMPLE, { file: "ex.xml", editorsAsAuthors: true });
    expect(r.papers[2].authors).toEqual([{ name: "Anna Editor", key: "anna editor" }]);
    expect(r.warnings).toEqual([]);
  });

  it("reports a malformed record with file and line and reads the rest", () => {
    const text = [
      '<?xml version="1.0"?>',
      "<dblp>",
      '<article key="a"><author>Ann A</author><title>One</title></article>',
      '<article key="b"><author>Bob B</autho><title>Two</title></article>',
      '<article key="c"><author>Cy C</author><author>Di &foo; D</author><title>Three</title></article>',
      "</dblp>",
    ].join("\n");
    const r = parseDblpXml(text, { file: "bad.xml" });
    expect(r.papers.map((p) => p.title)).toEqual(["One", "Two", "Three"]);
    expect(r.papers[1].authors.map((a) => a.name)).toEqual(["Bob B"]);
    expect(r.papers[2].authors.map((a) => a.name)).toEqual(["Cy C", "Di &foo; D"]);
    expect(r.warnings).toEqual([
      { file: "bad.xml", line: 4, message: "XML: </autho> does not close <author>" },
      { file: "bad.xml", line: 5, message: "XML: undefined entity &foo; kept as text" },
    ]);
  });

  it("repairs a missing close tag and a record left open", () => {
    const text = [
      "<dblp>",
      '<article key="a"><author>Ann A</article>',
      '<article key="b"><author>Bob B</author><title>Two</titel></article>',
      '<article key="c"><author>Cy C</author><title>Three</title>',
      '<article key="d"><author>Di D</author><title>Four</title></article>',
      "</dblp>",
    ].join("\n");
    const r = parseDblpXml(text, { file: "bad.xml" });
    expect(r.papers.map((p) => [p.title, p.line, p.authors.map((a) => a.name)])).toEqual([
      ["", 2, ["Ann A"]],
      ["Two", 3, ["Bob B"]],
      ["Three", 4, ["Cy C"]],
      ["Four", 5, ["Di D"]],
    ]);
    expect(r.warnings.map((w) => [w.line, w.message])).toEqual([
      [2, "XML: </article> does not close <author>"],
      [2, "a has no title"],
      [3, "XML: </titel> does not close <title>"],
      [4, "<article> record not closed before the next record"],
      [6, "XML: </dblp> does not close <article>"],
    ]);
  });

  it("reports text decoded with the wrong encoding", () => {
    const r = parseDblpXml(
      '<dblp>\n<article key="a"><author>Mikl\uFFFDs</author><title>T</title></article></dblp>',
      {
        file: "f.xml",
      },
    );
    expect(r.warnings[0].line).toBe(2);
    expect(r.warnings[0].message).toMatch(/U\+FFFD/);
  });

  it("reads a dblp person page (records inside <r>) and entities declared in the DOCTYPE", () => {
    const text = `<!DOCTYPE dblpperson [<!ENTITY me "Tiansheng">]>
<dblpperson name="Tiansheng Huang" n="1">
<person key="homepages/1/2"><author>Tiansheng Huang</author></person>
<r><article key="j/H24"><author>&me; Huang</author><author>Ling Liu 0001</author><title>Lisa.</title><year>2024</year></article></r>
<coauthors n="1"><co><na>Ling Liu 0001</na></co></coauthors>
</dblpperson>`;
    const r = parseDblpXml(text, { file: "p.xml" });
    expect(r.papers).toEqual([
      {
        title: "Lisa",
        authors: [
          { name: "Tiansheng Huang", key: "tiansheng huang" },
          { name: "Ling Liu", key: "ling liu 0001" },
        ],
        year: 2024,
        ids: { dblp: "j/H24" },
        line: 4,
      },
    ]);
    expect(r.warnings).toEqual([]);
  });

  it("reports an authorless record in the summary, and rejects a bad year", () => {
    const text = '<dblp>\n<article key="x"><title>T</title><year>20x1</year></article>\n</dblp>';
    const r = parseDblpXml(text, { file: "f.xml" });
    expect(r.papers).toEqual([{ title: "T", authors: [], line: 2 }]);
    expect(r.warnings.map((w) => [w.line, w.message])).toEqual([
      [2, 'x: year "20x1" is not a year; ignored'],
      [2, "1 record without authors left out (not part of the coauthor network): line 2"],
    ]);
  });

  it("sniffs dblp roots only", () => {
    expect(DBLP_XML_FORMAT.sniff(SAMPLE, "x.xml")).toBe(1);
    expect(DBLP_XML_FORMAT.sniff('<?xml version="1.0"?><dblpperson name="x">', "x")).toBe(1);
    expect(DBLP_XML_FORMAT.sniff('<?xml version="1.0"?><gexf>', "x.xml")).toBe(0);
    expect(DBLP_XML_FORMAT.sniff("@article{a, title={dblp}}", "x.bib")).toBe(0);
  });
});
