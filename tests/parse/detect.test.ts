// Tests for format detection and parseFile's errors.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ParseResult } from "../../src/model/types.ts";
import {
  DEFAULT_DETECT_OPTIONS,
  FORMATS,
  detectFormat,
  looksBinary,
  parseFile,
} from "../../src/parse/detect.ts";
import type { FormatParser } from "../../src/parse/format-parser.ts";
import { PROFILE_FORMAT } from "../../src/parse/profile.ts";

const seed = readFileSync(new URL("../../data/huang-tiansheng.txt", import.meta.url), "utf8");

describe("detectFormat", () => {
  it("recognises the profile format from content, whatever the extension", () => {
    expect(detectFormat(seed, "huang-tiansheng.txt")).toBe("profile");
    expect(detectFormat(seed, "profile.dat")).toBe("profile");
    expect(detectFormat(`\uFEFF${seed.replace(/\n/g, "\r\n")}`, "x")).toBe("profile");
  });

  it("returns null for text that is no known format", () => {
    expect(detectFormat("hello\nworld\n", "a.txt")).toBeNull();
    expect(detectFormat("", "a.txt")).toBeNull();
    expect(detectFormat("a\u0000b", "a.txt")).toBeNull();
  });

  it("picks the highest score among the formats given", () => {
    const fake = (format: string, score: number): FormatParser => ({
      format,
      sniff: () => score,
      parse: (_text, { file }): ParseResult => ({ file, format, papers: [], warnings: [] }),
    });
    const thrower: FormatParser = {
      format: "broken",
      sniff: () => {
        throw new Error("boom");
      },
      parse: () => {
        throw new Error("unreachable");
      },
    };
    const formats = [fake("low", 0.6), thrower, fake("high", 0.8), fake("tie", 0.8)];
    expect(detectFormat("x", "x", { formats })).toBe("high");
    expect(detectFormat("x", "x", { formats: [fake("weak", 0.4)] })).toBeNull();
    expect(parseFile("x", "f.x", { formats }).format).toBe("high");
  });

  it("starts with the profile format registered", () => {
    expect(FORMATS.map((f) => f.format)).toContain("profile");
    expect(DEFAULT_DETECT_OPTIONS.formats).toBe(FORMATS);
  });
});

describe("looksBinary", () => {
  it("flags NUL bytes and mostly control characters, not text", () => {
    expect(looksBinary("abc\u0000def")).toBe(true);
    expect(looksBinary("\u0001\u0002\u0003\u0004abc")).toBe(true);
    expect(looksBinary("\uFFFD\uFFFD\uFFFDab")).toBe(true);
    expect(looksBinary(seed)).toBe(false);
    expect(looksBinary("tab\there\r\nand form\ffeed")).toBe(false);
  });
});

describe("parseFile", () => {
  it("parses a recognised file", () => {
    const result = parseFile(seed, "huang-tiansheng.txt");
    expect(result.format).toBe("profile");
    expect(result.file).toBe("huang-tiansheng.txt");
    expect(result.papers).toHaveLength(10);
  });

  it("throws clear errors for empty, binary and unknown input", () => {
    expect(() => parseFile("", "e.txt")).toThrow("coauthor-atlas/parse: e.txt: file is empty");
    expect(() => parseFile("\uFEFF \n\r\n ", "e.txt")).toThrow(
      "coauthor-atlas/parse: e.txt: file is empty",
    );
    expect(() => parseFile("PK\u0003\u0004\u0000\u0000zip", "x.zip")).toThrow(
      "coauthor-atlas/parse: x.zip: binary file, not a bibliography",
    );
    expect(() => parseFile("Dear diary,\ntoday was fine.\n", "d.txt")).toThrow(
      "coauthor-atlas/parse: d.txt: not a recognised bibliography format",
    );
  });
});

describe("real corpora in ../shared/corpora", () => {
  const dir = new URL("../../../shared/corpora/", import.meta.url);
  const names = [
    "krr.bib",
    "scopus.bib",
    "scopus.ris",
    "dblp.bib",
    "ex.xml",
    "netscience.gml",
    "hep-th.gml",
    "JOI_2007-2016_co-authorship_network.json",
    "Zeta-Alpha_ICLR2021.json",
  ];
  const present = existsSync(dir);
  if (!present) console.log(`skipping real-corpus sniff tests: ${dir.pathname} not found`);

  it.skipIf(!present).each(names)("does not take %s for a profile", (fileName) => {
    const text = readFileSync(new URL(fileName, dir), "latin1");
    expect(PROFILE_FORMAT.sniff(text, fileName)).toBeLessThan(DEFAULT_DETECT_OPTIONS.minScore);
  });
});
