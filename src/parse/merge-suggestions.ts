// Name merges the user reviews: authors that may be one person (suggestMerges) and applying decisions.
import { withoutDisambiguation } from "./homonyms.ts";
import type { Author, Corpus, ParseResult, Warning } from "../model/types.ts";
import { normalizeDoi } from "./corpus.ts";
import { NAME_PARTICLES } from "./name-particles.ts";
import { foldText } from "./names.ts";
import { hasIds, idsConflict, idTokens, mergeIds } from "./author-ids.ts";

/** Why two authors may be one person, and what speaks against it. */
export interface MergeEvidence {
  /** How the names agree, in words (`initials match the full given name`). */
  reason: string;
  /** Ids of authors who wrote with both (papers and network links). */
  sharedCoauthors: string[];
  /**
   * Venues (journal or proceedings) both published in, as first spelled on their papers; compared
   * folded (`Phys. Rev. D` = `Phys Rev D`), papers with more than `maxAuthors` authors included.
   */
  sharedVenues: string[];
  /**
   * Ids of papers met in two versions (two files, or two records) where one lists `keep` and the
   * other `merge` at the same place in the byline: the strongest evidence.
   */
  samePapers: string[];
  /** Paper ids of `keep`, then of `merge`. */
  papers: [string[], string[]];
  /** Papers listing both: evidence against (two people on one byline), lowers the score. */
  coPapers: string[];
  /** Other authors either name is also compatible with (`T. Huang` fits `Tao Huang` too). */
  alternatives: number;
}

/** Two authors that may be one person. Nothing is merged until the user accepts. */
export interface MergeSuggestion {
  /** Author id proposed to survive: the fuller name (then more papers, then corpus order). */
  keep: string;
  /** Author id proposed to be merged into `keep`. */
  merge: string;
  keepName: string;
  mergeName: string;
  /** 0–1: name agreement, raised by shared coauthors, lowered by ambiguity and shared bylines. */
  score: number;
  evidence: MergeEvidence;
}

/** A user's decision to merge one author into another (both author ids). */
export interface MergeDecision {
  keep: string;
  merge: string;
  /** The two names as shown when the decision was taken (for listing it; not used to merge). */
  keepName?: string;
  mergeName?: string;
}

export interface MergeSuggestionOptions {
  /** Suggestions scoring below this are left out. */
  minScore: number;
  /** Papers with more authors than this give no coauthor evidence (as in the projection). */
  maxAuthors: number;
  /**
   * The parse results the corpus was built from. With them, papers merged by DOI across files
   * still show which spellings stood at the same byline place (`Ribeiro, Jr, José W.` in a BibTeX
   * file, `Ribeiro, Jr, J.W.` in the RIS export of the same search); without them only papers
   * left unmerged in the corpus (same title, different author keys) give that evidence.
   */
  sources: readonly ParseResult[];
}

export const DEFAULT_MERGE_SUGGESTION_OPTIONS: MergeSuggestionOptions = {
  minScore: 0,
  maxAuthors: 50,
  sources: [],
};

/** Versions of one paper compared byline against byline, at most this many per DOI or title. */
const MAX_VERSIONS = 20;

/** Name particles, ignored when comparing given names (`W. van der Aalst` ~ `Wil van der Aalst`). */
const PARTICLES = new Set(NAME_PARTICLES);
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

/** A name cut into what the comparison needs; all parts folded like identity keys. */
interface NameShape {
  surname: string;
  given: string[];
  suffix: string;
  /** dblp homonym number from the id (`thomas seidl 0001`), or "". */
  number: string;
}

/** German and Nordic letters as they are spelled without them (`Müller` → `Mueller`). */
const TRANSLITERATIONS: Record<string, string> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  ø: "oe",
  æ: "ae",
  œ: "oe",
  å: "aa",
  ß: "ss",
};
const TRANSLITERATED = /[äöüøæœåß]/giu;
const HAS_TRANSLITERATION = /[äöüøæœåß]/iu;

/**
 * The transliterations two names use, as `ü = ue, ß = ss` (in the order of TRANSLITERATIONS;
 * `ü = ue` when neither uses one, which a caller does not ask for).
 */
export function transliterationNote(a: string, b: string): string {
  const used = new Set((a + b).normalize("NFC").toLowerCase().match(TRANSLITERATED) ?? []);
  const notes = Object.entries(TRANSLITERATIONS)
    .filter(([ch]) => used.has(ch))
    .map(([ch, t]) => `${ch} = ${t}`);
  return notes.length > 0 ? notes.join(", ") : "ü = ue";
}

/**
 * The name spelled the way a keyboard without umlauts spells it (`Jürgen Müller` →
 * `Juergen Mueller`, `Søren` → `Soeren`, `Straße` → `Strasse`); the case of the first letter kept.
 */
export function transliterate(name: string): string {
  return name.normalize("NFC").replace(TRANSLITERATED, (ch) => {
    const t = TRANSLITERATIONS[ch.toLowerCase()] ?? ch;
    return ch === ch.toLowerCase() ? t : t[0].toUpperCase() + t.slice(1);
  });
}

/**
 * Cuts a display name into folded given-name tokens, surname (last word) and suffix. Initials
 * written together in a mixed-case name (`Casimir JH Ludwig`) count as separate initials. With
 * `transliterated`, umlauts and ß are spelled out first ({@link transliterate}).
 */
function shapeOf(author: Author, transliterated = false): NameShape | null {
  const number = /\s(\d{4})$/.exec(author.id)?.[1] ?? "";
  const plain = withoutDisambiguation(author.name);
  const name = transliterated ? transliterate(plain) : plain.normalize("NFC");
  const mixed = /\p{Ll}/u.test(name);
  // Spell run-together initials apart, then fold the whole name at once.
  const words = name
    .replace(/\./g, ". ")
    .split(/\s+/)
    .filter((w) => w !== "");
  const spaced = words.map((w, i) => {
    const letters = w.replace(/\./g, "");
    return mixed && i < words.length - 1 && /^\p{Lu}{2,3}$/u.test(letters)
      ? [...letters].join(" ")
      : w;
  });
  const tokens = foldText(spaced.join(" "))
    .split(" ")
    .filter((t) => t !== "");
  if (number !== "" && tokens[tokens.length - 1] === number) tokens.pop();
  let suffix = "";
  if (tokens.length > 2 && SUFFIXES.has(tokens[tokens.length - 1])) suffix = tokens.pop() ?? "";
  if (tokens.length < 2) return null; // a mononym or a one-word corporate name: nothing to compare
  const surname = tokens.pop() ?? "";
  const given = tokens.filter((t) => !PARTICLES.has(t));
  if (given.length === 0) return null;
  return { surname, given, suffix, number };
}

const tokenMatch = (x: string, y: string): boolean =>
  x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));

/**
 * How well two name shapes with the same surname agree, null when they cannot be one person.
 * Rules: first given names agree (equal, or an initial of the other); the other given names of the
 * shorter list appear in order in the longer one (a middle name may be missing); suffixes and
 * dblp homonym numbers must not contradict. Scores: same letters spaced or hyphenated differently
 * 0.7, the same given names (keys differing by a particle, suffix or homonym number) or a middle
 * name missing 0.5, initials against a full name 0.4, initials on both sides 0.3.
 */
function nameAgreement(a: NameShape, b: NameShape): { score: number; reason: string } | null {
  if (a.surname !== b.surname) return null;
  if (a.number !== "" && b.number !== "" && a.number !== b.number) return null;
  if (a.suffix !== "" && b.suffix !== "" && a.suffix !== b.suffix) return null;
  const ga = a.given.join(" ");
  const gb = b.given.join(" ");
  if (ga === gb)
    return {
      score: 0.5,
      reason:
        a.suffix !== b.suffix
          ? "same name, one with a suffix (Jr, III)"
          : a.number !== b.number
            ? "same name"
            : "same name apart from a particle",
    };
  if (ga.replace(/ /g, "") === gb.replace(/ /g, ""))
    return { score: 0.7, reason: "same given names, spaced or hyphenated differently" };
  if (!tokenMatch(a.given[0], b.given[0])) return null;
  const [short, long] = a.given.length <= b.given.length ? [a.given, b.given] : [b.given, a.given];
  let initialVsFull = a.given[0] !== b.given[0];
  let j = 1;
  for (let i = 1; i < short.length; i++) {
    while (j < long.length && !tokenMatch(short[i], long[j])) j++;
    if (j === long.length) return null;
    if (short[i] !== long[j]) initialVsFull = true;
    j++;
  }
  if ([...a.given, ...b.given].every((t) => t.length === 1))
    return { score: 0.3, reason: "initials agree (one side has more)" };
  if (initialVsFull) return { score: 0.4, reason: "initials match the full given name" };
  return { score: 0.5, reason: "one name has an extra part (middle name or double surname)" };
}

/** Two names made of the same words in another order (`Huang Tiansheng` / `Tiansheng Huang`). */
function sameWords(a: NameShape, b: NameShape): boolean {
  const words = (x: NameShape): string => [...x.given, x.surname].sort().join(" ");
  return words(a) === words(b);
}

/** `; one has ORCID 0000-…` when exactly one of the two carries identifiers, else "". */
function idsNote(a: Author, b: Author): string {
  const withIds = hasIds(a.ids) ? a : hasIds(b.ids) ? b : null;
  if (withIds === null || (hasIds(a.ids) && hasIds(b.ids))) return "";
  const token = idTokens(withIds.ids)[0] ?? "";
  return `; only one has an identifier (${token.replace(":", " ")})`;
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** One version of a paper: its byline as author ids, with the keys that find its other versions. */
interface Byline {
  paper: string;
  doi: string;
  title: string;
  authors: string[];
}

/**
 * Pairs of author ids that stand at the same place in two versions of one paper (same DOI, or
 * same normalized title, with bylines of equal length), with the paper ids.
 */
function sameBylinePairs(
  bylines: Byline[],
): Map<string, { a: string; b: string; papers: Set<string> }> {
  const groups = new Map<string, Byline[]>();
  const add = (key: string, byline: Byline): void => {
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [byline]);
    else if (group.length < MAX_VERSIONS) group.push(byline);
  };
  for (const b of bylines) {
    if (b.doi !== "") add(`doi:${b.doi}`, b);
    if (b.title !== "") add(`title:${b.title}`, b);
  }
  const pairs = new Map<string, { a: string; b: string; papers: Set<string> }>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const x = group[i];
        const y = group[j];
        if (x.authors.length !== y.authors.length) continue;
        const paper = x.paper || y.paper;
        for (let k = 0; k < x.authors.length; k++) {
          const a = x.authors[k];
          const b = y.authors[k];
          if (a === b) continue;
          const key = pairKey(a, b);
          let entry = pairs.get(key);
          if (entry === undefined) pairs.set(key, (entry = { a, b, papers: new Set() }));
          if (paper !== "") entry.papers.add(paper);
        }
      }
  }
  return pairs;
}

/**
 * A title folded for finding versions of one paper: marks removed, lower case, punctuation runs as
 * one space. Cheaper than normalizeTitle (one regex pass per step) and only compared with itself.
 */
function titleKey(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Bylines of the corpus papers and, when given, of the source records (mapped to paper ids). */
function collectBylines(corpus: Corpus, sources: readonly ParseResult[]): Byline[] {
  const bylines: Byline[] = [];
  const folded = new Map<string, string>();
  const fold = (title: string): string => {
    let f = folded.get(title);
    if (f === undefined) folded.set(title, (f = titleKey(title)));
    return f;
  };
  const byDoi = new Map<string, string>();
  const byTitle = new Map<string, string>();
  for (const p of corpus.papers) {
    const doi = p.doi === undefined ? "" : normalizeDoi(p.doi);
    const title = fold(p.title);
    bylines.push({ paper: p.id, doi, title, authors: p.authors });
    if (doi !== "" && !byDoi.has(doi)) byDoi.set(doi, p.id);
    if (title !== "" && !byTitle.has(title)) byTitle.set(title, p.id);
  }
  for (const result of sources)
    for (const r of result.papers) {
      const doi = r.doi === undefined ? "" : normalizeDoi(r.doi);
      const title = fold(r.title);
      const paper = byDoi.get(doi) ?? byTitle.get(title) ?? "";
      bylines.push({ paper, doi, title, authors: r.authors.map((a) => a.key) });
    }
  return bylines;
}

/** Paper ids, coauthor ids and folded venues of the `wanted` authors (the candidates) only. */
function collectEvidence(
  corpus: Corpus,
  maxAuthors: number,
  wanted: Set<string>,
): {
  papers: Map<string, string[]>;
  coauthors: Map<string, Set<string>>;
  venues: Map<string, Set<string>>;
  venueNames: Map<string, string>;
} {
  const papers = new Map<string, string[]>();
  const coauthors = new Map<string, Set<string>>();
  const venues = new Map<string, Set<string>>();
  // Folded venue → its first spelling on a candidate's paper.
  const venueNames = new Map<string, string>();
  const foldedVenues = new Map<string, string>();
  const link = (a: string, b: string): void => {
    if (!wanted.has(a)) return;
    let set = coauthors.get(a);
    if (set === undefined) coauthors.set(a, (set = new Set()));
    set.add(b);
  };
  for (const paper of corpus.papers) {
    // Venues are folded only for papers of candidates (most papers have none).
    let venue = "";
    if (
      paper.venue !== undefined &&
      paper.venue !== "" &&
      paper.authors.some((id) => wanted.has(id))
    ) {
      const known = foldedVenues.get(paper.venue);
      venue = known ?? foldText(paper.venue);
      if (known === undefined) foldedVenues.set(paper.venue, venue);
    }
    if (venue !== "" && !venueNames.has(venue)) venueNames.set(venue, paper.venue as string);
    for (const id of paper.authors) {
      if (!wanted.has(id)) continue;
      const list = papers.get(id);
      if (list === undefined) papers.set(id, [paper.id]);
      else list.push(paper.id);
      if (venue !== "") {
        const set = venues.get(id);
        if (set === undefined) venues.set(id, new Set([venue]));
        else set.add(venue);
      }
      if (paper.authors.length <= maxAuthors)
        for (const b of paper.authors) if (b !== id) link(id, b);
    }
  }
  for (const l of corpus.links) {
    link(l.source, l.target);
    link(l.target, l.source);
  }
  return { papers, coauthors, venues, venueNames };
}

/**
 * Lists pairs of authors that may be one person: the same folded surname (last word, suffix
 * `Jr`/`III` apart) and given names that agree (`T. Huang` / `Tiansheng Huang`, `Buyukkidik, S`
 * / `Büyükkidik, Serap`, `J. W. Ribeiro Jr` / `José W. Ribeiro Jr`, `Yoo Ah Kim` /
 * `Yoo-Ah Kim`), plus pairs that stand at the same byline place in two versions of one paper and
 * share a surname or all their words. Authors are bucketed by surname and first initial, so the
 * work grows with bucket sizes, not with the square of the author count.
 *
 * Score: the name agreement (0.2–0.7), raised by evidence e = shared coauthors + 2 × same-paper
 * versions, as name + (1 − name) · 0.8 · (1 − 2^−e); divided by 1 + 0.25 × the number of other
 * compatible authors (ambiguity); quartered when the two share a byline (two people on one paper);
 * halved when one is a dblp homonym (dblp separated them on purpose). Two homonyms with different
 * numbers are never suggested, a numbered and an unnumbered one only with evidence. Sorted by
 * score, descending, then by names and ids (code-unit order, the same on every machine).
 */
export function suggestMerges(
  corpus: Corpus,
  options: Partial<MergeSuggestionOptions> = {},
): MergeSuggestion[] {
  const { minScore, maxAuthors, sources } = { ...DEFAULT_MERGE_SUGGESTION_OPTIONS, ...options };
  const order = new Map(corpus.authors.map((a, i) => [a.id, i]));
  const byId = new Map(corpus.authors.map((a) => [a.id, a]));
  const shapes = new Map<string, NameShape>();
  // Shapes of the names spelled without umlauts, for the authors whose spelling that changes.
  const spelledOut = new Map<string, NameShape>();
  const buckets = new Map<string, Author[]>();
  const spelledBuckets = new Map<string, Author[]>();
  const bucketOf = (into: Map<string, Author[]>, shape: NameShape, author: Author) => {
    const key = `${shape.surname}|${shape.given[0][0]}`;
    const bucket = into.get(key);
    if (bucket === undefined) into.set(key, [author]);
    else bucket.push(author);
  };
  for (const author of corpus.authors) {
    const shape = shapeOf(author);
    if (shape === null) continue;
    shapes.set(author.id, shape);
    bucketOf(buckets, shape, author);
    const spelled = HAS_TRANSLITERATION.test(author.name) ? shapeOf(author, true) : null;
    if (spelled !== null) spelledOut.set(author.id, spelled);
    bucketOf(spelledBuckets, spelled ?? shape, author);
  }

  const candidates = new Map<string, { a: Author; b: Author; score: number; reason: string }>();
  for (const bucket of buckets.values())
    for (let i = 0; i < bucket.length; i++)
      for (let j = i + 1; j < bucket.length; j++) {
        const a = bucket[i];
        const b = bucket[j];
        const agreement = nameAgreement(
          shapes.get(a.id) as NameShape,
          shapes.get(b.id) as NameShape,
        );
        if (agreement !== null) candidates.set(pairKey(a.id, b.id), { a, b, ...agreement });
      }
  // `Müller` / `Mueller`, `Søren` / `Soeren`: the same names once umlauts are spelled out.
  for (const bucket of spelledBuckets.values())
    for (let i = 0; i < bucket.length; i++)
      for (let j = i + 1; j < bucket.length; j++) {
        const a = bucket[i];
        const b = bucket[j];
        const key = pairKey(a.id, b.id);
        if (candidates.has(key) || (!spelledOut.has(a.id) && !spelledOut.has(b.id))) continue;
        const sa = spelledOut.get(a.id) ?? (shapes.get(a.id) as NameShape);
        const sb = spelledOut.get(b.id) ?? (shapes.get(b.id) as NameShape);
        const agreement = nameAgreement(sa, sb);
        if (agreement === null) continue;
        const same = sa.given.join(" ") === sb.given.join(" ") && sa.suffix === sb.suffix;
        const reason = same
          ? `same name after transliteration (${transliterationNote(a.name, b.name)})`
          : `${agreement.reason}, after transliteration (${transliterationNote(a.name, b.name)})`;
        candidates.set(key, { a, b, score: same ? 0.7 : agreement.score, reason });
      }
  const versions = sameBylinePairs(collectBylines(corpus, sources));
  for (const [key, { a: ida, b: idb }] of versions) {
    if (candidates.has(key)) continue;
    const a = byId.get(ida);
    const b = byId.get(idb);
    const sa = shapes.get(ida);
    const sb = shapes.get(idb);
    if (a === undefined || b === undefined || sa === undefined || sb === undefined) continue;
    if (sameWords(sa, sb))
      candidates.set(key, { a, b, score: 0.4, reason: "same words in another order" });
    else if (sa.surname === sb.surname)
      candidates.set(key, { a, b, score: 0.2, reason: "same surname, given names differ" });
  }
  if (candidates.size === 0) return [];

  const partners = new Map<string, number>();
  for (const { a, b } of candidates.values()) {
    partners.set(a.id, (partners.get(a.id) ?? 0) + 1);
    partners.set(b.id, (partners.get(b.id) ?? 0) + 1);
  }
  const { papers, coauthors, venues, venueNames } = collectEvidence(
    corpus,
    maxAuthors,
    new Set(partners.keys()),
  );
  const none = new Set<string>();
  const out: MergeSuggestion[] = [];
  for (const [key, { a, b, score: nameScore, reason }] of candidates) {
    const ca = coauthors.get(a.id) ?? none;
    const cb = coauthors.get(b.id) ?? none;
    const [small, large] = ca.size <= cb.size ? [ca, cb] : [cb, ca];
    const shared = [...small].filter((id) => large.has(id) && id !== a.id && id !== b.id);
    const samePapers = [...(versions.get(key)?.papers ?? [])];
    const va = venues.get(a.id) ?? none;
    const vb = venues.get(b.id) ?? none;
    const sharedVenues = [...(va.size <= vb.size ? va : vb)]
      .filter((v) => (va.size <= vb.size ? vb : va).has(v))
      .map((v) => venueNames.get(v) ?? v)
      .sort(compare);
    const evidence = shared.length + 2 * samePapers.length;
    const numbered = /\s\d{4}$/.test(a.id) !== /\s\d{4}$/.test(b.id);
    if (numbered && evidence === 0) continue;
    // Two different identifiers of one kind (two ORCIDs, two Scopus ids): two people.
    if (idsConflict(a.ids, b.ids)) continue;
    const idNote = idsNote(a, b);
    // Keys that differ only by an identifier: the names themselves are the same.
    const sameName =
      idNote !== "" &&
      foldText(withoutDisambiguation(a.name)) === foldText(withoutDisambiguation(b.name));
    const pa = papers.get(a.id) ?? [];
    const pb = papers.get(b.id) ?? [];
    const pbSet = new Set(pb);
    const coPapers = pa.filter((p) => pbSet.has(p));
    const alternatives = (partners.get(a.id) ?? 1) - 1 + ((partners.get(b.id) ?? 1) - 1);
    let score = nameScore + (1 - nameScore) * 0.8 * (1 - 2 ** -evidence);
    score /= 1 + 0.25 * alternatives;
    if (coPapers.length > 0) score *= 0.25;
    if (numbered) score *= 0.5;
    score = Math.round(score * 1000) / 1000;
    if (score < minScore) continue;
    // Keep the fuller name; then the author with more papers; then the earlier one.
    const aFirst =
      b.name.length - a.name.length ||
      pb.length - pa.length ||
      (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
    const [keep, merge] = aFirst <= 0 ? [a, b] : [b, a];
    const [keepPapers, mergePapers] = keep === a ? [pa, pb] : [pb, pa];
    out.push({
      keep: keep.id,
      merge: merge.id,
      keepName: keep.name,
      mergeName: merge.name,
      score,
      evidence: {
        reason:
          (sameName
            ? "same name"
            : numbered
              ? `${reason}; one is a dblp homonym (numbered)`
              : reason) + idNote,
        sharedCoauthors: shared.sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0)),
        sharedVenues,
        samePapers,
        papers: [keepPapers, mergePapers],
        coPapers,
        alternatives,
      },
    });
  }
  return out.sort(
    (x, y) =>
      y.score - x.score ||
      compare(x.keepName, y.keepName) ||
      compare(x.mergeName, y.mergeName) ||
      compare(x.keep, y.keep) ||
      compare(x.merge, y.merge),
  );
}

/**
 * Applies accepted merges and returns a new corpus (the input is not changed). Decisions chain
 * (`b` into `a`, then `c` into `b`: all three become `a`); a decision naming an unknown author or
 * joining two already joined authors is skipped, the first with a warning. The survivor keeps its
 * id and takes the longest display name of its group (the first met on ties), the other spellings
 * and variants go to `variants`. Papers get the survivor's id (an author listed twice on one paper
 * is kept once, at the first place), links are re-keyed with self-links dropped and parallel links
 * summed, owners re-keyed.
 */
export function applyMerges(corpus: Corpus, decisions: readonly MergeDecision[]): Corpus {
  const known = new Set(corpus.authors.map((a) => a.id));
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root)) root = parent.get(root) as string;
    return root;
  };
  const warnings: Warning[] = [...corpus.warnings];
  for (const d of decisions) {
    const missing = [d.keep, d.merge].filter((id) => !known.has(id));
    if (missing.length > 0) {
      warnings.push({
        file: "",
        line: 0,
        message: `merge decision names unknown author ${missing.map((m) => `"${m}"`).join(" and ")}; skipped`,
      });
      continue;
    }
    const keep = find(d.keep);
    const merge = find(d.merge);
    if (keep !== merge) parent.set(merge, keep);
  }
  if (parent.size === 0) return { ...corpus, warnings };

  const groups = new Map<string, Author[]>();
  for (const author of corpus.authors) {
    const root = find(author.id);
    const group = groups.get(root);
    if (group === undefined) groups.set(root, [author]);
    else group.push(author);
  }
  const authors: Author[] = [];
  for (const author of corpus.authors) {
    if (parent.has(author.id)) continue;
    const group = groups.get(author.id) ?? [author];
    if (group.length === 1) {
      authors.push(author);
      continue;
    }
    // The survivor first, then the merged authors in corpus order.
    const ordered = [author, ...group.filter((g) => g !== author)];
    let name = author.name;
    for (const g of ordered) if (g.name.length > name.length) name = g.name;
    const spellings: string[] = [];
    for (const g of ordered)
      for (const s of [g.name, ...g.variants])
        if (s !== name && !spellings.includes(s)) spellings.push(s);
    const merged: Author = { id: author.id, name, variants: spellings };
    const ids = {};
    for (const g of ordered) mergeIds(ids, g.ids);
    if (hasIds(ids)) merged.ids = ids;
    authors.push(merged);
  }

  const papers = corpus.papers.map((paper) => {
    const ids: string[] = [];
    for (const id of paper.authors) {
      const root = find(id);
      if (!ids.includes(root)) ids.push(root);
    }
    return { ...paper, authors: ids };
  });
  const links = new Map<string, Corpus["links"][number]>();
  for (const l of corpus.links) {
    const s = find(l.source);
    const t = find(l.target);
    if (s === t) continue;
    const [a, b] = s < t ? [s, t] : [t, s];
    const key = `${a}\u0000${b}`;
    const existing = links.get(key);
    if (existing) existing.weight += l.weight;
    else
      links.set(key, { source: a, target: b, weight: l.weight, ...(l.file && { file: l.file }) });
  }
  let networkAuthors: Corpus["networkAuthors"];
  if (corpus.networkAuthors) {
    networkAuthors = {};
    for (const [id, node] of Object.entries(corpus.networkAuthors)) {
      const root = find(id);
      if (!(root in networkAuthors)) networkAuthors[root] = corpus.networkAuthors[root] ?? node;
    }
  }
  const owners: string[] = [];
  for (const o of corpus.owners) {
    const root = find(o);
    if (!owners.includes(root)) owners.push(root);
  }
  return {
    papers,
    authors,
    links: [...links.values()],
    owners,
    files: corpus.files,
    warnings,
    ...(networkAuthors && { networkAuthors }),
  };
}
