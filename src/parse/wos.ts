// Web of Science plain text (`FN`/`PT`…`ER`/`EF`) → paper records, authors keyed by ORCID / ResearcherID.
import { validPaperIds } from "../model/links.ts";
import type { AuthorIds, AuthorName, PaperRecord, ParseResult } from "../model/types.ts";
import {
  dropSharedIds,
  normalizeOrcid,
  normalizeResearcherId,
  resolveIdsWithinFile,
  withIds,
} from "./author-ids.ts";
import { cleanDoi, readYear } from "./bibtex.ts";
import type { FormatParser } from "./format-parser.ts";
import { memoParseName } from "./name-cache.ts";
import { foldText } from "./names.ts";
import {
  createLineSplitter,
  createPaperOutput,
  type RecordSink,
  type StreamParser,
} from "./stream-parser.ts";
import { stripBom } from "./text-lines.ts";
import { createWarningLog } from "./warning-log.ts";

export interface WosOptions {
  /** File name used in warnings and in the result. */
  file: string;
}

export const DEFAULT_WOS_OPTIONS: WosOptions = { file: "savedrecs.txt" };

/** A field line: a two-character tag, then a space and the value (or the tag alone: `ER`). */
const TAG_LINE = /^([A-Z][A-Z0-9])(?: (.*))?$/;
/** Tags whose continuation lines are further items (one author per line), not wrapped text. */
const LIST_TAGS = new Set(["AU", "AF", "CA"]);

interface RawRecord {
  line: number;
  fields: Map<string, string[]>;
}

/** Inline markup Web of Science leaves in titles (`<i>Tropical</i>`, `CO<sub>2</sub>`). */
const MARKUP = /<\/?(?:i|b|em|strong|sub|sup|u|scp)>/gi;

/** The value of a text field: its lines joined with spaces, or undefined when empty. */
const text = (record: RawRecord, tag: string): string | undefined => {
  const lines = record.fields.get(tag);
  if (lines === undefined) return undefined;
  const joined = lines.join(" ").replace(/\s+/g, " ").trim();
  return joined === "" ? undefined : joined;
};

/** One author of a record as written (`Bruna, Emilio M.`) and as read. */
interface Written {
  raw: string;
  name: AuthorName;
}

/** Folded name parts for matching an `OI` / `RI` name to a byline name. */
function nameParts(raw: string): { surname: string; given: string[]; all: string[] } {
  const comma = raw.indexOf(",");
  const last = comma < 0 ? raw : raw.slice(0, comma);
  // Run-together initials (`Bruna, EM`) count as separate ones.
  const first =
    comma < 0 ? "" : raw.slice(comma + 1).replace(/\b(\p{Lu}{2,4})\b/gu, (m) => [...m].join(" "));
  const surname = foldText(last);
  const given = foldText(first).split(" ").filter(Boolean);
  return { surname, given, all: [...surname.split(" "), ...given].filter(Boolean) };
}

const initialMatch = (x: string, y: string): boolean =>
  x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));

/** Every word of the shorter list matches a different word of the longer (an initial a word). */
function wordsCover(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 2) return false;
  const used = new Set<number>();
  for (const w of short) {
    let at = long.findIndex((x, i) => !used.has(i) && x === w);
    if (at < 0) at = long.findIndex((x, i) => !used.has(i) && initialMatch(w, x));
    if (at < 0) return false;
    used.add(at);
  }
  return short.some((w) => w.length > 1 && long.includes(w));
}

/**
 * The byline author an `OI`/`RI` name (`Bruna, Emilio`) names, trying in turn: the same folded
 * name; the only one with the same surname and a compatible first given name (`Emilio` ~ `Emilio
 * M.`, `EM`); the only one with that surname (`Gurski, Katharine` ~ `Gurski, Katie`); the only one
 * whose words and the id name's words cover each other, initials matching words
 * (`Monteiro Vieira Neto, Ernane Henrique` ~ `Vieira-Neto, Ernane H. M.`). -1 when none, when
 * the first step that matches matches several, or when more than 64 authors share the surname
 * (or a word, for the last step).
 */
export function matchIdName(idName: string, byline: readonly string[]): number {
  return createIdNameMatcher(byline)(idName);
}

/** Authors of one byline an identifier's name is compared with, at most. */
const MAX_NAME_CANDIDATES = 64;

/**
 * {@link matchIdName} for many names against one byline: the byline is indexed once by surname
 * and by word, so each name is compared only with the authors that share its surname or a word.
 */
export function createIdNameMatcher(byline: readonly string[]): (idName: string) => number {
  const parts = byline.map(nameParts);
  type Parts = (typeof parts)[number];
  const bySurname = new Map<string, number[]>();
  const byWord = new Map<string, number[]>();
  const index = (map: Map<string, number[]>, key: string, i: number): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  parts.forEach((p, i) => {
    index(bySurname, p.surname, i);
    for (const w of p.all) if (w.length > 1) index(byWord, w, i);
  });
  return (idName) => {
    const target = nameParts(idName);
    const sameSurname = bySurname.get(target.surname) ?? [];
    // A name shared by that many authors of one byline cannot be matched by name (and comparing
    // each identifier with all of them would take quadratic time).
    if (sameSurname.length > MAX_NAME_CANDIDATES) return -1;
    const words = target.all.filter((w) => w.length > 1).map((w) => byWord.get(w) ?? []);
    const sharing = words.some((list) => list.length > MAX_NAME_CANDIDATES)
      ? []
      : [...new Set(words.flat())];
    const unique = (candidates: readonly number[], pred: (p: Parts) => boolean): number => {
      let found = -1;
      for (const i of candidates)
        if (pred(parts[i])) {
          if (found >= 0) return -2;
          found = i;
        }
      return found;
    };
    const given = target.given.join(" ");
    const steps: [readonly number[], (p: Parts) => boolean][] = [
      [sameSurname, (p) => p.given.join(" ") === given],
      [
        sameSurname,
        (p) =>
          target.given.length === 0 ||
          (p.given.length > 0 && initialMatch(p.given[0], target.given[0])),
      ],
      [sameSurname, () => true],
      [sharing, (p) => wordsCover(p.all, target.all)],
    ];
    for (const [candidates, pred] of steps) {
      const found = unique(candidates, pred);
      if (found >= 0) return found;
      if (found === -2) return -1;
    }
    return -1;
  };
}

/** `Name/ID; Name/ID` → pairs (an entry without `/` is skipped). */
function idList(value: string | undefined): { name: string; id: string }[] {
  if (value === undefined) return [];
  const out: { name: string; id: string }[] = [];
  for (const entry of value.split(";")) {
    const slash = entry.lastIndexOf("/");
    if (slash <= 0) continue;
    out.push({ name: entry.slice(0, slash).trim(), id: entry.slice(slash + 1).trim() });
  }
  return out;
}

/** What the whole file's warnings summarize. */
interface FileTally {
  groups: { count: number; line: number; first: string };
  unmatchedIds: { count: number; line: number; first: string };
}

/**
 * Parses a Web of Science plain-text export (`FN Clarivate Analytics Web of Science`, records
 * `PT`…`ER`, `EF` at the end; continuation lines indented by three spaces). Authors are the full
 * names of `AF` (`Bruna, Emilio M.` → `Emilio M. Bruna`), or the short `AU` names when `AF` is
 * missing or lists another number of names; `CA` group authors (a consortium, not a person) are
 * left out of the authors with one summarizing warning per file. ORCIDs (`OI`) and ResearcherIDs
 * (`RI`), lists of `Name/ID`, are matched to the byline by name ({@link matchIdName}) and key the
 * author (`orcid:…`, else `researcherid:…`); an author written without identifier on another
 * record of the file takes the identifier of the one person of that name (see
 * resolveIdsWithinFile). Title from `TI` (inline `<i>` markup removed), venue `SO`, year `PY`
 * (else `EA`), DOI `DI`, times cited `TC`, abstract `AB`.
 */
export function parseWos(input: string, options: Partial<WosOptions> = {}): ParseResult {
  const stream = createWosStream(options);
  stream.push(input);
  return stream.end();
}

/**
 * The Web of Science parser fed in pieces ({@link parseWos} is this with one piece). Records are
 * read as the lines come; their papers are handed over at the end of the file, since an
 * identifier met on a later record applies to the same person on earlier ones.
 */
export function createWosStream(
  options: Partial<WosOptions> & { sink?: RecordSink } = {},
): StreamParser {
  const { file } = { ...DEFAULT_WOS_OPTIONS, ...options };
  const output = createPaperOutput(options.sink);
  const log = createWarningLog(file);
  const nameOf = memoParseName({ latex: false, homonymNumbers: false });
  const papers: PaperRecord[] = [];
  const tally: FileTally = {
    groups: { count: 0, line: 0, first: "" },
    unmatchedIds: { count: 0, line: 0, first: "" },
  };
  let current: RawRecord | null = null;
  let lastTag = "";
  let ended = false;
  let strayReported = false;

  const close = (): void => {
    if (current) papers.push(toPaper(current, nameOf, log, tally));
    current = null;
    lastTag = "";
  };

  const splitter = createLineSplitter((line, lineNo) => {
    if (line.trim() === "") return;
    if (ended) {
      if (!strayReported) log.add(lineNo, "text after the EF line ignored", "stray text");
      strayReported = true;
      return;
    }
    if (line.startsWith("   ") || line.startsWith("\t")) {
      const values = current?.fields.get(lastTag);
      if (values === undefined) {
        if (!strayReported)
          log.add(lineNo, "continuation line outside a field ignored", "stray text");
        strayReported = true;
        return;
      }
      values.push(line.trim());
      return;
    }
    const match = TAG_LINE.exec(line.trimEnd());
    if (match === null) {
      log.add(
        lineNo,
        `line is not a Web of Science field ("${line.trim().slice(0, 40)}"); ignored`,
        "not a field",
      );
      return;
    }
    const tag = match[1];
    const value = (match[2] ?? "").trim();
    if (tag === "FN" || tag === "VR") return;
    if (tag === "EF") {
      if (current) {
        log.add(current.line, `record at line ${current.line} has no ER line`, "missing ER");
        close();
      }
      ended = true;
      return;
    }
    if (tag === "ER") {
      if (!current) log.add(lineNo, "ER line without a record", "missing PT");
      close();
      return;
    }
    if (tag === "PT" && current) {
      log.add(current.line, `record at line ${current.line} has no ER line`, "missing ER");
      close();
    }
    if (!current) {
      if (tag !== "PT")
        log.add(lineNo, `${tag} line before any PT line: a record is started`, "missing PT");
      current = { line: lineNo, fields: new Map() };
    }
    let values = current.fields.get(tag);
    if (values === undefined) current.fields.set(tag, (values = []));
    else if (!LIST_TAGS.has(tag)) values.push(";"); // a repeated text field: keep apart
    values.push(value);
    lastTag = tag;
  });

  let atStart = true;
  return {
    push(chunk) {
      splitter.push(atStart ? stripBom(chunk) : chunk);
      if (chunk !== "") atStart = false;
    },
    end() {
      splitter.end();
      if (current !== null) {
        const open: RawRecord = current;
        log.add(open.line, `record at line ${open.line} has no ER line`, "missing ER");
        close();
      }
      resolveIdsWithinFile(papers);
      for (const paper of papers) output.add(paper);
      papers.length = 0;
      const { groups, unmatchedIds } = tally;
      if (groups.count > 0)
        log.add(
          groups.line,
          `${groups.count} group author${groups.count > 1 ? "s" : ""} (CA, a consortium, not a person) left out of the authors, first "${groups.first}" at line ${groups.line}`,
        );
      if (unmatchedIds.count > 0)
        log.add(
          unmatchedIds.line,
          `${unmatchedIds.count} author identifier${unmatchedIds.count > 1 ? "s" : ""} (OI/RI) named no single author of their record and were ignored, first "${unmatchedIds.first}" at line ${unmatchedIds.line}`,
        );
      return { file, format: "wos", papers: output.papers, warnings: log.finish() };
    },
  };
}

/** One finished record → a paper. */
function toPaper(
  record: RawRecord,
  nameOf: (raw: string) => AuthorName | null,
  log: ReturnType<typeof createWarningLog>,
  tally: FileTally,
): PaperRecord {
  const line = record.line;
  const short = (record.fields.get("AU") ?? []).filter((v) => v !== "");
  const full = (record.fields.get("AF") ?? []).filter((v) => v !== "");
  if (full.length > 0 && short.length > 0 && full.length !== short.length)
    log.add(
      line,
      `record at line ${line}: AF lists ${full.length} names, AU ${short.length}; the AU names are used`,
      "author count",
    );
  const rawNames =
    full.length > 0 && (short.length === 0 || full.length === short.length) ? full : short;
  const written: Written[] = [];
  const dropped: string[] = [];
  for (const raw of rawNames) {
    const name = /^\[.*\]$/.test(raw) ? null : nameOf(raw);
    if (name) written.push({ raw, name });
    else dropped.push(raw);
  }
  if (dropped.length > 0)
    log.add(
      line,
      `record at line ${line}: placeholder author${dropped.length > 1 ? "s" : ""} ${dropped.map((d) => `"${d}"`).join(", ")} dropped`,
      "placeholder author",
    );
  for (const group of record.fields.get("CA") ?? []) {
    if (group === "") continue;
    if (tally.groups.count === 0) {
      tally.groups.line = line;
      tally.groups.first = group;
    }
    tally.groups.count++;
  }
  // Identifiers, matched to the byline by name.
  const ids: AuthorIds[] = written.map(() => ({}));
  const match = createIdNameMatcher(written.map((w) => w.raw));
  const assign = (tag: "OI" | "RI"): void => {
    for (const { name, id } of idList(text(record, tag))) {
      const value = tag === "OI" ? normalizeOrcid(id) : normalizeResearcherId(id);
      const at = value === undefined ? -1 : match(name);
      if (at < 0 || value === undefined) {
        if (tally.unmatchedIds.count === 0) {
          tally.unmatchedIds.line = line;
          tally.unmatchedIds.first = `${name}/${id}`;
        }
        tally.unmatchedIds.count++;
        continue;
      }
      const kind = tag === "OI" ? "orcid" : "researcherid";
      ids[at][kind] ??= value;
    }
  };
  assign("OI");
  assign("RI");
  const authors = written.map((w, i) => withIds(w.name, ids[i]));
  if (authors.length === 0)
    log.add(
      line,
      `record at line ${line} has no authors; kept as a paper with no authors`,
      "no authors",
    );
  const title = (text(record, "TI") ?? "").replace(MARKUP, "").replace(/\s+/g, " ").trim();
  if (title === "") log.add(line, `record at line ${line} has no title (TI)`, "no title");
  const checked = dropSharedIds(authors);
  for (const d of checked.dropped)
    log.add(
      line,
      `record at line ${line}: ${d.token.replace(":", " ")} is given to ${d.names.map((n) => `"${n}"`).join(" and ")}; ignored for them`,
      "shared id",
    );
  const paper: PaperRecord = { title, authors: checked.authors, line };
  const year = readYear(text(record, "PY")) ?? readYear(text(record, "EA"));
  if (year !== undefined) paper.year = year;
  const venue = text(record, "SO");
  if (venue !== undefined) paper.venue = venue;
  const doiRaw = text(record, "DI");
  const doi = doiRaw === undefined ? undefined : cleanDoi(doiRaw);
  if (doi !== undefined) paper.doi = doi;
  const pmid = text(record, "PM");
  const paperIds = pmid === undefined ? undefined : validPaperIds({ pmid });
  if (paperIds !== undefined) paper.ids = paperIds;
  const cited = text(record, "TC");
  if (cited !== undefined && /^\d+$/.test(cited)) paper.citations = Number(cited);
  const abstract = text(record, "AB");
  if (abstract !== undefined) paper.abstract = abstract.replace(MARKUP, "");
  return paper;
}

/**
 * Sniffs Web of Science plain text: 0.98 when the first non-blank line (after a BOM) is an `FN `
 * line; 0.9 when it is `PT ` and an `AU ` / `AF ` / `TI ` line follows among the first lines; else 0.
 */
export function sniffWos(input: string): number {
  const head = stripBom(input.slice(0, 8192))
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== "")
    .slice(0, 12);
  if (head.length === 0) return 0;
  if (/^FN \S/.test(head[0])) return 0.98;
  if (/^PT [A-Z]$/.test(head[0].trimEnd()) && head.some((l) => /^(?:AU|AF|TI) \S/.test(l)))
    return 0.9;
  return 0;
}

/** Web of Science plain text for the detection table. */
export const WOS_FORMAT: FormatParser = {
  format: "wos",
  sniff: sniffWos,
  parse: parseWos,
  stream: createWosStream,
};
