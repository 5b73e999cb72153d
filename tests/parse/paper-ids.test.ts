// Paper identifiers besides the DOI (dblp key, OpenAlex work, PubMed id, Scopus EID) as each
// parser keeps them, and through the corpus merge and the JSON report.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBibtex } from "../../src/parse/bibtex.ts";
import { parseDblpXml } from "../../src/parse/dblp-xml.ts";
import { parseOpenAlex } from "../../src/parse/openalex.ts";
import { parsePubmed } from "../../src/parse/pubmed.ts";
import { parseScopusCsv } from "../../src/parse/scopus-csv.ts";
import { parseWos } from "../../src/parse/wos.ts";
import { parseRis } from "../../src/parse/ris.ts";
import { buildCorpus } from "../../src/parse/corpus.ts";
import { buildReport } from "../../src/export/json-report.ts";
import { buildCoauthorGraph } from "../../src/graph/coauthor-graph.ts";
import { computeMetrics } from "../../src/metrics/compute-metrics.ts";

describe("paper ids in the parsers", () => {
  it("BibTeX: dblp key from biburl, else from a DBLP: entry key; pmid field", () => {
    const r = parseBibtex(
      [
        "@article{x1, author={A Bee}, title={One}, biburl={https://dblp.org/rec/conf/ecoopw/Abadi99.bib}}",
        "@article{DBLP:journals/jfp/AbadiCCL91, author={A Bee}, title={Two}, pmid={123}}",
        "@article{x3, author={A Bee}, title={Three}, biburl={javascript:alert(1)}, pmid={12x}}",
      ].join("\n"),
      { file: "t.bib" },
    );
    expect(r.papers.map((p) => p.ids)).toEqual([
      { dblp: "conf/ecoopw/Abadi99" },
      { dblp: "journals/jfp/AbadiCCL91", pmid: "123" },
      undefined,
    ]);
  });

  it("dblp XML: the record key", () => {
    const r = parseDblpXml(
      '<dblp><article key="journals/jfp/AbadiCCL91"><author>A Bee</author><title>T.</title><year>1991</year></article></dblp>',
      { file: "d.xml" },
    );
    expect(r.papers[0].ids).toEqual({ dblp: "journals/jfp/AbadiCCL91" });
  });

  it("OpenAlex: work id and PubMed id from the URLs", () => {
    const work = {
      id: "https://openalex.org/W2741809807",
      title: "T",
      ids: { pmid: "https://pubmed.ncbi.nlm.nih.gov/29456894" },
      authorships: [{ author: { display_name: "Ann Bee" } }],
    };
    const r = parseOpenAlex(JSON.stringify({ results: [work] }), { file: "o.json" });
    expect(r.papers[0].ids).toEqual({ openalex: "W2741809807", pmid: "29456894" });
  });

  it("PubMed: PMID", () => {
    const r = parsePubmed("PMID- 36843279\nTI  - T.\nFAU - Bee, Ann\nAU  - Bee A\n", {
      file: "p.txt",
    });
    expect(r.papers[0].ids).toEqual({ pmid: "36843279" });
  });

  it("Scopus CSV: EID and PubMed ID columns", () => {
    const r = parseScopusCsv(
      'Authors,Title,Year,EID,PubMed ID\n"Bee A.",T,2020,2-s2.0-85012345678,31452104\n"Bee A.",U,2021,evil,\n',
      { file: "s.csv" },
    );
    expect(r.papers.map((p) => p.ids)).toEqual([
      { scopus: "2-s2.0-85012345678", pmid: "31452104" },
      undefined,
    ]);
  });

  it("Web of Science: PM", () => {
    const r = parseWos("PT J\nAU Bee, A\nTI T\nPM 31452104\nER\n", { file: "w.txt" });
    expect(r.papers[0].ids).toEqual({ pmid: "31452104" });
  });
});

describe("paper ids through the corpus", () => {
  it("a merged duplicate fills the ids the first record lacked", () => {
    const a = parseBibtex("@article{a, author={A Bee}, title={Same}, doi={10.1145/1}}", {
      file: "a.bib",
    });
    const b = parsePubmed("PMID- 42\nTI  - Same\nFAU - Bee, A\nLID - 10.1145/1 [doi]\n", {
      file: "b.txt",
    });
    const corpus = buildCorpus([a, b]);
    expect(corpus.papers).toHaveLength(1);
    expect(corpus.papers[0]).toMatchObject({ doi: "10.1145/1", ids: { pmid: "42" } });
  });
});

const DBLP_BIB = "../shared/corpora/dblp.bib";
describe.skipIf(!existsSync(DBLP_BIB))("dblp.bib", () => {
  it("every entry with a biburl keeps its dblp key", () => {
    const text = readFileSync(DBLP_BIB, "utf8");
    // Independent count: the biburl fields of the file (grep -c biburl: 296), their keys.
    const keys = [...text.matchAll(/biburl\s*=\s*\{https:\/\/dblp\.org\/rec\/(.+?)\.bib\}/g)].map(
      (m) => m[1],
    );
    expect(keys).toHaveLength(296);
    const parsed = parseBibtex(text, { file: "dblp.bib" }).papers.flatMap((p) =>
      p.ids?.dblp === undefined ? [] : [p.ids.dblp],
    );
    expect(parsed.sort()).toEqual(keys.sort());
  });
});

describe("paper ids in the JSON report", () => {
  it("a paper with a dblp key carries `ids`; one without has no `ids` key", () => {
    const parsed = parseBibtex(
      [
        "@article{DBLP:conf/x/BeeC20, author={Ann Bee and Cy Cee}, title={One}, doi={10.1145/1}}",
        "@article{b, author={Ann Bee and Cy Cee}, title={Two}}",
      ].join("\n"),
      { file: "t.bib" },
    );
    const corpus = buildCorpus([parsed]);
    const graph = buildCoauthorGraph(corpus);
    const report = buildReport(corpus, graph, computeMetrics(graph));
    expect(report.papers.map((p) => [p.doi, p.ids])).toEqual([
      ["10.1145/1", { dblp: "conf/x/BeeC20" }],
      [undefined, undefined],
    ]);
    expect("ids" in report.papers[1]).toBe(false);
  });
});

const SCOPUS_EID = /scopus\.com\/inward\/record\.uri\?eid=(2-s2\.0-\d+)/g;
for (const [file, parse] of [
  ["scopus.bib", parseBibtex],
  ["scopus.ris", parseRis],
] as const) {
  const path = `../shared/corpora/${file}`;
  describe.skipIf(!existsSync(path))(file, () => {
    it("every Scopus record URL gives its record's EID (grep -c: 244)", () => {
      const text = readFileSync(path, "utf8");
      const eids = [...text.matchAll(SCOPUS_EID)].map((m) => m[1]);
      expect(eids).toHaveLength(244);
      const parsed = parse(text, { file }).papers.flatMap((p) =>
        p.ids?.scopus === undefined ? [] : [p.ids.scopus],
      );
      expect(parsed.sort()).toEqual(eids.sort());
    });
  });
}
