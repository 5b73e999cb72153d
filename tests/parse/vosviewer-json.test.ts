import { describe, expect, it } from "vitest";
import { parseVosviewerJson, VOSVIEWER_JSON_FORMAT } from "../../src/parse/vosviewer-json.ts";

const NETWORK = `{
  "info": { "title": "Co-authorship" },
  "network": {
    "items": [
      { "id": 1, "label": "abbasi, a", "weights": { "Documents": 3 } },
      { "id": 9, "label": "de sompel, hv" },
      { "id": 13, "label": "ahlgren, p" },
      { "id": 20, "label": "lonely, x" }
    ],
    "links": [
      { "source_id": 1, "target_id": 9, "strength": 2 },
      { "source_id": 9, "target_id": 13 },
      { "source_id": 13, "target_id": 99, "strength": 1 }
    ]
  }
}`;

const A = { name: "A. Abbasi", key: "a abbasi" };
const S = { name: "H. V. de Sompel", key: "h v de sompel" };
const P = { name: "P. Ahlgren", key: "p ahlgren" };

describe("parseVosviewerJson: author networks", () => {
  it("reads items as authors and links as weighted coauthor links", () => {
    const r = parseVosviewerJson(NETWORK, { file: "joi.json" });
    expect(r.format).toBe("vosviewer-json");
    expect(r.papers).toEqual([]);
    expect(r.authors).toEqual([A, S, P, { name: "X. Lonely", key: "x lonely" }]);
    expect(r.links).toEqual([
      { source: A, target: S, weight: 2, line: 11 },
      { source: S, target: P, weight: 1, line: 12 },
    ]);
    expect(r.warnings).toEqual([
      { file: "joi.json", line: 13, message: 'edge refers to unknown node "99"; skipped' },
    ]);
  });

  it("skips a malformed item with its line and reads the rest", () => {
    const text = [
      '{"network": {"items": [',
      '  {"id": 1, "label": "Ann Lee"},',
      '  {"id": 2, "label": "Broken},',
      '  {"label": "No Id"},',
      '  {"id": 3, "label": "Cy Diaz"}',
      '], "links": [{"source_id": 1, "target_id": 3, "strength": 4}]}}',
    ].join("\n");
    const r = parseVosviewerJson(text, { file: "b.json" });
    expect(r.authors?.map((a) => a.name)).toEqual(["Ann Lee", "Cy Diaz"]);
    expect(r.links?.map((l) => l.weight)).toEqual([4]);
    expect(r.warnings.map((w) => [w.line, w.message.replace(/ \(.*\)/, "")])).toEqual([
      [3, "item 2 is not valid JSON; skipped"],
      [4, "item 3 has no id; skipped"],
    ]);
  });

  it("reports a terminology that says the items are not people", () => {
    const text = `{"config": {"terminology": {"item": "Keyword"}},
"network": {"items": [{"id": 1, "label": "graph"}], "links": []}}`;
    const r = parseVosviewerJson(text, { file: "t.json" });
    expect(r.warnings).toEqual([
      {
        file: "t.json",
        line: 1,
        message: 'items are "Keyword", not authors; read as authors all the same',
      },
    ]);
  });
});

describe("parseVosviewerJson: paper items", () => {
  const PAPERS = `{"config":{"terminology":{"item":"Scientific paper","link":"Similarity link"}},
"network":{"items":[
{"id":"p1","title":"Provably robust classification","authors":"Fatemeh Sheikholeslami, J Zico Kolter, Jérémie DONA","abstract":"Adversarial \\\\emph{attacks}.","uri":"https://doi.org/10.1000/xyz"},
{"id":"p2","title":"Under review","authors":"Anonymous","label":"Under review"},
{"id":"p3","label":"SHIYANG LI paper","authors":"SHIYANG LI; Donald Joseph Hejna III"}
],"links":[{"source_id":"p1","target_id":"p2","strength":0.4},{"source_id":"p2","target_id":"p3","strength":0.1}]}}`;

  it("reads items as papers, repairs shouting names and drops Anonymous", () => {
    const r = parseVosviewerJson(PAPERS, { file: "z.json" });
    expect(r.papers).toEqual([
      {
        title: "Provably robust classification",
        authors: [
          { name: "Fatemeh Sheikholeslami", key: "fatemeh sheikholeslami" },
          { name: "J Zico Kolter", key: "j zico kolter" },
          { name: "Jérémie Dona", key: "jeremie dona" },
        ],
        doi: "10.1000/xyz",
        // The abstract's LaTeX is decoded.
        abstract: "Adversarial attacks.",
        line: 3,
      },
      { title: "Under review", authors: [], line: 4 },
      {
        title: "SHIYANG LI paper",
        authors: [
          { name: "Shiyang Li", key: "shiyang li" },
          { name: "Donald Joseph Hejna III", key: "donald joseph hejna iii" },
        ],
        line: 5,
      },
    ]);
    expect(r.authors).toBeUndefined();
    expect(r.links).toBeUndefined();
    expect(r.warnings.map((w) => [w.line, w.message])).toEqual([
      [
        6,
        "2 links between paper items ignored: they relate papers (e.g. text similarity), not coauthors",
      ],
      [4, '1 placeholder author dropped ("Anonymous"): line 4'],
      [4, "1 record without authors left out (not part of the coauthor network): line 4"],
    ]);
  });
});

describe("VOSviewer sniffing", () => {
  it("claims JSON with a network of items, nothing else", () => {
    expect(VOSVIEWER_JSON_FORMAT.sniff(NETWORK, "x.json")).toBe(1);
    expect(VOSVIEWER_JSON_FORMAT.sniff('[{"title": "x", "author": []}]', "x.json")).toBe(0);
    expect(VOSVIEWER_JSON_FORMAT.sniff('{"results": [{"id": "W1"}]}', "x.json")).toBe(0);
  });

  it("throws on JSON without network items", () => {
    expect(() => parseVosviewerJson('{"results": []}', { file: "o.json" })).toThrow(
      'coauthor-atlas/parse: o.json: VOSviewer JSON without "network": {"items": […]}',
    );
  });
});
