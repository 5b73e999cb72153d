import { describe, expect, it } from "vitest";
import { scanJsonArrays } from "../../src/parse/json-arrays.ts";

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

  it("reports where the brackets stop balancing", () => {
    const text = '{"n": {"items": [1, 2';
    const r = scanJsonArrays(text, [["n", "items"]]);
    expect(texts(text, r.arrays.get("n.items"))).toEqual(["1", "2"]);
    expect(r.problemAt).toBe(text.length);
  });
});
