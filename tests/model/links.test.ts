import { describe, expect, it } from "vitest";
import {
  authorLinks,
  paperLinks,
  validDblpKey,
  validDoi,
  validPaperIds,
  validPmid,
  scopusEidInUrl,
} from "../../src/model/links.ts";

const HOSTILE = [
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "https://evil.example/10.1145/1",
  "https://evil",
  "//evil.example/x",
  "10.1145/abc\u0000def",
  "10.1145/abc\ndef",
  '10.1145/a"onmouseover="alert(1)',
  "10.1145/a'b",
  "10.1145/<script>",
  "vbscript:msgbox(1)",
  "",
  "   ",
];

describe("validDoi", () => {
  it("normalizes doi.org and doi: prefixes to a lower-case DOI", () => {
    expect(validDoi("https://doi.org/10.1007/3-540-48749-2_2")).toBe("10.1007/3-540-48749-2_2");
    expect(validDoi("http://dx.doi.org/10.1145/ABC.1")).toBe("10.1145/abc.1");
    expect(validDoi("doi: 10.1145/3290605.3300233")).toBe("10.1145/3290605.3300233");
  });
  it("refuses what is not 10.NNNN/suffix", () => {
    for (const bad of HOSTILE) expect(validDoi(bad), bad).toBeNull();
    expect(validDoi("10.123/x")).toBeNull(); // 3-digit registrant
    expect(validDoi("10.1145/")).toBeNull();
    expect(validDoi("11.1145/x")).toBeNull();
  });
});

describe("validDblpKey", () => {
  it("reads keys, DBLP: BibTeX keys and rec URLs", () => {
    expect(validDblpKey("conf/ecoopw/Abadi99")).toBe("conf/ecoopw/Abadi99");
    expect(validDblpKey("DBLP:journals/corr/abs-2101-00001")).toBe("journals/corr/abs-2101-00001");
    expect(validDblpKey("https://dblp.org/rec/conf/popl/AbadiBHR99.bib")).toBe(
      "conf/popl/AbadiBHR99",
    );
  });
  it("refuses other characters, path tricks and one-part keys", () => {
    for (const bad of HOSTILE) expect(validDblpKey(bad), bad).toBeNull();
    expect(validDblpKey("conf/../../evil")).toBeNull();
    expect(validDblpKey("Abadi99")).toBeNull();
    expect(validDblpKey("conf/x/a?b=1")).toBeNull();
    expect(validDblpKey("conf/x/a#b")).toBeNull();
    expect(validDblpKey("https://evil.org/rec/conf/x/y")).toBeNull();
  });
});

describe("validPmid", () => {
  it("keeps 1–9 digits, bare or as a PubMed URL", () => {
    expect(validPmid(" 36843279 ")).toBe("36843279");
    expect(validPmid("https://pubmed.ncbi.nlm.nih.gov/36843279")).toBe("36843279");
    expect(validPmid("0123")).toBeNull();
    expect(validPmid("12a")).toBeNull();
    expect(validPmid("1234567890")).toBeNull();
  });
});

describe("paperLinks", () => {
  it("builds https links from each identifier, path parts encoded", () => {
    const links = paperLinks({
      doi: "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O",
      ids: {
        dblp: "conf/ecoopw/Abadi99",
        openalex: "W2741809807",
        pmid: "36843279",
        scopus: "2-s2.0-85012345678",
      },
    });
    // The DOI has `<` and `>`: refused (they are never in a link), so four links remain.
    expect(links.map((l) => l.label)).toEqual(["dblp", "OpenAlex", "PubMed", "Scopus"]);
    expect(links.map((l) => l.href)).toEqual([
      "https://dblp.org/rec/conf/ecoopw/Abadi99",
      "https://openalex.org/W2741809807",
      "https://pubmed.ncbi.nlm.nih.gov/36843279/",
      "https://www.scopus.com/record/display.uri?eid=2-s2.0-85012345678&origin=resultslist",
    ]);
  });
  it("encodes the DOI suffix's reserved characters", () => {
    const [doi] = paperLinks({ doi: "10.1000/a;b:c(1)%20" });
    expect(doi.href).toBe("https://doi.org/10.1000/a%3Bb%3Ac(1)%2520");
    const [plain] = paperLinks({ doi: "10.1007/3-540-48749-2_2" });
    expect(plain.href).toBe("https://doi.org/10.1007/3-540-48749-2_2");
  });
  it("makes no link from hostile values in any field", () => {
    for (const bad of HOSTILE) {
      const links = paperLinks({
        doi: bad,
        ids: { dblp: bad, openalex: bad, pmid: bad, scopus: bad },
      });
      expect(links, bad).toEqual([]);
    }
  });
  it("every link is https on a known host", () => {
    const links = paperLinks({ doi: "10.1145/x", ids: { pmid: "1" } });
    for (const l of links) expect(new URL(l.href).protocol).toBe("https:");
  });
});

describe("authorLinks", () => {
  it("builds ORCID, dblp, OpenAlex and Scopus author pages", () => {
    expect(
      authorLinks({
        orcid: "0000-0002-1825-0097",
        dblp: "s/ThomasSeidl",
        openalex: "A5023888391",
        scopus: "57197735070",
        researcherid: "H-2769-2012",
      }).map((l) => l.href),
    ).toEqual([
      "https://orcid.org/0000-0002-1825-0097",
      "https://dblp.org/pid/s/ThomasSeidl.html",
      "https://openalex.org/A5023888391",
      "https://www.scopus.com/authid/detail.uri?authorId=57197735070",
    ]);
  });
  it("makes no link from hostile ids", () => {
    for (const bad of HOSTILE)
      expect(authorLinks({ orcid: bad, dblp: bad, openalex: bad, scopus: bad }), bad).toEqual([]);
    expect(authorLinks(undefined)).toEqual([]);
  });
});

describe("validPaperIds", () => {
  it("keeps only the valid identifiers, undefined when none is", () => {
    expect(
      validPaperIds({
        dblp: "https://dblp.org/rec/conf/x/Y20.bib",
        openalex: "https://openalex.org/W12",
        pmid: "javascript:alert(1)",
        scopus: "2-s2.0-12345",
      }),
    ).toEqual({ dblp: "conf/x/Y20", openalex: "W12", scopus: "2-s2.0-12345" });
    expect(validPaperIds({ pmid: "x", dblp: "" })).toBeUndefined();
  });
});

describe("scopusEidInUrl", () => {
  it("takes the EID of a Scopus record URL and nothing else", () => {
    expect(
      scopusEidInUrl(
        "https://www.scopus.com/inward/record.uri?eid=2-s2.0-85165627975&doi=10.17226%2f26641&partnerID=40",
      ),
    ).toBe("2-s2.0-85165627975");
    expect(
      scopusEidInUrl("https://evil.example/inward/record.uri?eid=2-s2.0-85165627975"),
    ).toBeNull();
    expect(
      scopusEidInUrl("https://www.scopus.com.evil/inward/record.uri?eid=2-s2.0-851656"),
    ).toBeNull();
    expect(scopusEidInUrl('https://www.scopus.com/inward/record.uri?eid=2-s2.0-1"><x')).toBeNull();
    expect(
      scopusEidInUrl(
        "javascript:alert(1)//www.scopus.com/inward/record.uri?eid=2-s2.0-85165627975",
      ),
    ).toBeNull();
  });
});
