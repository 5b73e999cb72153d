// Chunked parsing: the StreamParser shape, a whole-text adapter, and a line splitter for line-based formats.
import type { AuthorName, PaperRecord, ParseResult } from "../model/types.ts";
import type { ParseOptions } from "./parse-options.ts";

/**
 * A parser fed text piece by piece (decoded chunks of a file, cut anywhere, even inside a line or
 * a `\r\n`), so a large file is never held whole. `end` returns the same result as the format's
 * whole-text parser would for the concatenated text.
 */
export interface StreamParser {
  /** Feeds the next piece of text. May throw on unusable input (as the whole-text parser does). */
  push(chunk: string): void;
  /** No more text: finishes and returns the result. */
  end(): ParseResult;
  /** True once the parser wants no more text (it was told to stop early); `end` then returns at once. */
  stopped?(): boolean;
}

/** Takes records from a stream parser as soon as they are final (a corpus builder, say). */
export interface RecordSink {
  /** The file's owner (profile format), before any of its papers. */
  owner(owner: AuthorName): void;
  paper(record: PaperRecord): void;
  /** The sink keeps no abstracts: a parser may leave them out of the records it hands over. */
  dropsAbstracts?: boolean;
}

export interface StreamOptions extends ParseOptions {
  /**
   * Hand the owner and each paper here as soon as it is final, and keep the papers out of the
   * result (its `papers` stays empty; `owner` is still set), so they are not held twice.
   */
  sink?: RecordSink;
}

/** Where a stream parser puts its papers: the result's list, or the sink when there is one. */
export function createPaperOutput(sink: RecordSink | undefined): {
  papers: PaperRecord[];
  add(record: PaperRecord): void;
} {
  const papers: PaperRecord[] = [];
  return {
    papers,
    add: sink ? (record) => sink.paper(record) : (record) => papers.push(record),
  };
}

/**
 * A StreamParser for formats that need the whole text (JSON, GML): collects the pieces and
 * parses them at the end.
 */
export function createWholeTextStream(parse: (text: string) => ParseResult): StreamParser {
  const pieces: string[] = [];
  return {
    push(chunk) {
      pieces.push(chunk);
    },
    end() {
      const text = pieces.join("");
      pieces.length = 0;
      return parse(text);
    },
  };
}

/** Receives pieces of text, cut anywhere. */
export interface TextSink {
  push(chunk: string): void;
  end(): void;
}

/**
 * Cuts text fed in pieces into lines at LF, CRLF or CR (as `text.split(/\r\n|\r|\n/)` would,
 * including the last line, empty when the text ends with a line break) and calls `onLine` with
 * each line and its 1-based number. A CR at the end of a piece waits for the next piece, since
 * it may be the first half of a CRLF. Numbering starts after `linesBefore` (text that starts
 * partway through a file).
 */
export function createLineSplitter(
  onLine: (line: string, lineNo: number) => void,
  linesBefore = 0,
): TextSink {
  let rest = "";
  let lineNo = linesBefore;
  const BREAK = /\r\n|\r|\n/g;
  /** Emits the complete lines of `text`, searching from `from` (the rest holds no break before). */
  const cut = (text: string, from: number, final: boolean): string => {
    BREAK.lastIndex = from;
    let start = 0;
    for (let m = BREAK.exec(text); m !== null; m = BREAK.exec(text)) {
      if (!final && m[0] === "\r" && m.index === text.length - 1) break;
      onLine(text.slice(start, m.index), ++lineNo);
      start = BREAK.lastIndex;
    }
    return text.slice(start);
  };
  return {
    push(chunk) {
      rest = cut(rest + chunk, Math.max(0, rest.length - 1), false);
    },
    end() {
      onLine(cut(rest, 0, true), ++lineNo);
      rest = "";
    },
  };
}
