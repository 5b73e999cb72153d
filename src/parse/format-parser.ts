// The shape every format parser exposes to format detection (detect.ts).
import type { ParseResult } from "../model/types.ts";
import type { ParseOptions } from "./parse-options.ts";
import type { StreamOptions, StreamParser } from "./stream-parser.ts";

export type { ParseOptions };

/** One bibliography format: a content sniffer and a parser. */
export interface FormatParser {
  /** Format name reported in ParseResult.format, e.g. `"profile"`, `"bibtex"`. */
  format: string;
  /**
   * How much `text` looks like this format, 0 (not at all) to 1 (certainly). Must be cheap (look
   * at the first lines only) and must not throw.
   */
  sniff(text: string, fileName: string): number;
  /** Parses the whole text. Malformed records become warnings; it throws only on unusable input. */
  parse(text: string, options: ParseOptions): ParseResult;
  /**
   * The same parser fed in pieces (large files), for formats that can read record by record.
   * Absent: callers collect the text and use {@link FormatParser.parse}.
   */
  stream?(options: StreamOptions): StreamParser;
}
