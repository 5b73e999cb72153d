// Format detection: a registry of format parsers, content sniffing, and parseFile for any known format.
import type { ParseResult } from "../model/types.ts";
import type { FormatParser } from "./format-parser.ts";
import { createWholeTextStream, type RecordSink, type StreamParser } from "./stream-parser.ts";
import { PROFILE_FORMAT } from "./profile.ts";
import { BIBTEX_FORMAT } from "./bibtex.ts";
import { RIS_FORMAT } from "./ris.ts";
import { CSL_JSON_FORMAT } from "./csl-json.ts";
import { OPENALEX_FORMAT } from "./openalex.ts";
import { CSV_FORMAT } from "./csv.ts";
import { DBLP_XML_FORMAT } from "./dblp-xml.ts";
import { GEXF_FORMAT } from "./gexf.ts";
import { GML_FORMAT } from "./gml.ts";
import { GRAPHML_FORMAT } from "./graphml.ts";
import { VOSVIEWER_JSON_FORMAT } from "./vosviewer-json.ts";
import { WOS_FORMAT } from "./wos.ts";
import { PUBMED_FORMAT } from "./pubmed.ts";
import { SCOPUS_CSV_FORMAT } from "./scopus-csv.ts";
import { SAVED_SOURCES_PARSER } from "./saved-sources.ts";

/**
 * Known formats, tried in order; the highest sniff score wins (ties go to the earlier entry).
 * Other format parsers are appended here (or with {@link registerFormat}).
 */
export const FORMATS: FormatParser[] = [
  PROFILE_FORMAT,
  BIBTEX_FORMAT,
  RIS_FORMAT,
  OPENALEX_FORMAT,
  CSL_JSON_FORMAT,
  CSV_FORMAT,
  DBLP_XML_FORMAT,
  VOSVIEWER_JSON_FORMAT,
  GML_FORMAT,
  GEXF_FORMAT,
  GRAPHML_FORMAT,
  WOS_FORMAT,
  PUBMED_FORMAT,
  SCOPUS_CSV_FORMAT,
  SAVED_SOURCES_PARSER,
];

export interface DetectOptions {
  /** Lowest sniff score accepted as a match. */
  minScore: number;
  /** Formats to choose from. */
  formats: readonly FormatParser[];
}

export const DEFAULT_DETECT_OPTIONS: DetectOptions = { minScore: 0.5, formats: FORMATS };

/** Characters of a file's start that format detection looks at (every sniffer reads at most this). */
export const DETECT_HEAD_CHARS = 65536;

/**
 * When no format claims the first {@link DETECT_HEAD_CHARS} characters, the stream reads on to
 * this many and asks again (a BibTeX file may open with a long preamble of prose).
 */
export const MAX_DETECT_CHARS = 1 << 20;

/**
 * Old Mac line endings (CR only, no LF in the head): every CR is read as a line feed, so the
 * line-based sniffers and parsers (and line numbers) see lines.
 */
function crOnly(head: string): boolean {
  return head.includes("\r") && !head.includes("\n");
}

/** Adds a format to {@link FORMATS}, replacing an entry with the same format name. */
export function registerFormat(parser: FormatParser): void {
  const index = FORMATS.findIndex((p) => p.format === parser.format);
  if (index >= 0) FORMATS[index] = parser;
  else FORMATS.push(parser);
}

/** Share of the sample that must be control characters or U+FFFD for a file to count as binary. */
const BINARY_SHARE = 0.1;

/** True for text holding a NUL, or mostly control characters / replacement characters. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes("\u0000")) return true;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    const control = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d;
    if (control || code === 0x7f || code === 0xfffd) bad++;
  }
  return sample.length > 0 && bad / sample.length > BINARY_SHARE;
}

const fail = (file: string, what: string): Error =>
  new Error(`coauthor-atlas/parse: ${file}: ${what}`);

/**
 * Names the format of `text` (e.g. `"profile"`), or null when no format sniffs at least
 * `minScore`. Empty or binary text is never a format.
 */
export function detectFormat(
  text: string,
  fileName: string,
  options: Partial<DetectOptions> = {},
): string | null {
  return pickFormat(text, fileName, options)?.format ?? null;
}

function pickFormat(
  text: string,
  fileName: string,
  options: Partial<DetectOptions>,
): FormatParser | null {
  const { minScore, formats } = { ...DEFAULT_DETECT_OPTIONS, ...options };
  if (text.replace(/^\uFEFF/, "").trim() === "" || looksBinary(text)) return null;
  let best: FormatParser | null = null;
  let bestScore = -Infinity;
  for (const parser of formats) {
    let score: number;
    try {
      score = parser.sniff(text, fileName);
    } catch {
      score = 0; // a sniffer that throws does not claim the file
    }
    if (score > bestScore) {
      best = parser;
      bestScore = score;
    }
  }
  return bestScore >= minScore ? best : null;
}

/**
 * Detects the format of one file's text and parses it. Throws
 * `coauthor-atlas/parse: <file>: file is empty`, `…: binary file, not a bibliography` or
 * `…: not a recognised bibliography format`.
 */
export function parseFile(
  text: string,
  fileName: string,
  options: Partial<DetectOptions> = {},
): ParseResult {
  if (text.replace(/^\uFEFF/, "").trim() === "") throw fail(fileName, "file is empty");
  if (looksBinary(text)) throw fail(fileName, "binary file, not a bibliography");
  const lines = crOnly(text.slice(0, DETECT_HEAD_CHARS)) ? text.replace(/\r/g, "\n") : text;
  const parser =
    pickFormat(lines.slice(0, DETECT_HEAD_CHARS), fileName, options) ??
    pickFormat(lines.slice(0, MAX_DETECT_CHARS), fileName, options);
  if (parser === null) throw fail(fileName, "not a recognised bibliography format");
  return parser.parse(lines, { file: fileName });
}

/** A parse stream that names its format once it is known (after the first 64 K characters). */
export interface FileParseStream extends StreamParser {
  /** The detected format, or null while the head is still being collected. */
  readonly format: string | null;
}

/**
 * {@link parseFile} fed in pieces: collects the first {@link DETECT_HEAD_CHARS} characters (and
 * more while they are all blank), detects the format from them, then hands everything to the
 * format's stream parser, or, for formats that need the whole text (JSON, GML), collects the text
 * and parses it at the end. Throws the same errors as parseFile, from `push` once the head is
 * complete or from `end`. With a `sink`, formats read record by record hand their papers to it
 * (see `StreamOptions` in stream-parser.ts); the others still return theirs in the result.
 */
export function createParseStream(
  fileName: string,
  options: Partial<DetectOptions> & { sink?: RecordSink } = {},
): FileParseStream {
  const head: string[] = [];
  let headLength = 0;
  let sawText = false;
  let inner: StreamParser | null = null;
  let format: string | null = null;
  let nextTry = DETECT_HEAD_CHARS;
  /** CR-only line endings: CRs are turned into LFs as the text comes (see {@link crOnly}). */
  let crLines = false;
  /** Detects the format from the head; unless `final`, null while nothing claims it and more may come. */
  const start = (final: boolean): StreamParser | null => {
    let text = head.join("");
    if (!sawText) throw fail(fileName, "file is empty");
    if (looksBinary(text)) throw fail(fileName, "binary file, not a bibliography");
    crLines = crOnly(text.slice(0, DETECT_HEAD_CHARS));
    if (crLines) text = text.replace(/\r/g, "\n");
    const parser =
      pickFormat(text.slice(0, DETECT_HEAD_CHARS), fileName, options) ??
      (text.length > DETECT_HEAD_CHARS ? pickFormat(text, fileName, options) : null);
    // Nothing claims the head yet: read on (up to MAX_DETECT_CHARS) before giving up.
    if (parser === null && !final && text.length < MAX_DETECT_CHARS) return null;
    head.length = 0;
    if (parser === null) throw fail(fileName, "not a recognised bibliography format");
    format = parser.format;
    const stream = parser.stream
      ? parser.stream({ file: fileName, sink: options.sink })
      : createWholeTextStream((whole) => parser.parse(whole, { file: fileName }));
    stream.push(text);
    return stream;
  };
  return {
    get format() {
      return format;
    },
    push(chunk) {
      if (inner !== null) {
        inner.push(crLines ? chunk.replace(/\r/g, "\n") : chunk);
        return;
      }
      head.push(chunk);
      headLength += chunk.length;
      sawText ||= /\S/.test(chunk); // \s covers the BOM too
      // Asked at the head's size, then again each time the head doubles (up to MAX_DETECT_CHARS).
      if (headLength >= nextTry && sawText) {
        nextTry = headLength * 2;
        inner = start(false);
      }
    },
    end() {
      inner ??= start(true);
      if (inner === null) throw fail(fileName, "not a recognised bibliography format");
      return inner.end();
    },
  };
}
