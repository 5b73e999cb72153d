// No import cycle anywhere in src/ (type-only imports count too): checked on every npm test.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cycles, importGraph, importsOf } from "./import-graph.ts";

const SRC = join(dirname(fileURLToPath(import.meta.url)), "../../src");

describe("import graph", () => {
  it("reads static, type-only, re-exported, dynamic and side-effect imports", () => {
    const text = [
      'import { a } from "./a.ts";',
      'import type { B } from "../b.ts";',
      'export { c } from "./c.ts";',
      "import {\n  d,\n  type E,\n} from './d.ts';",
      'const f = await import("./f.ts");',
      'import "./g.css";',
      'import x from "graphology";',
    ].join("\n");
    expect(importsOf(text).sort()).toEqual([
      "../b.ts",
      "./a.ts",
      "./c.ts",
      "./d.ts",
      "./f.ts",
      "./g.css",
    ]);
  });

  it("finds a cycle of three files and a file importing itself", () => {
    const graph = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a", "d"]],
      ["d", []],
      ["e", ["e"]],
    ]);
    expect(cycles(graph)).toEqual([["a", "b", "c"], ["e"]]);
  });

  it("src/ has no import cycle", () => {
    const graph = importGraph(SRC);
    expect(graph.size).toBeGreaterThan(100);
    expect(cycles(graph)).toEqual([]);
  });
});
