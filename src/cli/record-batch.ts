// Paper records across a thread boundary with each distinct author sent once: bylines as indices.
import type { AuthorName, PaperRecord } from "../model/types.ts";
import { serialOf, withSerial } from "../parse/name-serial.ts";

/**
 * A batch of paper records whose bylines are indices into the list of distinct authors sent so
 * far. `records[i].authors` is empty; its authors are `authors[from .. from + counts[i])` with
 * `from` the sum of the counts before it, each an index into the receiver's list after
 * `newAuthors` is appended to it. A million-paper file names a few hundred thousand authors:
 * cloning each byline's author objects (and the receiver hashing their fresh key strings again)
 * was most of the cost of handing the records over.
 */
export interface RecordBatch {
  records: PaperRecord[];
  counts: Int32Array<ArrayBuffer>;
  authors: Int32Array<ArrayBuffer>;
  newAuthors: AuthorName[];
}

/** A spelling sent, with its index, and the next spelling of the same key. */
interface Spelling {
  name: string;
  index: number;
  next?: Spelling;
}

/**
 * The sending side: `encode` turns records into a batch (emptying their `authors`: the records
 * are the batch's), naming an author met before (same key, same spelling, no identifiers) by its
 * index (found by its serial when a memo gave it one, else by key). Authors with identifiers
 * are sent every time.
 */
export function createRecordBatchEncoder(): { encode(records: PaperRecord[]): RecordBatch } {
  /** Key → the first spelling met with that key and its index, then the others in a chain. */
  const known = new Map<string, Spelling>();
  /** A name's serial (parse/name-serial.ts) → 1 + its index, once sent: no key to look up. */
  let bySerial = new Int32Array(1 << 12);
  let sent = 0;
  return {
    encode(records) {
      const newAuthors: AuthorName[] = [];
      const counts = new Int32Array(records.length);
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
        counts[i] = record.authors.length;
        for (const author of record.authors) {
          if (author.ids !== undefined) {
            authors[k++] = fresh(author);
            continue;
          }
          const serial = serialOf(author);
          if (serial !== undefined && serial < bySerial.length && bySerial[serial] !== 0) {
            authors[k++] = bySerial[serial] - 1;
            continue;
          }
          let entry = known.get(author.key);
          if (entry === undefined) known.set(author.key, (entry = spelling(author)));
          else {
            while (entry.name !== author.name && entry.next !== undefined) entry = entry.next;
            if (entry.name !== author.name) entry = entry.next = spelling(author);
          }
          authors[k++] = entry.index;
          if (serial !== undefined) {
            if (serial >= bySerial.length) {
              const wider = new Int32Array(Math.max(2 * bySerial.length, serial + 1));
              wider.set(bySerial);
              bySerial = wider;
            }
            bySerial[serial] = entry.index + 1;
          }
        }
        record.authors = [];
      });
      return { records, counts, authors, newAuthors };
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
    decode({ records, counts, authors, newAuthors }) {
      // One object per author sent, never changed: the corpus builder remembers it by serial.
      for (const author of newAuthors) known.push(withSerial(author));
      let k = 0;
      records.forEach((record, i) => {
        const byline: AuthorName[] = new Array<AuthorName>(counts[i]);
        for (let j = 0; j < counts[i]; j++) byline[j] = known[authors[k++]];
        record.authors = byline;
      });
      return records;
    },
  };
}
