// Links out to a paper's or an author's page (DOI, dblp, OpenAlex, PubMed, Scopus, ORCID), built
// from strictly validated identifiers; never a URL taken from a file.
import type { AuthorIds, PaperIds } from "./types.ts";

/** A link to open in a new tab: always `https:` on one of the hosts below. */
export interface ExternalLink {
  /** Short label (`DOI`, `dblp`, …). */
  label: string;
  /** The URL, built from the identifier. */
  href: string;
  /** What it points to, for a tooltip (`doi.org/10.1145/…`). */
  title: string;
}

/** Hosts the links may point to. */
const HOSTS = new Set([
  "doi.org",
  "dblp.org",
  "openalex.org",
  "pubmed.ncbi.nlm.nih.gov",
  "www.scopus.com",
  "orcid.org",
]);

/** Whether `text` has a control character, blank, quote, backslash or angle bracket. */
function unsafe(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029)
      return true;
    if ("\"'<>`\\".includes(ch)) return true;
  }
  return false;
}

/**
 * A DOI `10.NNNN/suffix` (lower case) from that form, `doi:…` or a `https://doi.org/…` URL; null
 * when it is not one (after the prefix: `10.` + 4–9 digits + `/` + a suffix without blanks,
 * control characters or quotes).
 */
export function validDoi(raw: string): string | null {
  const doi = raw
    .trim()
    .replace(/^(?:https?:\/\/)?(?:dx\.)?doi\.org\//i, "")
    .replace(/^doi:\s*/i, "");
  if (doi.length > 300 || unsafe(doi)) return null;
  return /^10\.\d{4,9}\/\S+$/.test(doi) ? doi.toLowerCase() : null;
}

/**
 * A dblp record key (`conf/ecoopw/Abadi99`, `journals/corr/abs-2101-00001`) from that form,
 * `DBLP:…` (a dblp BibTeX key) or a `https://dblp.org/rec/….bib` URL; null otherwise. Keys are
 * 2–5 slash-separated parts of letters, digits, `_`, `-` and `.` (no `.` or `..` part).
 */
export function validDblpKey(raw: string): string | null {
  const key = raw
    .trim()
    .replace(/^https:\/\/dblp\.org\/rec\//i, "")
    .replace(/^DBLP:/, "")
    .replace(/\.(?:bib|html|xml)$/, "");
  if (key.length > 200) return null;
  const parts = key.split("/");
  if (parts.length < 2 || parts.length > 5) return null;
  return parts.every((p) => /^[A-Za-z0-9_.-]+$/.test(p) && !/^\.+$/.test(p)) ? key : null;
}

/** A dblp person id (`s/ThomasSeidl`, `12/3456`, `12/3456-1`); same charset as a record key. */
export function validDblpPid(raw: string): string | null {
  const pid = raw
    .trim()
    .replace(/^https:\/\/dblp\.org\/pid\//i, "")
    .replace(/\.(?:bib|html|xml)$/, "");
  const parts = pid.split("/");
  if (pid.length > 100 || parts.length < 2 || parts.length > 3) return null;
  return parts.every((p) => /^[A-Za-z0-9_.-]+$/.test(p) && !/^\.+$/.test(p)) ? pid : null;
}

/** An OpenAlex id of the given kind (`W2741809807`, `A5023888391`), bare or as its URL; else null. */
function validOpenAlex(raw: string, kind: "W" | "A"): string | null {
  const id = raw
    .trim()
    .replace(/^https:\/\/openalex\.org\//i, "")
    .toUpperCase();
  return new RegExp(`^${kind}\\d{1,12}$`).test(id) ? id : null;
}

/** An OpenAlex work id `W…`, bare or as `https://openalex.org/W…`; else null. */
export function validOpenAlexWork(raw: string): string | null {
  return validOpenAlex(raw, "W");
}

/** An OpenAlex author id `A…`, bare or as `https://openalex.org/A…`; else null. */
export function validOpenAlexAuthor(raw: string): string | null {
  return validOpenAlex(raw, "A");
}

/** A PubMed id: 1–9 digits (no leading zero), bare or as a PubMed URL; else null. */
export function validPmid(raw: string): string | null {
  const id = raw
    .trim()
    .replace(/^https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\//i, "")
    .replace(/\/$/, "");
  return /^[1-9]\d{0,8}$/.test(id) ? id : null;
}

/** A Scopus record EID `2-s2.0-85012345678`; else null. */
export function validScopusEid(raw: string): string | null {
  const id = raw.trim();
  return /^2-s2\.0-\d{5,15}$/.test(id) ? id : null;
}

/**
 * The EID of a Scopus record URL (`https://www.scopus.com/inward/record.uri?eid=2-s2.0-…&…`, as
 * Scopus's BibTeX and RIS exports write it); null for any other URL. Only the EID is kept: the
 * link is built again from it.
 */
export function scopusEidInUrl(raw: string): string | null {
  const m =
    /^https?:\/\/www\.scopus\.com\/(?:inward|record)\/(?:record|display)\.uri\?(?:[^#\s]*&)?eid=(2-s2\.0-\d{5,15})(?:&|$)/i.exec(
      raw.trim(),
    );
  return m ? validScopusEid(m[1]) : null;
}

/** An ORCID iD's form `0000-0002-1825-0097` (the check digit is the parser's job); else null. */
function validOrcidForm(raw: string): string | null {
  const id = raw.trim().toUpperCase();
  return /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(id) ? id : null;
}

/** A Scopus author id: 6–15 digits; else null. */
function validScopusAuthor(raw: string): string | null {
  const id = raw.trim();
  return /^\d{6,15}$/.test(id) ? id : null;
}

/** Each slash-separated part percent-encoded. */
function encodePath(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

/** The link when `href` parses as an `https:` URL on an allowed host; null otherwise. */
function checked(label: string, href: string, title: string): ExternalLink | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" || !HOSTS.has(url.hostname) || url.username || url.port)
    return null;
  return { label, href: url.href, title };
}

/** Keeps the links that passed. */
function present(links: (ExternalLink | null)[]): ExternalLink[] {
  return links.filter((l): l is ExternalLink => l !== null);
}

/** A paper's identifiers as the corpus keeps them. */
export interface PaperLinkSource {
  doi?: string;
  ids?: PaperIds;
}

/** Links to a paper's pages: DOI, dblp, OpenAlex, PubMed, Scopus (those with a valid id). */
export function paperLinks(paper: PaperLinkSource): ExternalLink[] {
  const doi = paper.doi === undefined ? null : validDoi(paper.doi);
  const ids = paper.ids ?? {};
  const dblp = ids.dblp === undefined ? null : validDblpKey(ids.dblp);
  const openalex = ids.openalex === undefined ? null : validOpenAlexWork(ids.openalex);
  const pmid = ids.pmid === undefined ? null : validPmid(ids.pmid);
  const eid = ids.scopus === undefined ? null : validScopusEid(ids.scopus);
  return present([
    doi === null ? null : checked("DOI", `https://doi.org/${encodePath(doi)}`, `doi.org/${doi}`),
    dblp === null
      ? null
      : checked("dblp", `https://dblp.org/rec/${encodePath(dblp)}`, `dblp.org/rec/${dblp}`),
    openalex === null
      ? null
      : checked("OpenAlex", `https://openalex.org/${openalex}`, `openalex.org/${openalex}`),
    pmid === null
      ? null
      : checked("PubMed", `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`, `PubMed ${pmid}`),
    eid === null
      ? null
      : checked(
          "Scopus",
          `https://www.scopus.com/record/display.uri?eid=${encodeURIComponent(eid)}&origin=resultslist`,
          `Scopus ${eid}`,
        ),
  ]);
}

/** Links to an author's pages: ORCID, dblp, OpenAlex, Scopus (those with a valid id). */
export function authorLinks(ids: AuthorIds | undefined): ExternalLink[] {
  if (ids === undefined) return [];
  const orcid = ids.orcid === undefined ? null : validOrcidForm(ids.orcid);
  const dblp = ids.dblp === undefined ? null : validDblpPid(ids.dblp);
  const openalex = ids.openalex === undefined ? null : validOpenAlexAuthor(ids.openalex);
  const scopus = ids.scopus === undefined ? null : validScopusAuthor(ids.scopus);
  return present([
    orcid === null ? null : checked("ORCID", `https://orcid.org/${orcid}`, `orcid.org/${orcid}`),
    dblp === null
      ? null
      : checked("dblp", `https://dblp.org/pid/${encodePath(dblp)}.html`, `dblp.org/pid/${dblp}`),
    openalex === null
      ? null
      : checked("OpenAlex", `https://openalex.org/${openalex}`, `openalex.org/${openalex}`),
    scopus === null
      ? null
      : checked(
          "Scopus",
          `https://www.scopus.com/authid/detail.uri?authorId=${scopus}`,
          `Scopus author ${scopus}`,
        ),
  ]);
}

/**
 * Paper identifiers from raw values (`https://dblp.org/rec/….bib`, `https://openalex.org/W…`,
 * PubMed ids, Scopus EIDs), each kept only when valid; undefined when none is.
 */
export function validPaperIds(raw: {
  dblp?: string;
  openalex?: string;
  pmid?: string;
  scopus?: string;
}): PaperIds | undefined {
  const ids: PaperIds = {};
  const dblp = raw.dblp === undefined ? null : validDblpKey(raw.dblp);
  if (dblp !== null) ids.dblp = dblp;
  const openalex = raw.openalex === undefined ? null : validOpenAlexWork(raw.openalex);
  if (openalex !== null) ids.openalex = openalex;
  const pmid = raw.pmid === undefined ? null : validPmid(raw.pmid);
  if (pmid !== null) ids.pmid = pmid;
  const scopus = raw.scopus === undefined ? null : validScopusEid(raw.scopus);
  if (scopus !== null) ids.scopus = scopus;
  return Object.keys(ids).length > 0 ? ids : undefined;
}
