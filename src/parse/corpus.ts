// Merges parse results into one Corpus: authors by key, duplicate papers (dedup rules), homonyms told apart.
import type {
  Author,
  AuthorName,
  Corpus,
  Paper,
  PaperRecord,
  ParseResult,
  Warning,
} from "../model/types.ts";
import { editionConflict, isPreprint } from "./duplicate-rules.ts";
import { disambiguateHomonyms } from "./homonyms.ts";
import { withoutControlCharacters } from "./names.ts";
import type { AuthorIds } from "../model/types.ts";
import { idsConflict, idTokens, mergeIds } from "./author-ids.ts";
import { createWarningLog, type WarningLog } from "./warning-log.ts";
import { cleanMessage } from "./warning-text.ts";
import { notePaperAuthorNodes } from "../model/paper-author-nodes.ts";
import { GrowableInt32 } from "../model/growable.ts";
import { normalizeTitle, recordTitleHash } from "./title-key.ts";
import { TitleIndex } from "./title-index.ts";
import { SerialTable } from "./name-serial.ts";

export { normalizeTitle } from "./title-key.ts";

export interface BuildCorpusOptions {
  /** Merge duplicate papers (same DOI, or same normalized title and author keys; see buildCorpus). */
  mergeDuplicates: boolean;
  /**
   * The coauthor projection's author cap: papers with more authors add no coauthorships, and
   * each file with such papers gets one warning counting them.
   */
  maxAuthors: number;
}

export const DEFAULT_BUILD_CORPUS_OPTIONS: BuildCorpusOptions = {
  mergeDuplicates: true,
  maxAuthors: 50,
};

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
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(name)) return 0;
  let score = 0;
  for (const ch of name.normalize("NFC")) if (ch > "\u007f" && /\p{L}/u.test(ch)) score++;
  return score;
}

/** An author of the table: its id, its place in the author list, spellings and identifiers. */
interface AuthorEntry {
  /** The key as stored (one compact copy, shared by every paper). */
  id: string;
  /** Position in {@link AuthorTable.authors}: entries are listed in the order they were made. */
  index: number;
  spellings: Set<string>;
  ids?: AuthorIds;
}

/** Collects display spellings per author key, in first-met order. */
class AuthorTable {
  /** Key → its entry. */
  private readonly entries = new Map<string, AuthorEntry>();
  /** Author identifiers (`orcid:…`) and keys met through them → the entry they belong to. */
  private readonly aliases = new Map<string, string>();
  /**
   * Names' entry indices by serial (name-serial.ts: one unchanging name object), for
   * names added before while no alias could send one elsewhere: no key to look up again.
   */
  private readonly bySerial = new SerialTable();
  /** The entries by index. */
  private readonly list: AuthorEntry[] = [];
  /** The entries' ids by index: a byline's ids without loading each entry. */
  readonly ids: string[] = [];

  /** The entry of an author: by key, else by one of its identifiers (no conflicting one). */
  private find(author: AuthorName) {
    // Most corpora have no identifiers: no alias to look up first.
    const key = this.aliases.size === 0 ? author.key : (this.aliases.get(author.key) ?? author.key);
    const entry = this.entries.get(key);
    if (entry !== undefined || author.ids === undefined) return entry;
    for (const token of idTokens(author.ids)) {
      const other = this.entries.get(this.aliases.get(token) ?? "");
      if (other !== undefined && !idsConflict(other.ids, author.ids)) return other;
    }
    return undefined;
  }

  /** Adds the author (or a new spelling, or identifiers); returns the stored id. */
  add(input: AuthorName): string {
    return this.entry(input).id;
  }

  /** {@link add}, returning the author's entry. */
  entry(input: AuthorName): AuthorEntry {
    const known = this.known(input);
    if (known >= 0) return this.list[known];
    const entry = this.addNew(input);
    if (input.ids === undefined) this.bySerial.set(input, entry.index);
    return entry;
  }

  /**
   * The index of the entry of a name with a serial added before, or -1 (no serial, not added,
   * or an alias may since send it elsewhere). Without aliases a name's entry never changes.
   */
  known(input: AuthorName): number {
    return this.aliases.size === 0 ? this.bySerial.get(input) : -1;
  }

  /** {@link entry} without the object cache. */
  private addNew(input: AuthorName): AuthorEntry {
    const author = cleanName(input);
    let entry = this.find(author);
    if (entry === undefined) {
      const id = detach(author.key);
      entry = { id, index: this.entries.size, spellings: new Set([detach(author.name)]) };
      this.entries.set(id, entry);
      this.list.push(entry);
      this.ids.push(id);
    } else if (!entry.spellings.has(author.name)) entry.spellings.add(detach(author.name));
    if (author.ids !== undefined) {
      if (entry.ids === undefined) entry.ids = {};
      mergeIds(entry.ids, author.ids);
      for (const token of idTokens(author.ids))
        if (!this.aliases.has(token)) this.aliases.set(token, entry.id);
      if (author.key !== entry.id) this.aliases.set(author.key, entry.id);
    }
    return entry;
  }

  /** True while no identifier has aliased a key: then `add` returns what `id` would. */
  unaliased(): boolean {
    return this.aliases.size === 0;
  }

  /** The stored id of a key already added. */
  id(key: string): string {
    const aliased = this.aliases.get(key);
    if (aliased !== undefined) return aliased;
    return this.entries.get(key)?.id ?? key;
  }

  /** Adds a spelling only when its key is already an author (from a merged-away duplicate). */
  addVariant(input: AuthorName): void {
    const author = cleanName(input);
    const entry = this.find(author);
    if (entry !== undefined && !entry.spellings.has(author.name))
      entry.spellings.add(detach(author.name));
  }

  /** Authors in first-met order; the display name is the first spelling with most diacritics. */
  authors(): Author[] {
    const out: Author[] = [];
    for (const { id, spellings, ids } of this.entries.values()) {
      const withIds = (author: Author): Author => (ids === undefined ? author : { ...author, ids });
      if (spellings.size === 1) {
        out.push(withIds({ id, name: spellings.values().next().value as string, variants: [] }));
        continue;
      }
      const all = [...spellings];
      let best = all[0];
      let bestScore = diacriticScore(best);
      for (const name of all) {
        const score = diacriticScore(name);
        if (score > bestScore) [best, bestScore] = [name, score];
      }
      out.push(withIds({ id, name: best, variants: all.filter((n) => n !== best) }));
    }
    return out;
  }
}

/**
 * Merges parse results, in load order, into one corpus. Authors are identified by key (display
 * name: the spelling with the most non-ASCII letters, `Novák` over `Novak`; other spellings in
 * `variants`); each result's owner comes first. Authors that still share a display name are told
 * apart ({@link disambiguateHomonyms}: `Wei Wang (0032)`, `Wei Wang (0086)`).
 * Authors with identifiers (ORCID, Scopus id: keys `orcid:…`) are one author when they share an
 * identifier and have no conflicting one, and carry every identifier met in `ids`; an author with
 * an identifier and one without are never merged here, whatever their names (see suggestMerges).
 *
 * Records without authors are left out: they are no part of a coauthor network (the parsers
 * report them in one summary warning per file). Papers are merged, within and across files:
 * - the same normalized DOI is one paper;
 * - else the same normalized title and the same set of author keys is one paper, unless the two
 *   have different DOIs, different known years or different known venues (a 2008 and a 2016
 *   edition, a workshop and a journal version: {@link editionConflict}) — a preprint (arXiv/CoRR,
 *   bioRxiv, SSRN, …) and its published version are one paper whatever their fields;
 * - so exact duplicates (one record in two files, a profile pasted twice) merge.
 * The merged paper keeps the first record's fields, fills a missing year, venue, DOI or abstract
 * from the duplicate, and each merge is reported as a warning on the duplicate. A merged-away
 * duplicate adds no authors (its byline is not in the corpus): its spellings only join the
 * `variants` of authors already met by key. Authors come from kept papers, network-file authors
 * and links, and owners. DOIs are stored normalized. Paper ids are `p1`, `p2`, … in load order.
 * Links are keyed by their unordered author pair and their weights summed (keeping the first
 * file that linked the pair); authors of network files are listed in `networkAuthors` with the
 * first network file that named them and its node data. Papers with more than `maxAuthors`
 * authors are counted in one warning per file (they add no coauthorships).
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
  const { mergeDuplicates, maxAuthors } = {
    ...DEFAULT_BUILD_CORPUS_OPTIONS,
    ...options,
  };
  const table = new AuthorTable();
  const papers: Paper[] = [];
  const warnings: Warning[] = [];
  const owners = new Set<string>();
  const files: Corpus["files"] = [];
  /** Normalized DOI → the index of its paper. */
  const byDoi = new Map<string, number>();
  /**
   * Papers by title hash: each entry a paper and the record it was met with. An entry's value
   * is the paper's index when the record is the paper's own (its title and, while no identifier
   * aliased a key, its author keys are the paper's); else it is -1 - i with `others[i]` holding
   * the paper, the record's normalized title and author keys (a merged duplicate, or keys that
   * an identifier sent elsewhere). Most titles are met once: nothing but three numbers kept.
   */
  const byTitle = new TitleIndex();
  const others: TitleEntry[] = [];
  /** Of the entries filed under a title's hash, those with exactly this normalized title. */
  const titleEntries = (filed: readonly number[], title: string): TitleEntry[] => {
    const out: TitleEntry[] = [];
    for (const entry of filed) {
      const value = byTitle.value(entry);
      if (value < 0) {
        const other = others[-1 - value];
        if (other.title === title) out.push(other);
      } else {
        const paper = papers[value];
        if (normalizeTitle(paper.title) === title)
          out.push({ paper: value, title, ids: paper.authors });
      }
    }
    return out;
  };
  const links = new Map<string, Corpus["links"][number]>();
  const networkAuthors: NonNullable<Corpus["networkAuthors"]> = {};
  let sawNetwork = false;
  const duplicateNames: AuthorName[] = [];
  /** Each kept paper's authors as author indices (valid while no identifier aliased a key). */
  const paperNodes = new GrowableInt32();
  const paperNodeOffsets = new GrowableInt32();
  paperNodeOffsets.push(0);
  let file = "";
  /** The current file's merge warnings: they follow the file's own warnings, known at its end. */
  let fileLog: WarningLog = createWarningLog(file);
  /** The current file's papers above the author cap, and the largest byline among them. */
  let hyper = { count: 0, most: 0, line: 0 };

  const addOwner = (owner: AuthorName): void => {
    owners.add(table.add(owner));
  };

  /** The entry index of every author of a byline when all were met before by serial, else null. */
  const knownEntries = (authors: readonly AuthorName[]): number[] | null => {
    const out = new Array<number>(authors.length);
    for (let i = 0; i < authors.length; i++) {
      const known = table.known(authors[i]);
      if (known < 0) return null;
      out[i] = known;
    }
    return out;
  };

  const addPaper = (record: PaperRecord): void => {
    // Author-less records are no part of a coauthor network (the parser reported them).
    if (record.authors.length === 0) return;
    const ids: string[] = [];
    /** Where in the byline each of `ids` is first met. */
    const firsts: number[] = [];
    // Names met before by serial (a parse worker's, a memo's) have their entries: compared as
    // numbers, while no alias could make two entries one. Else by key.
    const nodes = knownEntries(record.authors);
    // Short bylines (nearly all) are searched; long ones (hyperauthorship) use a set.
    const seen = record.authors.length > 16 ? new Set<string | number>() : null;
    record.authors.forEach((author, i) => {
      const id = nodes === null ? author.key : nodes[i];
      const met =
        seen !== null
          ? seen.has(id)
          : nodes === null
            ? ids.includes(id as string)
            : nodes.indexOf(id as number) < i;
      if (met)
        fileLog.add(
          record.line,
          `author "${author.name}" listed twice on "${record.title}"; kept once`,
          "author listed twice",
        );
      else {
        ids.push(nodes === null ? (id as string) : table.ids[id as number]);
        firsts.push(i);
        seen?.add(id);
      }
    });
    const doi = record.doi === undefined ? "" : normalizeDoi(record.doi);
    const hash = record.titleHash ?? recordTitleHash(record.title);
    // Titles are normalized here only when their hash was met before (a duplicate, or rarely
    // another title with the same hash).
    const filed = hash === undefined ? NO_ENTRIES : byTitle.entries(hash);
    const title = filed.length > 0 ? normalizeTitle(record.title) : "";
    const sameTitle = filed.length > 0 ? titleEntries(filed, title) : NO_TITLE_ENTRIES;
    const authorsKey = sameTitle.length === 0 ? "" : sortedKeys(ids);
    const fields = {
      year: record.year,
      venue: record.venue || undefined,
      doi: doi === "" ? undefined : doi,
    };

    let match = -1;
    let basis = "";
    if (mergeDuplicates) {
      const byDoiMatch = doi === "" ? undefined : byDoi.get(doi);
      if (byDoiMatch !== undefined) {
        match = byDoiMatch;
        basis = "same DOI";
      } else {
        match =
          sameTitle.find(
            (e) =>
              authorsKeyOf(e) === authorsKey && editionConflict(papers[e.paper], fields) === null,
          )?.paper ?? -1;
        if (match >= 0)
          basis =
            isPreprint(papers[match]) !== isPreprint(fields)
              ? "same title and authors, a preprint and its publication"
              : "same title and authors";
      }
    }
    /** The record is its paper's own: its title and author keys are the paper's. */
    let own = false;
    if (match >= 0) {
      const paper = papers[match];
      // The duplicate's byline adds no authors, only spellings of authors known by the end.
      for (const author of record.authors) duplicateNames.push(author);
      fillMissing(paper, record);
      fileLog.add(
        record.line,
        `duplicate of paper at ${paper.file}:${paper.line}, merged (${basis})`,
      );
    } else {
      const stored = nodes ?? record.authors.map((author) => table.entry(author).index);
      // The ids in byline order, once each. Without aliases each key is its own author; an
      // identifier may have merged two keys into one.
      const unaliased = table.unaliased();
      // (Names known by serial: `ids` already holds their entries' ids in byline order.)
      const authors = unaliased
        ? nodes !== null
          ? ids
          : firsts.map((i) => table.ids[stored[i]])
        : [...new Set(ids.map((id) => table.id(id)))];
      // Once an identifier aliased a key the indices are not noted (see finish): none to keep.
      if (unaliased) {
        for (const i of firsts) paperNodes.push(stored[i]);
        paperNodeOffsets.push(paperNodes.length);
      }
      match = papers.length;
      own = unaliased;
      papers.push(toPaper(record, `p${papers.length + 1}`, authors, file));
      if (ids.length > maxAuthors) {
        if (hyper.count === 0) hyper.line = record.line;
        hyper.count++;
        hyper.most = Math.max(hyper.most, ids.length);
      }
    }
    if (doi !== "" && !byDoi.has(doi)) byDoi.set(doi, match);
    if (hash !== undefined) {
      const paper = match;
      if (sameTitle.length === 0 && own) byTitle.add(hash, paper);
      else if (!sameTitle.some((e) => e.paper === paper && authorsKeyOf(e) === authorsKey)) {
        const entry: TitleEntry = { paper, title: title || normalizeTitle(record.title), ids };
        if (sameTitle.length > 0) entry.authorsKey = authorsKey;
        others.push(entry);
        byTitle.add(hash, -others.length);
      }
    }
  };

  return {
    beginFile(name) {
      file = name;
      // Merges are all reported; repeats of other kinds are capped as in the parsers.
      fileLog = createWarningLog(name, { maxUnkinded: Infinity });
      hyper = { count: 0, most: 0, line: 0 };
    },
    addOwner,
    addPaper,
    endFile(result) {
      files.push({ file: result.file, format: result.format });
      for (const w of result.warnings) warnings.push({ ...w, message: cleanMessage(w.message) });
      if (result.owner) addOwner(result.owner);
      for (const record of result.papers) addPaper(record);
      for (const w of fileLog.finish()) warnings.push({ ...w, message: detach(w.message) });
      if (hyper.count > 0) {
        const n = hyper.count;
        warnings.push({
          file,
          line: hyper.line,
          message: `${n} paper${n === 1 ? "" : "s"} with more than ${maxAuthors} authors (the most: ${hyper.most}) add${n === 1 ? "s" : ""} no coauthorships (the author cap); first at this line`,
        });
      }
      fileLog = createWarningLog(file);
      // A network file's authors (isolated ones too) are remembered with the file and node data.
      const network = result.authors !== undefined || result.links !== undefined;
      if (network) sawNetwork = true;
      const noteNetwork = (id: string, key: string): void => {
        if (network && !(id in networkAuthors))
          networkAuthors[id] = { file: result.file, ...result.nodeData?.[key] };
      };
      for (const author of result.authors ?? []) noteNetwork(table.add(author), author.key);
      for (const link of result.links ?? []) {
        const source = table.add(link.source);
        const target = table.add(link.target);
        noteNetwork(source, link.source.key);
        noteNetwork(target, link.target.key);
        const [a, b] = source < target ? [source, target] : [target, source];
        const key = `${a}\u0000${b}`;
        const existing = links.get(key);
        if (existing) existing.weight += link.weight;
        else links.set(key, { source: a, target: b, weight: link.weight, file: result.file });
      }
    },
    finish() {
      for (const author of duplicateNames) table.addVariant(author);
      const authors = table.authors();
      disambiguateHomonyms(authors);
      const corpus: Corpus = {
        papers,
        authors,
        links: [...links.values()],
        owners: [...owners],
        files,
        warnings,
      };
      if (sawNetwork) corpus.networkAuthors = networkAuthors;
      if (table.unaliased())
        notePaperAuthorNodes(corpus, {
          offsets: paperNodeOffsets.toArray(),
          nodes: paperNodes.toArray(),
        });
      // The lookups are large (a key per paper) and done with, whoever still holds the builder.
      byDoi.clear();
      byTitle.clear();
      others.length = 0;
      links.clear();
      duplicateNames.length = 0;
      return corpus;
    },
  };
}

/**
 * A paper (its index) met with a normalized title, the author keys of the record it was met
 * with, and their {@link sortedKeys}.
 */
interface TitleEntry {
  paper: number;
  title: string;
  ids: readonly string[];
  authorsKey?: string;
}

/** No paper met with a title (most titles are met once). */
const NO_TITLE_ENTRIES: readonly TitleEntry[] = Object.freeze([]);
const NO_ENTRIES: readonly number[] = Object.freeze([]);

/** The set of author keys as one string: sorted, joined. */
function sortedKeys(ids: readonly string[]): string {
  return [...ids].sort().join("\u0001");
}

function authorsKeyOf(entry: TitleEntry): string {
  return (entry.authorsKey ??= sortedKeys(entry.ids));
}

/** A name or title as the corpus keeps it: control characters (which XML cannot carry) as spaces. */
function cleanLine(text: string): string {
  const clean = withoutControlCharacters(text);
  return clean === text ? text : clean.replace(/\s+/g, " ").trim();
}

/** The author with its display name {@link cleanLine}d (parsers that skip parseName included). */
function cleanName(author: AuthorName): AuthorName {
  const name = cleanLine(author.name);
  return name === author.name ? author : { ...author, name };
}

function toPaper(record: PaperRecord, id: string, authors: string[], file: string): Paper {
  const title = detach(cleanLine(record.title));
  const paper: Paper = { id, title, authors, file, line: record.line };
  fillMissing(paper, record);
  return paper;
}

/** Paper identifier kinds besides the DOI. */
const PAPER_ID_KINDS = ["dblp", "openalex", "pmid", "scopus"] as const;

/**
 * Fills the paper's missing year, venue, DOI (normalized), other identifiers and abstract from a record; citations
 * become the higher of the two counts.
 */
function fillMissing(paper: Paper, record: PaperRecord): void {
  if (paper.year === undefined && record.year !== undefined) paper.year = record.year;
  if (paper.venue === undefined && record.venue) paper.venue = detach(cleanLine(record.venue));
  const doi = record.doi === undefined ? "" : normalizeDoi(record.doi);
  if (paper.doi === undefined && doi !== "") paper.doi = detach(doi);
  if (record.ids !== undefined)
    for (const kind of PAPER_ID_KINDS) {
      const value = record.ids[kind];
      if (value !== undefined && paper.ids?.[kind] === undefined)
        (paper.ids ??= {})[kind] = detach(value);
    }
  if (paper.abstract === undefined && record.abstract)
    paper.abstract = detach(withoutControlCharacters(record.abstract, true));
  const cited = record.citations;
  if (cited !== undefined && (paper.citations === undefined || cited > paper.citations))
    paper.citations = cited;
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
