// Issue 14 on real files: years in the JSON contract, --years windows and --color year.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import type { Report } from "../../src/export/json-report.ts";
import { sharedCorpus } from "../metrics/helpers.ts";

async function run(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** Entries of a BibTeX file with an author field, by their `year` field (independent of our parser). */
function bibtexYears(text: string): (number | null)[] {
  return text
    .split(/\n@/)
    .slice(1)
    .filter((entry) => /^\s*author\s*=/m.test(entry))
    .map((entry) => {
      const m = /^\s*year\s*=\s*[{"]?(\d{4})/m.exec(entry);
      return m ? Number(m[1]) : null;
    });
}

const DBLP = sharedCorpus("dblp.bib");
const KRR = sharedCorpus("krr.bib");

describe.skipIf(!DBLP)("years on dblp.bib", () => {
  const path = DBLP as string;

  it("gives every author the first and last year of their papers, every edge of its papers", async () => {
    const { code, stdout } = await run(["analyze", path, "--format", "json"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    const year = new Map(report.papers.map((p) => [p.id, p.year]));
    const byAuthor = new Map<string, number[]>();
    for (const p of report.papers)
      for (const a of p.authors)
        if (p.year !== null) byAuthor.set(a, [...(byAuthor.get(a) ?? []), p.year]);
    for (const a of report.authors) {
      const ys = byAuthor.get(a.id) ?? [];
      expect([a.firstYear, a.lastYear], a.id).toEqual(
        ys.length ? [Math.min(...ys), Math.max(...ys)] : [null, null],
      );
      if (ys.length) expect(a.meanYear).toBeCloseTo(ys.reduce((s, y) => s + y, 0) / ys.length, 9);
    }
    for (const e of report.edges) {
      const ys = e.papers.map((id) => year.get(id) as number);
      expect(e.firstYear).toBe(Math.min(...ys));
      expect(e.lastYear).toBe(Math.max(...ys));
    }
  });

  it("--years 2010-2015 keeps exactly the papers of those years", async () => {
    const expected = bibtexYears(readFileSync(path, "utf8")).filter(
      (y) => y !== null && y >= 2010 && y <= 2015,
    ).length;
    const { code, stdout, stderr } = await run([
      "analyze",
      path,
      "--years",
      "2015-2010",
      "--format",
      "json",
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.summary.papers).toBe(expected);
    expect(report.papers.every((p) => p.year !== null && p.year >= 2010 && p.year <= 2015)).toBe(
      true,
    );
    expect(stderr).toContain(`years 2010–2015: ${expected} dated papers kept`);
  });
});

describe.skipIf(!KRR)("--color year on krr.bib", () => {
  it("colours authors along viridis with a legend of years", async () => {
    const { code, stdout } = await run([
      "analyze",
      KRR as string,
      "--color",
      "year",
      "--format",
      "svg",
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain(">Mean publication year<");
    const labels = [...stdout.matchAll(/<text[^>]*>(?:[≥≤] )?((?:19|20)\d\d)<\/text>/g)].map((m) =>
      Number(m[1]),
    );
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(labels).toEqual([...labels].sort((a, b) => b - a));
    // krr.bib has undated papers: some authors have no dated paper.
    expect(stdout).toContain(">no dated paper<");
  });
});
