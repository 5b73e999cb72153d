import { describe, expect, it } from "vitest";
import { DEFAULT_ANALYZE_OPTIONS, parseArgs } from "../../src/cli/args.ts";

describe("parseArgs", () => {
  it("takes files and defaults", () => {
    expect(parseArgs(["analyze", "a.txt", "b.bib"])).toEqual({
      command: "analyze",
      options: { ...DEFAULT_ANALYZE_OPTIONS, files: ["a.txt", "b.bib"] },
    });
  });

  it("reads flags in both spellings", () => {
    const parsed = parseArgs([
      "analyze",
      "--format=json",
      "a.txt",
      "--top",
      "5",
      "--metric",
      "betweenness",
    ]);
    expect(parsed).toMatchObject({
      command: "analyze",
      options: { format: "json", top: 5, metric: "betweenness", files: ["a.txt"] },
    });
  });

  it("shows help without arguments", () => {
    expect(parseArgs([])).toEqual({ command: "help" });
    expect(parseArgs(["analyze", "--help"])).toEqual({ command: "help" });
  });

  it.each([
    [["analyze"], /at least one FILE/],
    [["frobnicate", "a.txt"], /unknown command "frobnicate"/],
    [["analyze", "a.txt", "--top", "0"], /--top needs a positive whole number, got 0/],
    [["analyze", "a.txt", "--metric", "fame"], /--metric must be one of/],
    [["analyze", "a.txt", "--format", "tiff"], /--format must be one of/],
    [["analyze", "a.txt", "--format", "png"], /--format png needs --out/],
    [["analyze", "a.txt", "--flavour"], /unknown option --flavour/],
    [["analyze", "a.txt", "--colour", "mood"], /--colour must be one of/],
    [["analyze", "a.txt", "--years", "soon"], /--years needs a range/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
