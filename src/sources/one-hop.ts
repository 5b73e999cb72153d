// One hop out: the coauthors of an author that a live source can fetch, ranked, capped, and what it costs.
import type { Corpus } from "../model/types.ts";
import type { SourceSpec } from "./spec.ts";

export interface OneHopOptions {
  /** Coauthors fetched at most (those with the most shared papers first). */
  cap: number;
}

export const DEFAULT_ONE_HOP_OPTIONS: OneHopOptions = { cap: 20 };

/** The plan for "add this author's coauthors' works". */
export interface OneHopPlan {
  /** Sources to fetch, most shared papers first. */
  specs: SourceSpec[];
  /** Coauthors in all, those a source can fetch (keyed `openalex:` or `dblp:`), and those left out by the cap. */
  coauthors: number;
  fetchable: number;
  capped: number;
  /**
   * Requests it takes at least (one page per OpenAlex author plus its closing empty page, one
   * person page per dblp author) and at most (with the works cut at 100 fetched singly, guessed as
   * one more page per OpenAlex author).
   */
  requests: { min: number; max: number };
}

/** A corpus author id → the spec that fetches that person, or null when no source knows the id. */
export function specOfAuthorId(id: string): SourceSpec | null {
  const openalex = /^openalex:(A\d+)$/.exec(id);
  if (openalex) return { kind: "openalex", id: openalex[1] };
  const dblp = /^dblp:(.+)$/.exec(id);
  if (dblp) return { kind: "dblp", pid: dblp[1] };
  return null;
}

/**
 * Plans one hop from `authorId`: its coauthors in `corpus`, ranked by shared papers (ties by id),
 * those keyed by an OpenAlex or dblp id kept, at most `cap`, with a request estimate to show
 * before anything is fetched.
 */
export function planOneHop(
  corpus: Corpus,
  authorId: string,
  options: Partial<OneHopOptions> = {},
): OneHopPlan {
  const { cap } = { ...DEFAULT_ONE_HOP_OPTIONS, ...options };
  const shared = new Map<string, number>();
  for (const paper of corpus.papers) {
    if (!paper.authors.includes(authorId)) continue;
    for (const a of paper.authors) if (a !== authorId) shared.set(a, (shared.get(a) ?? 0) + 1);
  }
  const ranked = [...shared.entries()]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .map(([id]) => specOfAuthorId(id))
    .filter((s): s is SourceSpec => s !== null);
  const specs = ranked.slice(0, Math.max(0, cap));
  const openalex = specs.filter((s) => s.kind === "openalex").length;
  const dblp = specs.length - openalex;
  return {
    specs,
    coauthors: shared.size,
    fetchable: ranked.length,
    capped: ranked.length - specs.length,
    requests: { min: 2 * openalex + dblp, max: 3 * openalex + dblp },
  };
}
