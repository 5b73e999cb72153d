// Chunked parsing: every stream parser fed in random pieces gives what the whole-text parser gives.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../src/metrics/mulberry32.ts";
import type { ParseResult } from "../../src/model/types.ts";
import { createBibtexSegmenter } from "../../src/parse/bibtex-reader.ts";
import { createBibtexStream, parseBibtex } from "../../src/parse/bibtex.ts";
import { createCsvStream, parseCsv } from "../../src/parse/csv.ts";
import { createDblpXmlStream, parseDblpXml } from "../../src/parse/dblp-xml.ts";
import { createParseStream, DETECT_HEAD_CHARS, parseFile } from "../../src/parse/detect.ts";
import { createGexfStream, parseGexf } from "../../src/parse/gexf.ts";
import { createGraphmlStream, parseGraphml } from "../../src/parse/graphml.ts";
import { createProfileStream, parseProfile } from "../../src/parse/profile.ts";
import { createRisStream, parseRis } from "../../src/parse/ris.ts";
import {
  createLineSplitter,
  type RecordSink,
  type StreamParser,
} from "../../src/parse/stream-parser.ts";
import type { AuthorName, PaperRecord } from "../../src/model/types.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
const CORPORA = resolve(HERE, "../../../shared/corpora");
const present = existsSync(CORPORA);
if (!present) console.log(`skipping the corpora part of stream tests: ${CORPORA} is absent`);
const SEED = readFileSync(resolve(HERE, "../../data/huang-tiansheng.txt"), "utf8");

/** Cuts `text` at seeded random places: tiny pieces (cut inside CRLF, tags, names) and larger ones. */
function pieces(text: string, seed: number): string[] {
  const rng = mulberry32(seed);
  const out: string[] = [];
  for (let i = 0; i < text.length;) {
    const n = 1 + Math.floor(rng() * (rng() < 0.4 ? 4 : 4000));
    out.push(text.slice(i, i + n));
    i += n;
  }
  return out;
}

function feed(stream: StreamParser, text: string, seed: number): ParseResult {
  for (const piece of pieces(text, seed)) stream.push(piece);
  return stream.end();
}

const latin1 = (name: string) =>
  new TextDecoder("latin1").decode(readFileSync(resolve(CORPORA, name)));
const utf8 = (name: string) => readFileSync(resolve(CORPORA, name), "utf8");

describe("createLineSplitter", () => {
  it("gives the lines and numbers of split(/\\r\\n|\\r|\\n/) whatever the pieces", () => {
    const text = "a\r\nb\rc\n\n\r\nd\r";
    for (let seed = 1; seed <= 30; seed++) {
      const lines: [string, number][] = [];
      const splitter = createLineSplitter((line, n) => lines.push([line, n]));
      for (const p of text.split("")) splitter.push(p);
      splitter.end();
      expect(lines).toEqual(text.split(/\r\n|\r|\n/).map((l, i) => [l, i + 1]));
      const again: string[] = [];
      const other = createLineSplitter((line) => again.push(line));
      for (const p of pieces(SEED, seed)) other.push(p);
      other.end();
      expect(again).toEqual(SEED.split(/\r\n|\r|\n/));
    }
  });
});

describe("createBibtexSegmenter", () => {
  it("cuts at lines that start an entry, with the lines before each segment", () => {
    const text = "junk @x{\n@article{a,\n t={x}}\n  @Book (b, t={y})\n@misc{c}";
    const got: [string, number, boolean][] = [];
    const segmenter = createBibtexSegmenter((s, before, last) => got.push([s, before, last]));
    for (const p of text.split("")) segmenter.push(p);
    segmenter.end();
    expect(got).toEqual([
      ["junk @x{\n", 0, false],
      ["@article{a,\n t={x}}\n", 1, false],
      ["  @Book (b, t={y})\n", 3, false],
      ["@misc{c}", 4, true],
    ]);
  });
});

describe("stream parsers equal their whole-text parsers", () => {
  it("profile (the seed, and with CRLF, a BOM and an orphan run)", () => {
    const broken = `\uFEFF${SEED.replace(/\n/g, "\r\n")}\r\nA stray title line\r\nMore prose. It goes on.\r\n`;
    for (const text of [SEED, broken])
      for (let seed = 1; seed <= 5; seed++)
        expect(feed(createProfileStream({ file: "p.txt" }), text, seed)).toEqual(
          parseProfile(text, { file: "p.txt" }),
        );
  });

  it("CSV with quoted multi-line cells, CRLF, and a stray quote", () => {
    const good =
      '\uFEFFTitle,Authors,Year,Abstract\r\n"One, with comma","Lee, Ann; Chen, Bo",2001,"two\r\nlines"\r\nTwo,"Chen, Bo",2002,\r\n';
    const stray = 'title,authors\nBad "one,Ann Lee\nGood,"Bo Chen"\nThird,Cy Dee\n';
    for (const text of [good, stray])
      for (let seed = 1; seed <= 10; seed++)
        expect(feed(createCsvStream({ file: "t.csv" }), text, seed)).toEqual(
          parseCsv(text, { file: "t.csv" }),
        );
    expect(parseCsv(good, { file: "t.csv" }).papers.map((p) => [p.line, p.abstract])).toEqual([
      [2, "two\r\nlines"],
      [4, undefined],
    ]);
  });

  it("GEXF and GraphML", () => {
    const gexf = `<?xml version="1.0"?><gexf><graph><nodes><node id="1" label="Lee, Ann"/>
<node id="2" label="Chen, Bo"/></nodes><edges><edge source="1" target="2" weight="2"/></edges></graph></gexf>`;
    const graphml = `<graphml><key id="l" for="node" attr.name="label"/><graph>
<node id="a"><data key="l">Lee, Ann</data></node><node id="b"><data key="l">Chen, Bo</data></node>
<edge source="a" target="b"/></graph></graphml>`;
    for (let seed = 1; seed <= 5; seed++) {
      expect(feed(createGexfStream({ file: "g.gexf" }), gexf, seed)).toEqual(
        parseGexf(gexf, { file: "g.gexf" }),
      );
      expect(feed(createGraphmlStream({ file: "g.graphml" }), graphml, seed)).toEqual(
        parseGraphml(graphml, { file: "g.graphml" }),
      );
    }
  });

  it.skipIf(!present)("the real RIS, BibTeX and DBLP XML corpora", () => {
    const cases: [string, string, (text: string) => ParseResult, () => StreamParser][] = [
      [
        "scopus.ris",
        utf8("scopus.ris"),
        (t) => parseRis(t, { file: "f" }),
        () => createRisStream({ file: "f" }),
      ],
      [
        "krr.bib",
        utf8("krr.bib"),
        (t) => parseBibtex(t, { file: "f" }),
        () => createBibtexStream({ file: "f" }),
      ],
      [
        "scopus.bib",
        utf8("scopus.bib"),
        (t) => parseBibtex(t, { file: "f" }),
        () => createBibtexStream({ file: "f" }),
      ],
      [
        "ex.xml",
        latin1("ex.xml"),
        (t) => parseDblpXml(t, { file: "f" }),
        () => createDblpXmlStream({ file: "f" }),
      ],
    ];
    for (const [name, text, whole, stream] of cases) {
      const expected = whole(text);
      expect(expected.papers.length, name).toBeGreaterThan(200);
      for (let seed = 1; seed <= 3; seed++)
        expect(feed(stream(), text, seed), name).toEqual(expected);
    }
  });
});

describe("stream parsers with a sink", () => {
  it("hand over the owner first and every final paper, keeping none in the result", () => {
    // Prose after an abstract is joined to it: the paper must not leave before that.
    const profile = `${SEED.trim()}\nA second abstract line. It is joined to the last one.\n`;
    const bib =
      "@article{a, author={Lee, Ann}, title={One}}\n@article{b, author={Chen, Bo}, title={Two}}";
    const ris = "TY  - JOUR\nAU  - Lee, A.\nTI  - One\nER  -\nTY  - JOUR\nTI  - Two\nER  -\n";
    const cases: [string, (sink: RecordSink) => StreamParser, ParseResult][] = [
      [
        profile,
        (sink) => createProfileStream({ file: "p", sink }),
        parseProfile(profile, { file: "p" }),
      ],
      [bib, (sink) => createBibtexStream({ file: "b", sink }), parseBibtex(bib, { file: "b" })],
      [ris, (sink) => createRisStream({ file: "r", sink }), parseRis(ris, { file: "r" })],
    ];
    for (const [text, make, whole] of cases) {
      const got: (AuthorName | PaperRecord)[] = [];
      const stream = make({
        owner: (o) => got.push(structuredClone(o)),
        paper: (p) => got.push(structuredClone(p)), // as the paper is when handed over
      });
      const result = feed(stream, text, 4);
      expect(got).toEqual([...(whole.owner ? [whole.owner] : []), ...whole.papers]);
      expect(result).toEqual({ ...whole, papers: [] });
    }
    expect(parseProfile(profile, { file: "p" }).papers.at(-1)?.abstract).toMatch(
      /joined to the last one\.$/,
    );
  });
});

describe("createParseStream", () => {
  it("detects the format from the head and parses like parseFile", () => {
    // Padded past the detection head, so detection happens in push, not in end.
    const text = SEED + "\n".repeat(DETECT_HEAD_CHARS);
    const stream = createParseStream("seed.txt");
    const parts = pieces(text, 3);
    for (const p of parts) stream.push(p);
    expect(stream.format).toBe("profile");
    expect(stream.end()).toEqual(parseFile(text, "seed.txt"));
    const json =
      '[{"type": "article", "title": "X", "author": [{"family": "Lee", "given": "A"}], "issued": {"raw": "2001"}}]';
    const jsonStream = createParseStream("x.json");
    expect(feed(jsonStream, json, 1)).toEqual(parseFile(json, "x.json"));
    expect(jsonStream.format).toBe("csl-json");
  });

  it("throws parseFile's errors", () => {
    const run = (text: string) => () => feed(createParseStream("f"), text, 1);
    expect(run(" \n\uFEFF\t")).toThrow("coauthor-atlas/parse: f: file is empty");
    expect(run("\u0000\u0001binary")).toThrow("binary file, not a bibliography");
    expect(run("just some words\nand more")).toThrow("not a recognised bibliography format");
    // A blank start longer than the head is not "empty" once text follows; as in parseFile, the
    // sniffers see only blanks in the head.
    const late = " ".repeat(70_000) + SEED;
    expect(() => parseFile(late, "f")).toThrow("not a recognised bibliography format");
    expect(run(late)).toThrow("not a recognised bibliography format");
  });
});
