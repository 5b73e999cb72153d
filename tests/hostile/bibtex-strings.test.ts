// Hostile input: @string chains that double at each level are capped, and their warnings too.
import { describe, expect, it } from "vitest";
import { MAX_MACRO_EXPANSION } from "../../src/parse/bibtex-reader.ts";
import { expectHandled, run, tempDir, write } from "./run.ts";

const dir = tempDir("strings");
/** `@string{m0 = "Jo and "}`, then each `m{i} = m{i-1} # m{i-1}`: 2^levels copies. */
const chain = (levels: number): string[] => [
  '@string{m0 = "Jo and "}',
  ...Array.from({ length: levels }, (_, i) => `@string{m${i + 1} = m${i} # m${i}}`),
];

describe("@string chains", () => {
  it("29 levels, unused: the file loads, with one warning per capped macro", async () => {
    const path = write(
      dir,
      "unused.bib",
      [...chain(29), "@article{a, author={Ann Lee and Bo Chen}, title={T}}"].join("\n"),
    );
    const result = await run(["analyze", path, "--format", "json"]);
    expectHandled(result, path);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).summary).toMatchObject({ papers: 1, authors: 2 });
    // "Jo and " is 7 characters: 2^15 copies pass the cap first.
    expect(7 * 2 ** 14).toBeLessThanOrEqual(MAX_MACRO_EXPANSION);
    expect(7 * 2 ** 15).toBeGreaterThan(MAX_MACRO_EXPANSION);
    expect(result.stderr).toContain(`unused.bib:16: field 'm15': @string macros expand past`);
  });

  it("22 levels used as an author list: bounded authors and a bounded number of warnings", async () => {
    const path = write(
      dir,
      "used.bib",
      [...chain(22), '@article{a, author = m22 # "Ann Lee", title = {T}}'].join("\n"),
    );
    const result = await run(["analyze", path, "--format", "json"]);
    expectHandled(result, path);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { authors: { name: string }[] };
    expect(report.authors.map((a) => a.name).sort()).toEqual(["Ann Lee", "Jo"]);
    // Repeats of one kind are capped: far fewer lines than the ~18 000 names listed twice.
    expect(result.stderr.split("\n").length).toBeLessThan(60);
    expect(result.stderr).toMatch(/more warnings of this kind \(author listed twice\)/);
  });
});
