// RFC 4180 CSV writing with spreadsheet-formula neutralization and a UTF-8 byte-order mark.
import { joinChunks } from "./chunk-sink.ts";

/** A cell value. Numbers and booleans are ours; strings may come from a file. */
export type CsvValue = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Start with U+FEFF so Excel reads the file as UTF-8 (accents in names). */
  bom: boolean;
  /** Record separator; RFC 4180 says CRLF. */
  newline: string;
  /** Prefix `'` to string cells a spreadsheet would run as a formula (see {@link neutralizeFormula}). */
  neutralize: boolean;
}

export const DEFAULT_CSV_OPTIONS: CsvOptions = { bom: true, newline: "\r\n", neutralize: true };

export const CSV_BOM = "\uFEFF";

/** Leading characters that make Excel, LibreOffice or Google Sheets read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralizes a string cell that a spreadsheet would evaluate (`=HYPERLINK(…)`, `+cmd|…`, `@SUM`,
 * or a leading tab/CR) by prefixing `'` (OWASP "CSV injection"). Only strings go through here:
 * numbers are written by us, so a negative number stays a number.
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Quotes a field when it holds a comma, a double quote, CR or LF (RFC 4180 §2.6–2.7). */
export function quoteCsvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Formats one cell: numbers as JavaScript writes them (non-finite → empty), strings neutralized. */
export function formatCsvCell(value: CsvValue, options: Partial<CsvOptions> = {}): string {
  const { neutralize } = { ...DEFAULT_CSV_OPTIONS, ...options };
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  return quoteCsvField(neutralize ? neutralizeFormula(value) : value);
}

/**
 * Yields a CSV document record by record: the BOM (when on) with the header row, then each data
 * row, every record ending with the newline. `rows` may be generated on demand.
 */
export function* csvChunks(
  header: readonly string[],
  rows: Iterable<readonly CsvValue[]>,
  options: Partial<CsvOptions> = {},
): Generator<string> {
  const o = { ...DEFAULT_CSV_OPTIONS, ...options };
  const line = (row: readonly CsvValue[]) => row.map((v) => formatCsvCell(v, o)).join(",");
  yield (o.bom ? CSV_BOM : "") + line(header) + o.newline;
  for (const row of rows) yield line(row) + o.newline;
}

/** Writes a header row and data rows as one CSV document (every record ends with the newline). */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  options: Partial<CsvOptions> = {},
): string {
  return joinChunks(csvChunks(header, rows, options));
}
