// Paper records across a thread boundary with each distinct author sent once: bylines as indices.
import type { AuthorName, PaperRecord } from "../model/types.ts";
import { SerialTable, withSerial } from "../parse/name-serial.ts";

/**
 * A batch of paper records in columns: titles as one string (`titleLengths` cut it), lines and
 * title hashes as numbers, any other field in `extras`, and bylines as indices into the list of
 * distinct authors sent so far: record i's authors are `authors[from .. from + counts[i])` with
 * `from` the sum of the counts before it, each an index into the receiver's list after
 * `newAuthors` is appended to it. A million-paper file names a few hundred thousand authors:
 * cloning each byline's author objects (and the receiver hashing their fresh key strings again)
 * was most of the cost of handing the records over, and a clone of a record object writes its
 * field names each time.
 */
export interface RecordBatch {
  titles: string;
  titleLengths: Int32Array<ArrayBuffer>;
  lines: Int32Array<ArrayBuffer>;
  /** Record i's titleHash when `hashed[i]` is 1. */
  titleHashes: Int32Array<ArrayBuffer>;
  hashed: Uint8Array<ArrayBuffer>;
  /** The other fields (year, venue, doi, …) of the records that have any, by record index. */
  extras: { index: number; fields: Partial<PaperRecord> }[];
  counts: Int32Array<ArrayBuffer>;
  authors: Int32Array<ArrayBuffer>;
  newAuthors: AuthorName[];
}

/** The fields a batch sends in `extras` (every field but those in columns). */
const EXTRA_FIELDS = ["year", "venue", "doi", "ids", "citations", "abstract"] as const;
/** A field of PaperRecord in neither list fails to compile here: none is left behind. */
type Unsent = Exclude<
  keyof PaperRecord,
  (typeof EXTRA_FIELDS)[number] | "title" | "authors" | "line" | "titleHash"
>;
const everyFieldSent: [Unsent] extends [never] ? true : never = true;
void everyFieldSent;

/** The buffers of a batch, to transfer rather than copy. */
export function batchBuffers(batch: RecordBatch): ArrayBuffer[] {
  return [
    batch.titleLengths.buffer,
    batch.lines.buffer,
    batch.titleHashes.buffer,
    batch.hashed.buffer,
    batch.counts.buffer,
    batch.authors.buffer,
  ];
}

/** A spelling sent, with its index, and the next spelling of the same key. */
interface Spelling {
  name: string;
  index: number;
  next?: Spelling;
}

/**
 * The sending side: `encode` turns records into a batch, naming an author met before (same key,
 * same spelling, no identifiers) by its index, found by its serial when a memo gave it one, else
 * by key. Authors with identifiers are sent every time.
 */
export function createRecordBatchEncoder(): { encode(records: PaperRecord[]): RecordBatch } {
  /** Key → the first spelling met with that key and its index, then the others in a chain. */
  const known = new Map<string, Spelling>();
  /** A name's index once sent, by its serial (parse/name-serial.ts): no key to look up. */
  const bySerial = new SerialTable();
  let sent = 0;
  return {
    encode(records) {
      const newAuthors: AuthorName[] = [];
      const n = records.length;
      const counts = new Int32Array(n);
      const titleLengths = new Int32Array(n);
      const lines = new Int32Array(n);
      const titleHashes = new Int32Array(n);
      const hashed = new Uint8Array(n);
      const extras: RecordBatch["extras"] = [];
      const titles: string[] = [];
      let total = 0;
      for (const record of records) total += record.authors.length;
      const authors = new Int32Array(total);
      const fresh = (author: AuthorName): number => {
        newAuthors.push(author);
        return sent++;
      };
      const spelling = (author: AuthorName): Spelling => ({
        name: author.name,
        index: fresh({ name: author.name, key: author.key }),
      });
      let k = 0;
      records.forEach((record, i) => {
        titles.push(record.title);
        titleLengths[i] = record.title.length;
        lines[i] = record.line;
        if (record.titleHash !== undefined) {
          titleHashes[i] = record.titleHash;
          hashed[i] = 1;
        }
        let fields: Record<string, unknown> | null = null;
        for (const key of EXTRA_FIELDS) {
          const value = record[key];
          if (value !== undefined) (fields ??= {})[key] = value;
        }
        if (fields !== null) extras.push({ index: i, fields });
        counts[i] = record.authors.length;
        for (const author of record.authors) {
          if (author.ids !== undefined) {
            authors[k++] = fresh(author);
            continue;
          }
          const sentAs = bySerial.get(author);
          if (sentAs >= 0) {
            authors[k++] = sentAs;
            continue;
          }
          let entry = known.get(author.key);
          if (entry === undefined) known.set(author.key, (entry = spelling(author)));
          else {
            while (entry.name !== author.name && entry.next !== undefined) entry = entry.next;
            if (entry.name !== author.name) entry = entry.next = spelling(author);
          }
          authors[k++] = entry.index;
          bySerial.set(author, entry.index);
        }
      });
      const titleText = titles.join("");
      return {
        titles: titleText,
        titleLengths,
        lines,
        titleHashes,
        hashed,
        extras,
        counts,
        authors,
        newAuthors,
      };
    },
  };
}

/**
 * The receiving side: `decode` gives the batch's records back with their authors. Records that
 * name the same author share one author object (treat them as read-only).
 */
export function createRecordBatchDecoder(): { decode(batch: RecordBatch): PaperRecord[] } {
  const known: AuthorName[] = [];
  return {
    decode(batch) {
      const { titles, titleLengths, lines, titleHashes, hashed, extras, counts, authors } = batch;
      // One object per author sent, never changed: the corpus builder remembers it by serial.
      for (const author of batch.newAuthors) known.push(withSerial(author));
      const records: PaperRecord[] = new Array<PaperRecord>(counts.length);
      let k = 0;
      let at = 0;
      for (let i = 0; i < counts.length; i++) {
        const byline: AuthorName[] = new Array<AuthorName>(counts[i]);
        for (let j = 0; j < counts[i]; j++) byline[j] = known[authors[k++]];
        const title = titles.slice(at, (at += titleLengths[i]));
        const record: PaperRecord = { title, authors: byline, line: lines[i] };
        if (hashed[i] === 1) record.titleHash = titleHashes[i];
        records[i] = record;
      }
      for (const { index, fields } of extras) Object.assign(records[index], fields);
      return records;
    },
  };
}
