// Each paper's authors as indices into the corpus's author list, noted by the corpus builder so a field-scale network need not look 3M ids up again.
import type { Corpus } from "./types.ts";

/** Authors of paper p as indices into `corpus.authors`: `nodes[offsets[p] … offsets[p + 1] - 1]`, byline order. */
export interface PaperAuthorNodes {
  offsets: Int32Array;
  nodes: Int32Array;
}

/** Noted indices by the corpus's paper list, with the author list they index (both by identity). */
const noted = new WeakMap<
  Corpus["papers"],
  { authors: Corpus["authors"]; indices: PaperAuthorNodes }
>();

/**
 * Notes `indices` as the author indices of `corpus`'s papers. The caller vouches for them, and
 * that neither list is changed in place afterwards; a corpus made from this one (new lists, as
 * windowing, thesauri and cuts make) has none.
 */
export function notePaperAuthorNodes(corpus: Corpus, indices: PaperAuthorNodes): void {
  noted.set(corpus.papers, { authors: corpus.authors, indices });
}

/**
 * The noted author indices of `corpus`'s papers, or null when none were noted for these very
 * paper and author lists (then look the ids up).
 */
export function paperAuthorNodesOf(corpus: Corpus): PaperAuthorNodes | null {
  const entry = noted.get(corpus.papers);
  if (entry === undefined || entry.authors !== corpus.authors) return null;
  return entry.indices.offsets.length === corpus.papers.length + 1 ? entry.indices : null;
}
