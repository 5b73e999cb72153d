// Hostile-input scaling: each formerly quadratic (or exponential) input timed at n and 4n; linear work gives a ratio near 4.
// Run: npx tsx bench/hostile-inputs.ts   (small sizes, a few seconds; prints one line per input)
import type { AuthorName } from "../src/model/types.ts";
import { parseBibtex } from "../src/parse/bibtex.ts";
import { buildCorpus } from "../src/parse/corpus.ts";
import { parseCsv } from "../src/parse/csv.ts";
import { parseDblpXml } from "../src/parse/dblp-xml.ts";
import { decodeLatex } from "../src/parse/latex.ts";
import { parseNetworkLabel } from "../src/parse/network-label.ts";

export interface HostileBenchOptions {
  /** The smaller size of each input (the larger is 4×). */
  n: number;
  /** Timed runs per size; the fastest counts. */
  runs: number;
}

export const DEFAULT_HOSTILE_BENCH_OPTIONS: HostileBenchOptions = { n: 20_000, runs: 3 };

/** Inputs by name: a function of the size that does the work. */
const CASES: Record<string, (n: number) => unknown> = {
  'GML label of n " and"': (n) => parseNetworkLabel(" and".repeat(n)),
  "label of n dotted initials, bad tail": (n) => parseNetworkLabel(`ab${" j.".repeat(n)}1.`),
  "CSV cell with n spaces": (n) =>
    parseCsv(`title,authors\nT,"Ann${" ".repeat(n)}Lee"\n`, { file: "b.csv" }),
  "n authors on one paper": (n) => {
    const authors: AuthorName[] = Array.from({ length: n }, (_, i) => ({
      name: `A${i}`,
      key: `a${i}`,
    }));
    return buildCorpus([
      { file: "b", format: "t", papers: [{ title: "T", authors, line: 1 }], warnings: [] },
    ]);
  },
  "LaTeX: n/4 nested braces": (n) => decodeLatex(`${"{".repeat(n / 4)}x${"}".repeat(n / 4)}`),
  "BibTeX: n entries citing a doubling @string chain": (n) =>
    parseBibtex(
      [
        '@string{m0 = "Jo and "}',
        ...Array.from({ length: 24 }, (_, i) => `@string{m${i + 1} = m${i} # m${i}}`),
        ...Array.from(
          { length: n / 1000 },
          (_, i) => `@article{e${i}, author = m24 # "Ann Lee", title = {T${i}}}`,
        ),
      ].join("\n"),
    ),
  "XML: n/10 references to a 10 KB entity": (n) =>
    parseDblpXml(
      `<!DOCTYPE dblp [<!ENTITY a "${"x".repeat(10_000)}">]><dblp><article key="k"><author>A B</author><title>${"&a;".repeat(n / 10)}</title></article></dblp>`,
      { file: "x.xml" },
    ),
};

function fastest(work: () => unknown, runs: number): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Times every case at n and 4n; returns `[name, ms at n, ms at 4n]` rows. */
export function runHostileBench(
  options: Partial<HostileBenchOptions> = {},
): [string, number, number][] {
  const { n, runs } = { ...DEFAULT_HOSTILE_BENCH_OPTIONS, ...options };
  return Object.entries(CASES).map(([name, work]) => [
    name,
    fastest(() => work(n), runs),
    fastest(() => work(4 * n), runs),
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { n } = DEFAULT_HOSTILE_BENCH_OPTIONS;
  for (const [name, small, large] of runHostileBench())
    console.log(
      `${name.padEnd(52)} n=${n}: ${small.toFixed(1)} ms, 4n: ${large.toFixed(1)} ms, ratio ${(large / small).toFixed(1)}`,
    );
}
