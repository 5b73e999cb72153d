// Plain data types shared by every layer. This file imports nothing.

/** A problem found in input, always located by file and 1-based line (0 when no line applies). */
export interface Warning {
  file: string;
  line: number;
  message: string;
}

/**
 * Author identifiers a source gives (ORCID `0000-0002-1825-0097`, Scopus author id, Web of
 * Science ResearcherID `H-2769-2012`, dblp pid `s/ThomasSeidl`, OpenAlex `A5023888391`).
 */
export interface AuthorIds {
  orcid?: string;
  openalex?: string;
  dblp?: string;
  scopus?: string;
  researcherid?: string;
}

/**
 * Paper identifiers a source gives besides the DOI: dblp record key `conf/ecoopw/Abadi99`,
 * OpenAlex work `W2741809807`, PubMed id `31452104`, Scopus EID `2-s2.0-85012345678`.
 */
export interface PaperIds {
  dblp?: string;
  openalex?: string;
  pmid?: string;
  scopus?: string;
}

/** One author as written on one paper, after decoding. */
export interface AuthorName {
  /** Display form, `First Last`, Unicode NFC, no LaTeX (dblp homonym numbers removed). */
  name: string;
  /**
   * Identity key: case, diacritics and punctuation folded (dblp homonym numbers kept); or, when
   * the source gives an identifier, that identifier (`orcid:0000-0002-1825-0097`, `scopus:…`).
   */
  key: string;
  /** Identifiers the source gave for this author (see parse/author-ids.ts). */
  ids?: AuthorIds;
}

/** A paper as a parser reads it, before cross-file merging. */
export interface PaperRecord {
  title: string;
  authors: AuthorName[];
  year?: number;
  venue?: string;
  doi?: string;
  /** Identifiers besides the DOI, validated by the parser (see model/links.ts). */
  ids?: PaperIds;
  /** Times cited, where the source counts them (OpenAlex, Web of Science, Scopus). */
  citations?: number;
  abstract?: string;
  /** 1-based line where the record starts in its file. */
  line: number;
  /**
   * parse/title-key.ts's recordTitleHash of the title, when the parsing side computed it (the
   * CLI's parse workers do, so the merging thread need not normalize every title); absent when
   * not computed or when nothing is left of the title. Only ever a hint: titles are compared.
   */
  titleHash?: number;
}

/** A coauthor link read from a prebuilt network file (GML, GEXF, GraphML, VOSviewer links). */
export interface LinkRecord {
  source: AuthorName;
  target: AuthorName;
  weight: number;
  line: number;
}

/** What a network file says about one node besides its name and links (VOSviewer). */
export interface NetworkNodeData {
  /** Item weights by label, e.g. `Documents`, `Citations`. */
  weights?: Record<string, number>;
  /** Position in the file's own layout (y up, as VOSviewer writes it). */
  x?: number;
  y?: number;
  /** The file's cluster number. */
  cluster?: number;
}

/** What one parser returns for one file. */
export interface ParseResult {
  file: string;
  format: string;
  papers: PaperRecord[];
  /** Authors present without papers (network files may list isolated authors). */
  authors?: AuthorName[];
  links?: LinkRecord[];
  /** Node data of network files, by author key (only nodes that carry some). */
  nodeData?: Record<string, NetworkNodeData>;
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
  /** Identifiers besides the DOI (the first of each kind among merged records). */
  ids?: PaperIds;
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
  /** Identifiers met for this author (the first of each kind), when a source gave any. */
  ids?: AuthorIds;
}

/** An author as a network file gave it. */
export interface NetworkAuthor extends NetworkNodeData {
  file: string;
}

/** Everything loaded, merged across files. Plain data: JSON-serializable. */
export interface Corpus {
  papers: Paper[];
  authors: Author[];
  /** Coauthor links from network files, by author id; `file` is the first file that linked them. */
  links: { source: string; target: string; weight: number; file?: string }[];
  /**
   * Authors read from network files (GML, GEXF, GraphML, VOSviewer), by id: the first such file
   * and its node data. Absent when no network file was loaded.
   */
  networkAuthors?: Record<string, NetworkAuthor>;
  /** Author id of the profile owner(s), if any file named one. */
  owners: string[];
  files: { file: string; format: string }[];
  warnings: Warning[];
}
