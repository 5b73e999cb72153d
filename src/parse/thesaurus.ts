// VOSviewer thesaurus files (`label` / `replace by`, tab-separated): reading them and applying them to a corpus.
import type { Author, Corpus, Warning } from "../model/types.ts";
import { withoutDisambiguation } from "./homonyms.ts";
import { applyMerges, type MergeDecision } from "./merge-suggestions.ts";
import { authorKey, foldText, parseName } from "./names.ts";
import { stripBom } from "./text-lines.ts";

/** One line of a thesaurus: names matching `label` become `replacement` ("" drops them). */
export interface ThesaurusEntry {
  label: string;
  replacement: string;
  line: number;
}

export interface Thesaurus {
  file: string;
  entries: ThesaurusEntry[];
  warnings: Warning[];
}

/** The header line VOSviewer writes and reads. */
const HEADER = /^\s*label\s*\t\s*replace by\s*$/i;

/**
 * True when `text` is a VOSviewer thesaurus: its first non-blank line (after a BOM) is the
 * `label<TAB>replace by` header.
 */
export function isThesaurus(text: string): boolean {
  const head = stripBom(text.slice(0, 4096));
  const first = head.split(/\r\n|\n|\r/).find((l) => l.trim() !== "");
  return first !== undefined && HEADER.test(first);
}

/**
 * Reads a VOSviewer thesaurus: a `label<TAB>replace by` header, then one `label<TAB>replacement`
 * per line (an empty or missing replacement drops the label's item). Lines without a tab, or
 * with an empty label, are skipped with a warning naming the line; a missing header is warned
 * about and the first line read as an entry.
 */
export function parseThesaurus(text: string, file: string): Thesaurus {
  const entries: ThesaurusEntry[] = [];
  const warnings: Warning[] = [];
  let header = false;
  stripBom(text)
    .split(/\r\n|\n|\r/)
    .forEach((raw, i) => {
      const line = i + 1;
      if (raw.trim() === "") return;
      if (!header) {
        header = true;
        if (HEADER.test(raw)) return;
        warnings.push({ file, line, message: 'thesaurus has no "label<TAB>replace by" header' });
      }
      const tab = raw.indexOf("\t");
      const label = (tab < 0 ? raw : raw.slice(0, tab)).trim();
      const replacement =
        tab < 0
          ? ""
          : raw
              .slice(tab + 1)
              .split("\t")[0]
              .trim();
      if (label === "") {
        warnings.push({ file, line, message: "thesaurus line without a label; skipped" });
        return;
      }
      if (tab < 0) {
        warnings.push({
          file,
          line,
          message: `thesaurus line "${label.slice(0, 60)}" has no tab; skipped`,
        });
        return;
      }
      entries.push({ label, replacement, line });
    });
  return { file, entries, warnings };
}

/**
 * The keys a thesaurus label matches: the label folded as written, and read as a person name
 * (`Bruna, Emilio M.` and `Emilio M. Bruna` match the same author).
 */
function labelKeys(label: string): string[] {
  const keys = new Set([foldText(label)]);
  const name = parseName(label, { latex: false, homonymNumbers: false });
  if (name !== null) keys.add(name.key);
  return [...keys].filter((k) => k !== "");
}

/** Authors by every key a label may name them by: id, folded display name, folded variants. */
function authorIndex(authors: readonly Author[]): Map<string, Author[]> {
  const index = new Map<string, Author[]>();
  const add = (key: string, author: Author): void => {
    if (key === "") return;
    const list = index.get(key);
    if (list === undefined) index.set(key, [author]);
    else if (!list.includes(author)) list.push(author);
  };
  for (const a of authors) {
    add(a.id, a);
    add(authorKey(a.name), a);
    add(authorKey(withoutDisambiguation(a.name)), a); // `Wei Wang (0032)` is a `Wei Wang`
    for (const v of a.variants) add(authorKey(v), a);
  }
  return index;
}

const lookup = (index: Map<string, Author[]>, label: string): Author[] => {
  const found: Author[] = [];
  if (index.has(label)) found.push(...(index.get(label) as Author[]));
  for (const key of labelKeys(label))
    for (const a of index.get(key) ?? []) if (!found.includes(a)) found.push(a);
  return found;
};

/**
 * Applies thesauri to a corpus (a new corpus; the input is not changed). For each entry, the
 * authors its label names (by id, display name or a variant, case, accents and punctuation
 * folded, `Last, First` or `First Last`): with a replacement naming another author, they are
 * merged into it (as accepted merge decisions, see applyMerges); with a replacement naming
 * nobody, the first is renamed to it (the old name kept as a variant) and the others merged into
 * it; with an empty replacement they are dropped from every paper, link and owner list. Labels
 * that name nobody are summarized in one warning per thesaurus.
 */
export function applyThesauri(corpus: Corpus, thesauri: readonly Thesaurus[]): Corpus {
  let current = corpus;
  for (const thesaurus of thesauri) current = applyThesaurus(current, thesaurus);
  return current;
}

function applyThesaurus(corpus: Corpus, thesaurus: Thesaurus): Corpus {
  const warnings: Warning[] = [...thesaurus.warnings];
  const index = authorIndex(corpus.authors);
  const decisions: MergeDecision[] = [];
  const renames = new Map<string, string>();
  const drops = new Set<string>();
  const unmatched: ThesaurusEntry[] = [];
  let applied = 0;
  for (const entry of thesaurus.entries) {
    const sources = lookup(index, entry.label);
    if (sources.length === 0) {
      unmatched.push(entry);
      continue;
    }
    applied++;
    if (entry.replacement === "") {
      for (const s of sources) drops.add(s.id);
      continue;
    }
    const targets = lookup(index, entry.replacement).filter((t) => !sources.includes(t));
    let keep: Author;
    let rest: Author[];
    if (targets.length > 0) [keep, rest] = [targets[0], sources];
    else [keep, ...rest] = sources;
    // The survivor shows the target's name, or the replacement when it names nobody.
    renames.set(keep.id, targets.length > 0 ? keep.name : entry.replacement);
    for (const s of rest)
      if (s !== keep)
        decisions.push({ keep: keep.id, merge: s.id, keepName: keep.name, mergeName: s.name });
  }
  if (unmatched.length > 0)
    warnings.push({
      file: thesaurus.file,
      line: unmatched[0].line,
      message: `${unmatched.length} thesaurus label${unmatched.length > 1 ? "s" : ""} named no author, first "${unmatched[0].label.slice(0, 60)}"`,
    });
  warnings.push({
    file: thesaurus.file,
    line: 0,
    message: `thesaurus applied: ${applied} of ${thesaurus.entries.length} labels matched (${decisions.length} merged, ${drops.size} dropped)`,
  });
  const merged = decisions.length > 0 ? applyMerges(corpus, decisions) : corpus;
  const renamed: Corpus = {
    ...merged,
    authors: merged.authors.map((a) => {
      const name = renames.get(a.id);
      if (name === undefined || name === a.name) return a;
      return { ...a, name, variants: [a.name, ...a.variants.filter((v) => v !== name)] };
    }),
  };
  const kept = drops.size > 0 ? dropAuthors(renamed, drops) : renamed;
  return { ...kept, warnings: [...kept.warnings, ...warnings] };
}

/** The corpus without the `drop` authors: out of the author list, every paper, link and owners. */
function dropAuthors(corpus: Corpus, drop: ReadonlySet<string>): Corpus {
  return {
    ...corpus,
    authors: corpus.authors.filter((a) => !drop.has(a.id)),
    papers: corpus.papers.map((p) =>
      p.authors.some((id) => drop.has(id))
        ? { ...p, authors: p.authors.filter((id) => !drop.has(id)) }
        : p,
    ),
    links: corpus.links.filter((l) => !drop.has(l.source) && !drop.has(l.target)),
    owners: corpus.owners.filter((o) => !drop.has(o)),
  };
}

/**
 * Splits loaded files into thesauri ({@link isThesaurus}) and the others, so a thesaurus loaded
 * alongside bibliographies is applied to them rather than read as one.
 */
export function splitThesauri<T extends { name: string; text: string }>(
  files: readonly T[],
): { thesauri: Thesaurus[]; others: T[] } {
  const thesauri: Thesaurus[] = [];
  const others: T[] = [];
  for (const f of files)
    if (isThesaurus(f.text)) thesauri.push(parseThesaurus(f.text, f.name));
    else others.push(f);
  return { thesauri, others };
}
