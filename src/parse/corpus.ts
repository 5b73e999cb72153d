// Merges parse results into one Corpus: authors by key, duplicate papers by DOI or title + authors.
import type {
  Author,
  AuthorName,
  Corpus,
  Paper,
  PaperRecord,
  ParseResult,
  Warning,
} from "../model/types.ts";
import { foldText } from "./names.ts";

export interface BuildCorpusOptions {
  /** Merge duplicate papers (same DOI, or same normalized title and author keys). */
  mergeDuplicates: boolean;
}

export const DEFAULT_BUILD_CORPUS_OPTIONS: BuildCorpusOptions = { mergeDuplicates: true };

/**
 * Normalizes a title for duplicate detection: case, diacritics and punctuation folded as in
 * author keys (`H³Fusion: Helpful, Harmless` → `h3fusion helpful harmless`).
 */
export function normalizeTitle(title: string): string {
  return foldText(title.normalize("NFKC"));
}

/**
 * Normalizes a DOI: trimmed, lower case, without a `https://doi.org/`, `http://dx.doi.org/` or
 * `doi:` prefix. Returns "" when nothing is left.
 */
export function normalizeDoi(doi: string): string {
  return doi
    .trim()
    .replace(/^(?:https?:\/\/)?(?:dx\.)?doi\.org\//i, "")
    .replace(/^doi:\s*/i, "")
    .trim()
    .toLowerCase();
}

/** Counts letters that are not plain ASCII (`á`, `ø`, `ł`…): more means a richer spelling. */
function diacriticScore(name: string): number {
  let score = 0;
  for (const ch of name.normalize("NFC")) if (/\p{L}/u.test(ch) && ch > "\u007f") score++;
  return score;
}

/** Collects display spellings per author key, in first-met order. */
class AuthorTable {
  private readonly spellings = new Map<string, string[]>();

  add(author: AuthorName): string {
    const list = this.spellings.get(author.key);
    if (list === undefined) this.spellings.set(author.key, [author.name]);
    else if (!list.includes(author.name)) list.push(author.name);
    return author.key;
  }

  /** Adds a spelling only when its key is already an author (from a merged-away duplicate). */
  addVariant(author: AuthorName): void {
    const list = this.spellings.get(author.key);
    if (list !== undefined && !list.includes(author.name)) list.push(author.name);
  }

  /** Authors in first-met order; the display name is the first spelling with most diacritics. */
  authors(): Author[] {
    const out: Author[] = [];
    for (const [id, list] of this.spellings) {
      let best = list[0];
      for (const name of list) if (diacriticScore(name) > diacriticScore(best)) best = name;
      out.push({ id, name: best, variants: list.filter((n) => n !== best) });
    }
    return out;
  }
}

/**
 * Merges parse results, in load order, into one corpus. Authors are identified by key (display
 * name: the spelling with the most non-ASCII letters, `Novák` over `Novak`; other spellings in
 * `variants`); each result's owner comes first. Papers are merged, within and across files, by
 * normalized DOI, else by normalized title plus the same set of author keys (even when both carry
 * different DOIs, e.g. a preprint and its published version); the merged paper keeps the first
 * record's fields, fills a missing year, venue, DOI or abstract from the duplicate, and each merge
 * is reported as a warning on the duplicate. A merged-away duplicate adds no authors (its byline
 * is not in the corpus): its spellings only join the `variants` of authors already met by key.
 * Authors come from kept papers, network-file authors and links, and owners. DOIs are stored
 * normalized. Paper ids are `p1`, `p2`, … in load order.
 * Links are keyed by their unordered author pair and their weights summed.
 */
export function buildCorpus(
  results: ParseResult[],
  options: Partial<BuildCorpusOptions> = {},
): Corpus {
  const { mergeDuplicates } = { ...DEFAULT_BUILD_CORPUS_OPTIONS, ...options };
  const table = new AuthorTable();
  const papers: Paper[] = [];
  const warnings: Warning[] = [];
  const owners: string[] = [];
  const files: Corpus["files"] = [];
  const byDoi = new Map<string, Paper>();
  const byTitle = new Map<string, Paper>();
  const links = new Map<string, { source: string; target: string; weight: number }>();
  const duplicateNames: AuthorName[] = [];

  for (const result of results) {
    files.push({ file: result.file, format: result.format });
    warnings.push(...result.warnings);
    if (result.owner) {
      const id = table.add(result.owner);
      if (!owners.includes(id)) owners.push(id);
    }
    for (const record of result.papers) {
      const ids: string[] = [];
      for (const author of record.authors) {
        const id = author.key;
        if (ids.includes(id))
          warnings.push({
            file: result.file,
            line: record.line,
            message: `author "${author.name}" listed twice on "${record.title}"; kept once`,
          });
        else ids.push(id);
      }
      const doi = record.doi === undefined ? "" : normalizeDoi(record.doi);
      const title = normalizeTitle(record.title);
      const titleKey = title === "" ? "" : `${title}\u0000${[...ids].sort().join("\u0001")}`;

      let match: Paper | undefined;
      let basis = "";
      if (mergeDuplicates) {
        if (doi !== "" && byDoi.has(doi)) {
          match = byDoi.get(doi);
          basis = "same DOI";
        } else if (titleKey !== "" && byTitle.has(titleKey)) {
          match = byTitle.get(titleKey);
          basis = "same title and authors";
        }
      }
      if (match) {
        // The duplicate's byline adds no authors, only spellings of authors known by the end.
        duplicateNames.push(...record.authors);
        fillMissing(match, record);
        warnings.push({
          file: result.file,
          line: record.line,
          message: `duplicate of paper at ${match.file}:${match.line}, merged (${basis})`,
        });
      } else {
        for (const author of record.authors) table.add(author);
        match = toPaper(record, `p${papers.length + 1}`, ids, result.file);
        papers.push(match);
      }
      if (doi !== "" && !byDoi.has(doi)) byDoi.set(doi, match);
      if (titleKey !== "" && !byTitle.has(titleKey)) byTitle.set(titleKey, match);
    }
    for (const author of result.authors ?? []) table.add(author);
    for (const link of result.links ?? []) {
      const source = table.add(link.source);
      const target = table.add(link.target);
      const [a, b] = source < target ? [source, target] : [target, source];
      const key = `${a}\u0000${b}`;
      const existing = links.get(key);
      if (existing) existing.weight += link.weight;
      else links.set(key, { source: a, target: b, weight: link.weight });
    }
  }

  for (const author of duplicateNames) table.addVariant(author);

  return {
    papers,
    authors: table.authors(),
    links: [...links.values()],
    owners,
    files,
    warnings,
  };
}

function toPaper(record: PaperRecord, id: string, authors: string[], file: string): Paper {
  const paper: Paper = { id, title: record.title, authors, file, line: record.line };
  fillMissing(paper, record);
  return paper;
}

/** Fills the paper's missing year, venue, DOI (normalized) and abstract from a record. */
function fillMissing(paper: Paper, record: PaperRecord): void {
  if (paper.year === undefined && record.year !== undefined) paper.year = record.year;
  if (paper.venue === undefined && record.venue) paper.venue = record.venue;
  const doi = record.doi === undefined ? "" : normalizeDoi(record.doi);
  if (paper.doi === undefined && doi !== "") paper.doi = doi;
  if (paper.abstract === undefined && record.abstract) paper.abstract = record.abstract;
}
