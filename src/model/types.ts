// Plain data types shared by every layer. This file imports nothing.

/** A problem found in input, always located by file and 1-based line (0 when no line applies). */
export interface Warning {
  file: string;
  line: number;
  message: string;
}

/** One author as written on one paper, after decoding. */
export interface AuthorName {
  /** Display form, `First Last`, Unicode NFC, no LaTeX (dblp homonym numbers removed). */
  name: string;
  /** Identity key: case, diacritics and punctuation folded (dblp homonym numbers kept). */
  key: string;
  /** Identifiers a source gave for this person (live sources key authors by one of them). */
  ids?: AuthorIds;
}

/** A person's identifiers in the services that have them. */
export interface AuthorIds {
  orcid?: string;
  openalex?: string;
  dblp?: string;
  scopus?: string;
}

/** A paper as a parser reads it, before cross-file merging. */
export interface PaperRecord {
  title: string;
  authors: AuthorName[];
  year?: number;
  venue?: string;
  doi?: string;
  /** Times cited, where the source counts them (OpenAlex, Web of Science, Scopus). */
  citations?: number;
  abstract?: string;
  /** 1-based line where the record starts in its file. */
  line: number;
}

/** A coauthor link read from a prebuilt network file (GML, GEXF, GraphML, VOSviewer links). */
export interface LinkRecord {
  source: AuthorName;
  target: AuthorName;
  weight: number;
  line: number;
}

/** What one parser returns for one file. */
export interface ParseResult {
  file: string;
  format: string;
  papers: PaperRecord[];
  /** Authors present without papers (network files may list isolated authors). */
  authors?: AuthorName[];
  links?: LinkRecord[];
  /** The profile owner, for the profile format. */
  owner?: AuthorName;
  warnings: Warning[];
}

/** A paper in the merged corpus. */
export interface Paper {
  /** Stable id: `p1`, `p2`, … in load order. */
  id: string;
  title: string;
  year?: number;
  venue?: string;
  doi?: string;
  /** Times cited, where the source counts them (the highest count of merged records). */
  citations?: number;
  abstract?: string;
  /** Author ids, in byline order, without duplicates. */
  authors: string[];
  /** Where the paper was read (the first occurrence when merged). */
  file: string;
  line: number;
}

/** An author in the merged corpus. */
export interface Author {
  /** The identity key. */
  id: string;
  /** The display name (the first spelling met with the most diacritics). */
  name: string;
  /** Other display spellings met for the same key. */
  variants: string[];
  /** Identifiers sources gave for this person (ORCID, OpenAlex, dblp, Scopus). */
  ids?: AuthorIds;
}

/** Everything loaded, merged across files. Plain data: JSON-serializable. */
export interface Corpus {
  papers: Paper[];
  authors: Author[];
  /** Coauthor links from network files, by author id. */
  links: { source: string; target: string; weight: number }[];
  /** Author id of the profile owner(s), if any file named one. */
  owners: string[];
  files: { file: string; format: string }[];
  warnings: Warning[];
}
