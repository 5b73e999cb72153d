import { describe, expect, it } from "vitest";
import { parseFile } from "../../src/parse/detect.ts";
import { readSavedSources, serializeSources } from "../../src/parse/saved-sources.ts";
import { SourceError } from "../../src/sources/http.ts";
import type { SourceResult } from "../../src/sources/types.ts";
import { explainSourceError } from "../../src/view/import-dialog.ts";

const result: SourceResult = {
  file: "dblp:95/7448-1",
  source: "dblp:95/7448-1",
  format: "dblp-xml",
  owner: { name: "Di Xu", key: "dblp:95/7448-1", ids: { dblp: "95/7448-1" } },
  papers: [
    {
      title: "Logo insertion",
      authors: [
        { name: "Di Xu", key: "dblp:95/7448-1" },
        { name: "Di Xu", key: "dblp:95/7448" },
      ],
      year: 2009,
      line: 4,
    },
  ],
  warnings: [{ file: "dblp:95/7448-1", line: 0, message: "dblp lists 1 other person" }],
};

describe("saved sources", () => {
  it("round-trips, and is detected as a format (the explorer loads an import like a file)", () => {
    const text = serializeSources([result], new Date("2026-12-03T10:00:00Z"));
    expect(readSavedSources(text, "f.json")).toEqual([result]);
    const parsed = parseFile(text, "f.json");
    expect(parsed.format).toBe("saved-sources");
    expect(parsed.owner).toEqual(result.owner);
    expect(parsed.papers).toEqual(result.papers);
    expect(parsed.warnings).toEqual(result.warnings);
  });

  it("refuses other files and skips malformed records with a warning", () => {
    expect(() => readSavedSources("{}", "x.json")).toThrow("x.json: not a saved-sources file");
    expect(() =>
      readSavedSources('{"format":"coauthor-atlas-sources","version":2,"results":[]}', "x.json"),
    ).toThrow(/version 2 is not known/);
    const bad = JSON.parse(serializeSources([result])) as { results: { papers: unknown[] }[] };
    bad.results[0].papers.push({ title: 3 }, { title: "ok", authors: [{ name: "A" }] });
    const [read] = readSavedSources(JSON.stringify(bad), "x.json");
    expect(read.papers).toHaveLength(1);
    expect(read.warnings.at(-1)?.message).toBe("2 malformed saved records skipped");
  });
});

describe("explainSourceError", () => {
  it("words each kind for the dialog", () => {
    const e = (kind: ConstructorParameters<typeof SourceError>[0], message: string, status = 0) =>
      new SourceError(kind, message, "u", status);
    expect(explainSourceError(e("auth", "x", 401), "OpenAlex")).toBe(
      'OpenAlex refused the request (HTTP 401). Check the OpenAlex API key under "Keys", or forget it.',
    );
    expect(
      explainSourceError(
        e(
          "rate-limit",
          "api.openalex.org is rate limiting requests (HTTP 429): try again in 120 s",
        ),
        "OpenAlex",
      ),
    ).toBe(
      "OpenAlex is limiting requests: try again in 120 s. Wait a little and import again; an API key raises the limit.",
    );
    expect(explainSourceError(e("not-found", "dblp has no person 1/2"), "dblp")).toBe(
      "Not found: dblp has no person 1/2.",
    );
    expect(explainSourceError(e("offline", "cannot reach x (fetch failed)"), "Crossref")).toMatch(
      /^(Crossref cannot be reached|You are offline)/,
    );
    expect(explainSourceError(e("cancelled", "cancelled"), "ORCID")).toBe(
      "Import cancelled; nothing was added.",
    );
  });
});
