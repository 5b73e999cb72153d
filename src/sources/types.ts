// The values the live sources hand back: results (parse results plus how complete), candidates, progress.
import type { ParseResult } from "../model/types.ts";

/** What one source fetched: the records a parser would give, plus whether all of it came. */
export interface SourceResult extends ParseResult {
  /** The source as typed (`openalex:A5023888391`); also the result's `file`. */
  source: string;
  /**
   * Set when the fetch stopped midway (a failure after some pages): the records are those fetched
   * so far, and a warning says what is missing.
   */
  partial?: string;
}

/** A person a search found, to pick from. */
export interface AuthorCandidate {
  service: "openalex" | "dblp";
  /** The id to fetch with (`A5023888391`, `95/7448-1`). */
  id: string;
  /** Display name (a dblp homonym number is left out: it is in `id`). */
  name: string;
  /** What tells two namesakes apart: institution, affiliation, the dblp number. */
  detail?: string;
  works?: number;
  orcid?: string;
}

/** One step of a fetch, for progress bars. */
export interface SourceProgress {
  source: string;
  /** Works (or DOIs) fetched so far, and how many there are when known. */
  done: number;
  total?: number;
  /** Requests sent so far. */
  requests: number;
  /** A wait or a retry, in words. */
  note?: string;
}
