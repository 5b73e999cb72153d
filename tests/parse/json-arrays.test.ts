// Tests for the JSON record scanner: array element spans at key paths, top-level values, readJsonItems.
import { describe, expect, it } from "vitest";
import { readJsonItems, scanJsonArrays } from "../../src/parse/json-arrays.ts";

const texts = (text: string, spans: { start: number; end: number }[] | undefined): string[] =>
  (spans ?? []).map((s) => text.slice(s.start, s.end).trim());

describe("scanJsonArrays", () => {
  it("cuts the elements of arrays at key paths, ignoring brackets and commas in strings", () => {
    const text = '{"a": {"items": [1, {"x": "[,]"}, [2, 3]], "links": []}, "items": [9]}';
    const r = scanJsonArrays(text, [["a", "items"], ["a", "links"], ["b"]]);
    expect(texts(text, r.arrays.get("a.items"))).toEqual(["1", '{"x": "[,]"}', "[2, 3]"]);
    expect(r.arrays.get("a.links")).toEqual([]);
    expect(r.arrays.has("b")).toBe(false);
    expect(r.arrayStarts.get("a.items")).toBe(text.indexOf("["));
    expect(r.problemAt).toBeUndefined();
  });

  it("ends an element at a raw newline inside a broken string and reads on", () => {
    const text = '{"n": {"items": [\n{"id": 1},\n{"id": "bad},\n{"id": 3}\n]}}';
    const r = scanJsonArrays(text, [["n", "items"]]);
    expect(texts(text, r.arrays.get("n.items"))).toEqual([
      '{"id": 1}',
      '{"id": "bad},',
      '{"id": 3}',
    ]);
  });

  it("returns the top-level values, where each array closes, and what is left open", () => {
    const text = '{"a": [1]}\n7\n[2, [3]]';
    const r = scanJsonArrays(text, [[], ["a"]]);
    expect(texts(text, r.topLevel)).toEqual(['{"a": [1]}', "7", "[2, [3]]"]);
    expect(texts(text, r.arrays.get(""))).toEqual(["2", "[3]"]);
    expect(r.arrayEnds.get("a")).toBe(text.indexOf("]"));
    expect(r.arrayEnds.get("")).toBe(text.length - 1);
    expect(r.openAtEnd).toBe(0);
    expect(scanJsonArrays('{"a": [1, {"b": 2', [["a"]]).openAtEnd).toBe(3);
  });

  it("reports where the brackets stop balancing", () => {
    const text = '{"n": {"items": [1, 2';
    const r = scanJsonArrays(text, [["n", "items"]]);
    expect(texts(text, r.arrays.get("n.items"))).toEqual(["1", "2"]);
    expect(r.problemAt).toBe(text.length);
  });
});

const ITEMS = `[
  {"id": "a", "type": "article-journal",
   "title": "One"},
  {
    "id": "b", "type": "book", "title": "Two"
  }
]`;

describe("readJsonItems", () => {
  it("finds the items of a top-level array with their lines", () => {
    const read = readJsonItems(ITEMS);
    expect(read.shape).toBe("array");
    expect(read.items.map((i) => i.line)).toEqual([2, 4]);
  });

  it("finds the array under a key, a single object, and JSON Lines", () => {
    const page = '{"meta": {"count": 2, "x": [1, 2]},\n "results": [\n {"id": 1},\n {"id": 2}\n]}';
    const read = readJsonItems(page, { arrayKeys: ["results"] });
    expect(read.shape).toBe("key:results");
    expect(read.items.map((i) => [i.line, i.value])).toEqual([
      [3, { id: 1 }],
      [4, { id: 2 }],
    ]);
    expect(readJsonItems('{"id": 7}').items.map((i) => i.value)).toEqual([{ id: 7 }]);
    const lines = readJsonItems('{"id": 1}\n{"id": 2}\n\n{"id": 3}\n');
    expect(lines.shape).toBe("lines");
    expect(lines.items.map((i) => [i.line, i.value])).toEqual([
      [1, { id: 1 }],
      [2, { id: 2 }],
      [4, { id: 3 }],
    ]);
  });

  it("parses each item on its own: a broken one fails alone", () => {
    const text = '[\n{"id": 1},\n{"id": 2 "x": 3},\n{"id": "unterminated},\n{"id": 4}\n]';
    const read = readJsonItems(text);
    expect(read.items.map((i) => [i.line, i.value, i.error === undefined])).toEqual([
      [2, { id: 1 }, true],
      [3, undefined, false],
      [4, undefined, false],
      [5, { id: 4 }, true],
    ]);
  });

  it("reports a document without records", () => {
    expect(readJsonItems("   ").problem).toEqual({ line: 1, message: "no JSON records found" });
  });

  it("keeps a broken JSON Lines record alone, and the first array of the text under a key", () => {
    const lines = readJsonItems('{"id": 1}\n{"id": "bad}\n{"id": 3}\n');
    expect(lines.shape).toBe("lines");
    expect(lines.items.map((i) => [i.line, i.value, i.error === undefined])).toEqual([
      [1, { id: 1 }, true],
      [2, undefined, false],
      [3, { id: 3 }, true],
    ]);
    const keyed = readJsonItems('{"b": [2], "a": [1]}', { arrayKeys: ["a", "b"] });
    expect([keyed.shape, keyed.items.map((i) => i.value)]).toEqual(["key:b", [2]]);
    // A top-level array after another value is one JSON Lines record, not the record list.
    expect(readJsonItems('{"id": 1}\n[2]').shape).toBe("lines");
  });

  it("says when the record array never closes (and only then)", () => {
    const open = readJsonItems('[\n{"id": 1},\n{"id": 2}');
    expect(open.items.map((i) => i.value)).toEqual([{ id: 1 }, { id: 2 }]);
    expect(open.problem).toEqual({
      line: 3,
      message: "the JSON document ends before its closing bracket",
    });
    expect(readJsonItems('{"items": [1, 2]\n').problem).toBeUndefined();
    expect(readJsonItems('{"items": [1, 2\n').problem?.line).toBe(2);
  });
});
