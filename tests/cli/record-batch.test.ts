// Record batches: bylines as indices into the authors sent so far, decoded back to the same records.
import { describe, expect, it } from "vitest";
import { createRecordBatchDecoder, createRecordBatchEncoder } from "../../src/cli/record-batch.ts";
import type { AuthorName, PaperRecord } from "../../src/model/types.ts";
import { withSerial } from "../../src/parse/name-serial.ts";

const ann: AuthorName = { name: "Ann Lee", key: "lee ann" };
const annAgain: AuthorName = { name: "Ann Lee", key: "lee ann" };
const annAccent: AuthorName = { name: "Änn Lee", key: "lee ann" };
const bo: AuthorName = { name: "Bo Chen", key: "chen bo" };
const orcid: AuthorName = {
  name: "Cy Diaz",
  key: "orcid:0000-0002-1825-0097",
  ids: { orcid: "0000-0002-1825-0097" },
};

const records = (): PaperRecord[] => [
  { title: "One", authors: [{ ...ann }, { ...bo }], line: 2, year: 2020 },
  { title: "Two", authors: [], line: 5, titleHash: -7 },
  { title: "Three", authors: [{ ...annAgain }, { ...orcid }, { ...annAccent }], line: 8 },
];
const laterRecords = (): PaperRecord[] => [
  { title: "Four", authors: [{ ...bo }, { ...orcid }, { ...ann }], line: 11, venue: "V" },
];

describe("record batches", () => {
  it("sends each spelling of a key once and authors with identifiers every time", () => {
    const encoder = createRecordBatchEncoder();
    const first = encoder.encode(records());
    // Ann Lee (0), Bo Chen (1), then Ann again (0), the ORCID author (2), Änn (3): same key, new spelling.
    expect([...first.counts]).toEqual([2, 0, 3]);
    expect([...first.authors]).toEqual([0, 1, 0, 2, 3]);
    expect(first.newAuthors.map((a) => a.name)).toEqual([
      "Ann Lee",
      "Bo Chen",
      "Cy Diaz",
      "Änn Lee",
    ]);
    // Titles, lines and title hashes in columns; other fields only for the records with them.
    expect(first.titles).toBe("OneTwoThree");
    expect([...first.titleLengths]).toEqual([3, 3, 5]);
    expect([...first.lines]).toEqual([2, 5, 8]);
    expect([...first.hashed]).toEqual([0, 1, 0]);
    expect(first.titleHashes[1]).toBe(-7);
    expect(first.extras).toEqual([{ index: 0, fields: { year: 2020 } }]);
    const second = encoder.encode(laterRecords());
    // Bo (1) and Ann (0) are known; the ORCID author is sent again as index 4.
    expect([...second.authors]).toEqual([1, 4, 0]);
    expect(second.newAuthors).toEqual([orcid]);
  });

  it("decodes to the records it was given, in order, across batches", () => {
    const encoder = createRecordBatchEncoder();
    const decoder = createRecordBatchDecoder();
    // Through structured clone, as between threads.
    const decoded = [records(), laterRecords()].flatMap((batch) =>
      decoder.decode(structuredClone(encoder.encode(batch))),
    );
    expect(decoded).toEqual([...records(), ...laterRecords()]);
    // The same author met twice is one object on the receiving side.
    expect(decoded[2].authors[0]).toBe(decoded[0].authors[0]);
    expect(decoded[3].authors[2]).toBe(decoded[0].authors[0]);
    expect(decoded[3].authors[1]).not.toBe(decoded[2].authors[1]);
  });

  it("finds a name with a serial by it, and still by key and spelling on first meeting", () => {
    // Two memo objects of one spelling (two raw strings, one name), and one of another spelling.
    const a1 = withSerial({ ...ann });
    const a2 = withSerial({ ...annAgain });
    const accent = withSerial({ ...annAccent });
    const encoder = createRecordBatchEncoder();
    const batch = encoder.encode([
      { title: "One", authors: [a1, { ...bo }], line: 1 },
      { title: "Two", authors: [a2, accent, a1], line: 4 },
      { title: "Three", authors: [accent, { ...ann }, a2], line: 7 },
    ]);
    expect([...batch.authors]).toEqual([0, 1, 0, 2, 0, 2, 0, 0]);
    expect(batch.newAuthors.map((a) => a.name)).toEqual(["Ann Lee", "Bo Chen", "Änn Lee"]);
  });
});
