// Saved live-source results: a JSON file of records read back offline (no URLs or keys inside).
import type { ParseResult } from "../model/types.ts";
import type { FormatParser } from "./format-parser.ts";

/** One source's result as saved (the shape of src/sources' SourceResult). */
export interface SavedSourceResult extends ParseResult {
  source: string;
  partial?: string;
}
type SourceResult = SavedSourceResult;

export const SAVED_SOURCES_FORMAT = "coauthor-atlas-sources";

/** The saved file: its format tag, version, when, and the results. */
export interface SavedSources {
  format: typeof SAVED_SOURCES_FORMAT;
  version: 1;
  saved: string;
  results: SourceResult[];
}

/** The results as a saved-sources JSON text (records and warnings only: no URLs, keys or mailto). */
export function serializeSources(results: readonly SourceResult[], now = new Date()): string {
  const saved: SavedSources = {
    format: SAVED_SOURCES_FORMAT,
    version: 1,
    saved: now.toISOString(),
    results: [...results],
  };
  return `${JSON.stringify(saved, null, 1)}\n`;
}

/** True when the start of a text is a saved-sources file. */
export function sniffSavedSources(head: string): boolean {
  return /^\uFEFF?\s*\{\s*"format"\s*:\s*"coauthor-atlas-sources"/.test(head.slice(0, 256));
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Reads a saved-sources file back. Throws an Error naming `file` when it is not one; a result
 * that is not shaped like one is skipped and said so in a warning of the next result read.
 */
export function readSavedSources(text: string, file: string): SourceResult[] {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new Error(`${file}: not a saved-sources file (${(error as Error).message})`, {
      cause: error,
    });
  }
  if (!isObj(value) || value.format !== SAVED_SOURCES_FORMAT || !Array.isArray(value.results))
    throw new Error(`${file}: not a saved-sources file`);
  if (value.version !== 1)
    throw new Error(`${file}: saved-sources version ${String(value.version)} is not known`);
  const out: SourceResult[] = [];
  value.results.forEach((r, i) => {
    if (
      !isObj(r) ||
      typeof r.source !== "string" ||
      !Array.isArray(r.papers) ||
      !Array.isArray(r.warnings)
    ) {
      out.push({
        file,
        source: file,
        format: "saved-sources",
        papers: [],
        warnings: [
          { file, line: 0, message: `saved result ${i + 1} is not a source result; skipped` },
        ],
      });
      return;
    }
    const papers = r.papers.filter(
      (p): p is SourceResult["papers"][number] =>
        isObj(p) &&
        typeof p.title === "string" &&
        Array.isArray(p.authors) &&
        p.authors.every((a) => isObj(a) && typeof a.name === "string" && typeof a.key === "string"),
    );
    const result = { ...(r as unknown as SourceResult), papers };
    if (papers.length < r.papers.length)
      result.warnings = [
        ...result.warnings,
        {
          file,
          line: 0,
          message: `${r.papers.length - papers.length} malformed saved records skipped`,
        },
      ];
    out.push(result);
  });
  return out;
}

/**
 * The results of a saved-sources text as one parse result (the explorer loads it like any file):
 * papers and warnings in order, the first owner. Throws (as parsers do) when it is not one.
 */
export function parseSavedSources(text: string, options: { file: string }): ParseResult {
  const results = readSavedSources(text, options.file);
  const out: ParseResult = {
    file: options.file,
    format: "saved-sources",
    papers: results.flatMap((r) => r.papers),
    warnings: results.flatMap((r) => r.warnings),
  };
  const owner = results.find((r) => r.owner !== undefined)?.owner;
  if (owner !== undefined) out.owner = owner;
  return out;
}

/** Saved sources (`--save-sources`, the explorer's imports) in the format table. */
export const SAVED_SOURCES_PARSER: FormatParser = {
  format: "saved-sources",
  sniff: (text) => (sniffSavedSources(text) ? 1 : 0),
  parse: (text, options) => parseSavedSources(text, options),
};
