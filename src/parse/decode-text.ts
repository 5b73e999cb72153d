// Bytes to text for every reader (CLI, page, worker): UTF-16 by BOM or NUL pattern, UTF-8, or Windows-1252.
import type { Warning } from "../model/types.ts";

/** The encodings a file is read in. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** Bytes looked at to recognise UTF-16 without a BOM. */
export const UTF16_SNIFF_BYTES = 4096;

/** Share of one byte column (even or odd offsets) that must be NUL for BOM-less UTF-16. */
const NUL_SHARE = 0.3;
/** Largest share of NULs the other column may hold. */
const OTHER_NUL_SHARE = 0.02;

/**
 * The encoding the first bytes of a file announce: a BOM (`EF BB BF` UTF-8, `FF FE` UTF-16 LE,
 * `FE FF` UTF-16 BE), or, without one, UTF-16 when the byte pattern is unmistakable: among the
 * first {@link UTF16_SNIFF_BYTES} bytes, at least 30 % of the odd (LE) or even (BE) bytes are NUL
 * and at most 2 % of the others (text that is mostly ASCII, as every bibliography format is).
 * Null when the bytes say nothing (UTF-8 or a single-byte encoding, decided by {@link scanUtf8}).
 */
export function sniffUnicodeEncoding(head: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" | null {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  const pairs = Math.floor(Math.min(head.length, UTF16_SNIFF_BYTES) / 2);
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) evenNul++;
    if (head[2 * i + 1] === 0) oddNul++;
  }
  if (oddNul >= NUL_SHARE * pairs && evenNul <= OTHER_NUL_SHARE * pairs) return "utf-16le";
  if (evenNul >= NUL_SHARE * pairs && oddNul <= OTHER_NUL_SHARE * pairs) return "utf-16be";
  return null;
}

/** What a UTF-8 check of a file found. */
export interface Utf8Report {
  /** Invalid sequences: each becomes one U+FFFD when decoded as UTF-8. */
  invalid: number;
  /** Valid multi-byte sequences (non-ASCII characters written as UTF-8). */
  multibyte: number;
  /** 1-based lines of the first invalid sequences (at most `maxLines`). */
  badLines: number[];
}

/** Feeds bytes to a UTF-8 check, piece by piece (a sequence may be cut between pieces). */
export interface Utf8Scan {
  push(bytes: Uint8Array): void;
  end(): Utf8Report;
}

/**
 * A UTF-8 validity check fed in pieces, following the WHATWG decoder (so `invalid` is the number
 * of U+FFFD a decoder puts in), counting lines at LF, CRLF or CR.
 */
export function createUtf8Scan(maxLines = 5): Utf8Scan {
  const report: Utf8Report = { invalid: 0, multibyte: 0, badLines: [] };
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let line = 1;
  let afterCr = false;
  const bad = (): void => {
    report.invalid++;
    if (report.badLines.length < maxLines) report.badLines.push(line);
  };
  return {
    push(bytes) {
      for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i];
        if (needed === 0) {
          if (b < 0x80) {
            if (b === 0x0a) {
              if (!afterCr) line++;
            } else if (b === 0x0d) line++;
            afterCr = b === 0x0d;
            continue;
          }
          afterCr = false;
          if (b >= 0xc2 && b <= 0xdf) needed = 1;
          else if (b >= 0xe0 && b <= 0xef) {
            if (b === 0xe0) lower = 0xa0;
            if (b === 0xed) upper = 0x9f;
            needed = 2;
          } else if (b >= 0xf0 && b <= 0xf4) {
            if (b === 0xf0) lower = 0x90;
            if (b === 0xf4) upper = 0x8f;
            needed = 3;
          } else bad();
          continue;
        }
        if (b < lower || b > upper) {
          // The sequence breaks off: one replacement, and this byte starts afresh.
          needed = 0;
          seen = 0;
          lower = 0x80;
          upper = 0xbf;
          bad();
          i--;
          continue;
        }
        lower = 0x80;
        upper = 0xbf;
        if (++seen === needed) {
          report.multibyte++;
          needed = 0;
          seen = 0;
        }
      }
    },
    end() {
      if (needed !== 0) bad();
      needed = 0;
      return report;
    },
  };
}

/** {@link createUtf8Scan} over whole bytes. */
export function scanUtf8(bytes: Uint8Array, maxLines = 5): Utf8Report {
  const scan = createUtf8Scan(maxLines);
  scan.push(bytes);
  return scan.end();
}

/**
 * UTF-8 or Windows-1252 for bytes without BOM or UTF-16 pattern, from their UTF-8 check: UTF-8
 * when every sequence is valid, or when valid multi-byte sequences are at least as many as
 * invalid ones (a UTF-8 file with a bad byte stays UTF-8: `Jürgen`, not `JÃ¼rgen`); else
 * Windows-1252, the WHATWG reading of Latin-1 (old DBLP and RIS exports).
 */
export function chooseEncoding(report: Utf8Report): "utf-8" | "windows-1252" {
  return report.invalid === 0 || report.multibyte >= report.invalid ? "utf-8" : "windows-1252";
}

/**
 * Warnings for a file read as UTF-8 with invalid bytes: one per invalid sequence with its line
 * (the first few), then a count of the rest. None otherwise.
 */
export function encodingWarnings(
  file: string,
  encoding: TextEncoding,
  report: Utf8Report | null,
): Warning[] {
  if (encoding !== "utf-8" || report === null || report.invalid === 0) return [];
  const warnings = report.badLines.map((line) => ({
    file,
    line,
    message: "invalid UTF-8 byte sequence replaced with U+FFFD (\uFFFD)",
  }));
  const rest = report.invalid - report.badLines.length;
  if (rest > 0)
    warnings.push({
      file,
      line: report.badLines[report.badLines.length - 1] ?? 0,
      message: `…and ${rest} more invalid UTF-8 byte sequence${rest > 1 ? "s" : ""} replaced with U+FFFD`,
    });
  return warnings;
}

/** Text, the encoding it was read in, and warnings about the bytes. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  warnings: Warning[];
}

/** The label TextDecoder knows an encoding by. */
const LABEL: Record<TextEncoding, string> = {
  "utf-8": "utf-8",
  "utf-16le": "utf-16le",
  "utf-16be": "utf-16be",
  "windows-1252": "windows-1252",
};

/**
 * Decodes a whole file: the encoding from {@link sniffUnicodeEncoding}, else from the UTF-8
 * check ({@link chooseEncoding}); a leading BOM is dropped; invalid UTF-8 becomes U+FFFD with
 * warnings naming `file` and the line.
 */
export function decodeBytes(bytes: Uint8Array, file = ""): DecodedText {
  let encoding: TextEncoding | null = sniffUnicodeEncoding(bytes.subarray(0, UTF16_SNIFF_BYTES));
  let report: Utf8Report | null = null;
  if (encoding === null || encoding === "utf-8") {
    try {
      const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      return { text: dropBom(text), encoding: "utf-8", warnings: [] };
    } catch {
      report = scanUtf8(bytes);
      encoding = chooseEncoding(report);
    }
  }
  let text = dropBom(new TextDecoder(LABEL[encoding]).decode(bytes));
  if (encoding === "windows-1252") text = cp1252(text);
  return { text, encoding, warnings: encodingWarnings(file, encoding, report) };
}

/** The text of a whole file ({@link decodeBytes} without its warnings). */
export function decodeText(bytes: Uint8Array): string {
  return decodeBytes(bytes).text;
}

/** Windows-1252's characters for bytes 0x80–0x9F (the five it leaves undefined stay as they are). */
const CP1252_C1 =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/**
 * Maps C1 characters (U+0080–U+009F) to Windows-1252's. Node's TextDecoder reads the
 * `windows-1252` label as ISO-8859-1 (browsers do not), so this makes both give one text.
 */
function cp1252(text: string): string {
  return /[\u0080-\u009f]/.test(text)
    ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80])
    : text;
}

const dropBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Decodes a file piece by piece (a character cut between pieces is kept whole). */
export interface ChunkDecoder {
  write(chunk: Uint8Array): string;
  end(): string;
}

/**
 * A streaming decoder for `encoding` that drops a leading BOM. `utf8` may supply another UTF-8
 * decoder (the CLI passes Node's StringDecoder, which returns one-byte strings for Latin-1 text).
 */
export function createChunkDecoder(
  encoding: TextEncoding,
  utf8?: () => { write(chunk: Uint8Array): string; end(): string },
): ChunkDecoder {
  let atStart = true;
  const bom = (text: string): string => {
    if (text === "") return text;
    const first = atStart;
    atStart = false;
    return first ? dropBom(text) : text;
  };
  if (encoding === "utf-8" && utf8 !== undefined) {
    const decoder = utf8();
    return { write: (chunk) => bom(decoder.write(chunk)), end: () => bom(decoder.end()) };
  }
  const decoder = new TextDecoder(LABEL[encoding]);
  const map = encoding === "windows-1252" ? cp1252 : (text: string) => text;
  return {
    write: (chunk) => bom(map(decoder.decode(chunk, { stream: true }))),
    end: () => bom(map(decoder.decode())),
  };
}
