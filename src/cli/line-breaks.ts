// Counting line breaks (LF, CRLF, CR) in the first bytes of a file, as the line splitter cuts lines.
import { createReadStream } from "node:fs";

/**
 * A running count of line breaks over bytes fed in pieces: LF, CRLF (one break) and a lone CR,
 * as `createLineSplitter` counts them. A CR at the end of a piece is decided by the next one.
 */
export function createLineBreakCounter(): { push(bytes: Uint8Array): void; end(): number } {
  let count = 0;
  let crPending = false;
  return {
    push(bytes) {
      if (bytes.length === 0) return;
      // A CR that ended the last piece is a break of its own unless this piece starts with LF.
      if (crPending && bytes[0] !== 10) count++;
      crPending = false;
      const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
      for (let i = buffer.indexOf(10); i >= 0; i = buffer.indexOf(10, i + 1)) count++;
      for (let i = buffer.indexOf(13); i >= 0; i = buffer.indexOf(13, i + 1)) {
        if (i === buffer.length - 1) crPending = true;
        else if (buffer[i + 1] !== 10) count++;
      }
    },
    end() {
      return count + (crPending ? 1 : 0);
    },
  };
}

/** The line breaks in bytes [0, end) of a file. */
export async function countLineBreaks(path: string, end: number): Promise<number> {
  const counter = createLineBreakCounter();
  if (end <= 0) return 0;
  for await (const chunk of createReadStream(path, { end: end - 1, highWaterMark: 1 << 20 }))
    counter.push(chunk as Buffer);
  return counter.end();
}
