// Bytes to text: UTF-16 with and without BOM, UTF-8 with a bad byte, Windows-1252; whole files and CLI chunks.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseInputFile } from "../../src/cli/read-input.ts";
import { buildCoauthorGraph } from "../../src/graph/coauthor-graph.ts";
import { buildCorpus } from "../../src/parse/corpus.ts";
import {
  chooseEncoding,
  decodeBytes,
  decodeText,
  scanUtf8,
  sniffUnicodeEncoding,
} from "../../src/parse/decode-text.ts";
import { parseFile } from "../../src/parse/detect.ts";

const CORPORA = resolve(dirname(fileURLToPath(import.meta.url)), "../../../shared/corpora");
const present = existsSync(CORPORA);
if (!present) console.log(`skipping the dblp.bib UTF-16 test: ${CORPORA} is absent`);
const dir = mkdtempSync(join(tmpdir(), "atlas-decode-"));

/** `text` as UTF-16 LE or BE bytes, with or without a BOM (written by hand, not by TextDecoder). */
function utf16(text: string, order: "le" | "be", bom: boolean): Uint8Array {
  const units = (bom ? "\uFEFF" : "") + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    const [hi, lo] = [u >> 8, u & 0xff];
    out[2 * i] = order === "le" ? lo : hi;
    out[2 * i + 1] = order === "le" ? hi : lo;
  }
  return out;
}

const PROFILE = "Müller, Jörg\nA title\nMüller, Jörg, Dvořák, Antonín\nAn abstract 😀.\n";

describe("sniffUnicodeEncoding", () => {
  it("reads BOMs and the NUL pattern of BOM-less UTF-16; says nothing for other bytes", () => {
    expect(sniffUnicodeEncoding(utf16(PROFILE, "le", true))).toBe("utf-16le");
    expect(sniffUnicodeEncoding(utf16(PROFILE, "be", true))).toBe("utf-16be");
    expect(sniffUnicodeEncoding(utf16(PROFILE, "le", false))).toBe("utf-16le");
    expect(sniffUnicodeEncoding(utf16(PROFILE, "be", false))).toBe("utf-16be");
    expect(sniffUnicodeEncoding(new TextEncoder().encode(`\uFEFF${PROFILE}`))).toBe("utf-8");
    expect(sniffUnicodeEncoding(new TextEncoder().encode(PROFILE))).toBeNull();
    // Binary with NULs everywhere (both columns) is not UTF-16.
    expect(sniffUnicodeEncoding(new Uint8Array(64))).toBeNull();
    expect(sniffUnicodeEncoding(Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0, 8, 0, 0, 0]))).toBeNull();
  });
});

describe("decodeBytes", () => {
  it("decodes UTF-16 LE/BE with and without BOM, surrogate pairs included", () => {
    for (const order of ["le", "be"] as const)
      for (const bom of [true, false]) {
        const decoded = decodeBytes(utf16(PROFILE, order, bom), "p.txt");
        expect(decoded.text).toBe(PROFILE);
        expect(decoded.encoding).toBe(`utf-16${order}`);
        expect(decoded.warnings).toEqual([]);
      }
  });

  it("keeps a UTF-8 file with one bad byte UTF-8: U+FFFD and a warning with the line", () => {
    const good = new TextEncoder().encode("Jürgen Groß\nline two\nbad ");
    const bytes = new Uint8Array([...good, 0xff, ...new TextEncoder().encode(" here\nÅsa\n")]);
    const decoded = decodeBytes(bytes, "x.txt");
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.text).toBe("Jürgen Groß\nline two\nbad \uFFFD here\nÅsa\n");
    expect(decoded.text).not.toContain("Ã");
    expect(decoded.warnings).toEqual([
      {
        file: "x.txt",
        line: 3,
        message: "invalid UTF-8 byte sequence replaced with U+FFFD (\uFFFD)",
      },
    ]);
  });

  it("reads Latin-1 bytes as Windows-1252 when invalid sequences outnumber valid ones", () => {
    const bytes = Uint8Array.from([0x4a, 0xfc, 0x72, 0x67, 0x65, 0x6e, 0x0a, 0x80]); // Jürgen\n€
    expect(scanUtf8(bytes)).toEqual({ invalid: 2, multibyte: 0, badLines: [1, 2] });
    expect(chooseEncoding(scanUtf8(bytes))).toBe("windows-1252");
    expect(decodeBytes(bytes)).toEqual({
      text: "Jürgen\n€",
      encoding: "windows-1252",
      warnings: [],
    });
  });

  it("counts replacements as a WHATWG decoder does (truncated and overlong sequences)", () => {
    const cases = [
      [0xe2, 0x82], // truncated at the end
      [0xc0, 0xaf], // overlong
      [0xed, 0xa0, 0x80], // a surrogate
      [0xf0, 0x9f, 0x98, 0x80, 0x41], // 😀A, valid
      [0xe2, 0x28, 0xa1], // broken in the middle
    ];
    for (const c of cases) {
      const bytes = Uint8Array.from(c);
      const replaced = [...new TextDecoder().decode(bytes)].filter((ch) => ch === "\uFFFD").length;
      expect(scanUtf8(bytes).invalid, c.join(",")).toBe(replaced);
    }
  });

  it("drops a leading BOM; decodeText is its text", () => {
    expect(decodeText(new TextEncoder().encode("\uFEFFabc"))).toBe("abc");
  });
});

describe("CLI reading", () => {
  it("streams UTF-16 files in odd-sized chunks to the text of the UTF-8 file", async () => {
    const utf8Path = join(dir, "p8.txt");
    writeFileSync(utf8Path, PROFILE);
    const expected = await parseInputFile(utf8Path);
    for (const order of ["le", "be"] as const)
      for (const bom of [true, false]) {
        const path = join(dir, `p16${order}${bom}.txt`);
        writeFileSync(path, utf16(PROFILE, order, bom));
        for (const chunkBytes of [3, 7, 1 << 20]) {
          const result = await parseInputFile(path, { chunkBytes });
          expect({ ...result, file: "" }).toEqual({ ...expected, file: "" });
        }
      }
  });

  it("warns about a bad UTF-8 byte with its line, in chunks too", async () => {
    const path = join(dir, "bad.txt");
    const head = Buffer.from("Müller, Jörg\nA title\nMüller, Jörg, Lee, Ann\nAbstract ", "utf8");
    writeFileSync(path, Buffer.concat([head, Buffer.from([0xfe]), Buffer.from(" end\n")]));
    for (const chunkBytes of [5, 1 << 20]) {
      const result = await parseInputFile(path, { chunkBytes });
      expect(result.warnings[0]).toEqual({
        file: path,
        line: 4,
        message: "invalid UTF-8 byte sequence replaced with U+FFFD (\uFFFD)",
      });
      expect(result.papers[0].authors.map((a) => a.name)).toEqual(["Jörg Müller", "Ann Lee"]);
      expect(result.papers[0].abstract).toContain("\uFFFD");
    }
  });
});

describe.skipIf(!present)("dblp.bib as UTF-16", () => {
  it("gives the same network as the UTF-8 file (LE and BE, with and without BOM)", async () => {
    const original = readFileSync(resolve(CORPORA, "dblp.bib"));
    const text = new TextDecoder().decode(original);
    const network = (result: ReturnType<typeof parseFile>) => {
      const graph = buildCoauthorGraph(buildCorpus([{ ...result, file: "dblp.bib" }]));
      const edges: string[] = [];
      graph.forEachEdge((_e, attrs, s, t) =>
        edges.push(`${[s, t].sort().join("|")}:${attrs.weight}`),
      );
      return { nodes: graph.nodes().sort(), edges: edges.sort() };
    };
    const expected = network(parseFile(text, "dblp.bib"));
    expect(expected.nodes).toHaveLength(396);
    for (const order of ["le", "be"] as const)
      for (const bom of [true, false]) {
        const bytes = utf16(text, order, bom);
        expect(network(parseFile(decodeText(bytes), "dblp.bib")), `${order} ${bom}`).toEqual(
          expected,
        );
        const path = join(dir, `dblp-${order}-${bom}.bib`);
        writeFileSync(path, bytes);
        expect(
          network(await parseInputFile(path, { chunkBytes: 4097 })),
          `cli ${order} ${bom}`,
        ).toEqual(expected);
      }
  });
});
