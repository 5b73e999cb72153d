// Time of suggestMerges on synthetic corpora of ~10k and ~20k authors with initials-only variants.
import type { ParseResult } from "../src/model/types.ts";
import { buildCorpus } from "../src/parse/corpus.ts";
import { suggestMerges } from "../src/parse/merge-suggestions.ts";
import { parseName } from "../src/parse/names.ts";
import { parseProfile } from "../src/parse/profile.ts";
import { generateCorpus } from "./generate-corpus.ts";
import { readFileSync, existsSync } from "node:fs";
import { parseFile } from "../src/parse/detect.ts";

export interface MergeBenchOptions {
  /** Papers of each generated corpus; every 10th gets a copy whose given names are initials. */
  sizes: number[];
  runs: number;
}

export const DEFAULT_MERGE_BENCH_OPTIONS: MergeBenchOptions = { sizes: [20000, 40000], runs: 5 };

/** A profile corpus plus, for every 10th paper, a copy signed `J. Smith` instead of `John Smith`. */
function withVariants(papers: number): ParseResult {
  const result = parseProfile(generateCorpus({ papers, seed: 3 }), { file: `gen-${papers}.txt` });
  const variants = result.papers
    .filter((_, i) => i % 10 === 0)
    .map((p, i) => ({
      ...p,
      title: `variant ${i} of ${p.title}`,
      authors: p.authors.map((a) => parseName(a.name.replace(/^(\p{L})\p{L}+/u, "$1.")) ?? a),
    }));
  return { ...result, papers: [...result.papers, ...variants] };
}

/** Best-of-`runs` milliseconds of suggestMerges (with the parse results as sources) per size. */
export function benchMergeSuggestions(options: Partial<MergeBenchOptions> = {}): string[] {
  const { sizes, runs } = { ...DEFAULT_MERGE_BENCH_OPTIONS, ...options };
  const rows: string[] = [];
  for (const size of sizes) {
    const result = withVariants(size);
    const corpus = buildCorpus([result]);
    let best = Infinity;
    let count = 0;
    for (let i = 0; i <= runs; i++) {
      const t0 = performance.now();
      count = suggestMerges(corpus, { sources: [result] }).length;
      if (i > 0) best = Math.min(best, performance.now() - t0);
    }
    rows.push(
      `${corpus.papers.length} papers, ${corpus.authors.length} authors: ${count} suggestions in ${best.toFixed(0)} ms`,
    );
  }
  return rows;
}

/** Real corpora (../shared/corpora, relative to the repository root) timed the same way. */
export const REAL_CORPORA = ["hep-th.gml", "krr.bib", "scopus.bib", "dblp.bib", "netscience.gml"];

/** Best-of-`runs` milliseconds of suggestMerges on each real corpus found under `dir`. */
export function benchRealCorpora(dir: string, runs = 5): string[] {
  const rows: string[] = [];
  for (const name of REAL_CORPORA) {
    const path = `${dir}/${name}`;
    if (!existsSync(path)) {
      rows.push(`${name}: not found at ${path}, skipped`);
      continue;
    }
    const result = parseFile(readFileSync(path, "utf8"), name);
    const corpus = buildCorpus([result]);
    let best = Infinity;
    let count = 0;
    for (let i = 0; i <= runs; i++) {
      const t0 = performance.now();
      count = suggestMerges(corpus, { sources: [result] }).length;
      if (i > 0) best = Math.min(best, performance.now() - t0);
    }
    rows.push(
      `${name}: ${corpus.papers.length} papers, ${corpus.authors.length} authors: ${count} suggestions in ${best.toFixed(0)} ms`,
    );
  }
  return rows;
}

if (process.argv[1]?.endsWith("merge-suggestions.ts")) {
  console.log(
    `suggestMerges, node ${process.version}, best of ${DEFAULT_MERGE_BENCH_OPTIONS.runs} runs`,
  );
  for (const row of benchMergeSuggestions()) console.log(row);
  for (const row of benchRealCorpora("../shared/corpora")) console.log(row);
}
