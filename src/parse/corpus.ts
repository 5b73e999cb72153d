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
  /** Key → the key as stored (one compact copy, shared by every paper) and its spellings. */
  private readonly entries = new Map<string, { id: string; spellings: string[] }>();

  /** Adds the author (or a new spelling); returns the stored id. */
  add(author: AuthorName): string {
    const entry = this.entries.get(author.key);
    if (entry === undefined) {
      const id = detach(author.key);
      this.entries.set(id, { id, spellings: [detach(author.name)] });
      return id;
    }
    if (!entry.spellings.includes(author.name)) entry.spellings.push(detach(author.name));
    return entry.id;
  }

  /** The stored id of a key already added. */
  id(key: string): string {
    return this.entries.get(key)?.id ?? key;
  }

  /** Adds a spelling only when its key is already an author (from a merged-away duplicate). */
  addVariant(author: AuthorName): void {
    const entry = this.entries.get(author.key);
    if (entry !== undefined && !entry.spellings.includes(author.name))
      entry.spellings.push(detach(author.name));
  }

  /** Authors in first-met order; the display name is the first spelling with most diacritics. */
  authors(): Author[] {
    const out: Author[] = [];
    for (const { id, spellings } of this.entries.values()) {
      let best = spellings[0];
      for (const name of spellings) if (diacriticScore(name) > diacriticScore(best)) best = name;
      out.push({ id, name: best, variants: spellings.filter((n) => n !== best) });
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
  const builder = createCorpusBuilder(options);
  for (const result of results) {
    builder.beginFile(result.file);
    builder.endFile(result);
  }
  return builder.finish();
}

/**
 * {@link buildCorpus} one piece at a time, so that a large file's papers can be merged as the
 * parser reads them instead of being held in a ParseResult first. Per file: `beginFile`, then
 * (optionally) its owner and papers as they come, then `endFile` with the file's result (whose
 * owner, papers, authors and links are added then, after any streamed ones). The corpus is the
 * same as buildCorpus of the results with the streamed owner and papers put back in.
 */
export interface CorpusBuilder {
  beginFile(file: string): void;
  /** The current file's owner, before its papers. */
  addOwner(owner: AuthorName): void;
  /** One paper record of the current file. */
  addPaper(record: PaperRecord): void;
  /** Ends the current file: its format and warnings, and what the result still holds. */
  endFile(result: ParseResult): void;
  /** The corpus; the builder is spent. */
  finish(): Corpus;
}

/** Creates a {@link CorpusBuilder}. */
export function createCorpusBuilder(options: Partial<BuildCorpusOptions> = {}): CorpusBuilder {
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
  let file = "";
  /** The current file's merge warnings: they follow the file's own warnings, known at its end. */
  let fileWarnings: Warning[] = [];

  const addOwner = (owner: AuthorName): void => {
    const id = table.add(owner);
    if (!owners.includes(id)) owners.push(id);
  };

  const addPaper = (record: PaperRecord): void => {
    const ids: string[] = [];
    for (const author of record.authors) {
      const id = author.key;
      if (ids.includes(id))
        fileWarnings.push({
          file,
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
      fileWarnings.push({
        file,
        line: record.line,
        message: `duplicate of paper at ${match.file}:${match.line}, merged (${basis})`,
      });
    } else {
      for (const author of record.authors) table.add(author);
      match = toPaper(
        record,
        `p${papers.length + 1}`,
        ids.map((id) => table.id(id)),
        file,
      );
      papers.push(match);
    }
    if (doi !== "" && !byDoi.has(doi)) byDoi.set(doi, match);
    if (titleKey !== "" && !byTitle.has(titleKey)) byTitle.set(titleKey, match);
  };

  return {
    beginFile(name) {
      file = name;
      fileWarnings = [];
    },
    addOwner,
    addPaper,
    endFile(result) {
      files.push({ file: result.file, format: result.format });
      for (const w of result.warnings) warnings.push({ ...w, message: detach(w.message) });
      if (result.owner) addOwner(result.owner);
      for (const record of result.papers) addPaper(record);
      for (const w of fileWarnings) warnings.push({ ...w, message: detach(w.message) });
      fileWarnings = [];
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
    },
    finish() {
      for (const author of duplicateNames) table.addVariant(author);
      const corpus: Corpus = {
        papers,
        authors: table.authors(),
        links: [...links.values()],
        owners,
        files,
        warnings,
      };
      // The lookups are large (a key per paper) and done with, whoever still holds the builder.
      byDoi.clear();
      byTitle.clear();
      links.clear();
      duplicateNames.length = 0;
      return corpus;
    },
  };
}

function toPaper(record: PaperRecord, id: string, authors: string[], file: string): Paper {
  const paper: Paper = { id, title: detach(record.title), authors, file, line: record.line };
  fillMissing(paper, record);
  return paper;
}

/** Fills the paper's missing year, venue, DOI (normalized) and abstract from a record. */
function fillMissing(paper: Paper, record: PaperRecord): void {
  if (paper.year === undefined && record.year !== undefined) paper.year = record.year;
  if (paper.venue === undefined && record.venue) paper.venue = detach(record.venue);
  const doi = record.doi === undefined ? "" : normalizeDoi(record.doi);
  if (paper.doi === undefined && doi !== "") paper.doi = detach(doi);
  if (paper.abstract === undefined && record.abstract) paper.abstract = detach(record.abstract);
}

/**
 * A compact copy of `text`. A parser's strings are often slices of the text it read (or joins
 * of such slices), and a JS engine may keep the whole text (a 1 MB chunk of a streamed file)
 * alive for one short slice; the corpus outlives that text, so it keeps copies. (In V8 the
 * concatenation is flattened into a new string when sliced.)
 */
function detach(text: string): string {
  return ` ${text}`.slice(1);
}
