// Line breaks counted over bytes in pieces, as the line splitter counts lines.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { countLineBreaks, createLineBreakCounter } from "../../src/cli/line-breaks.ts";
import { createLineSplitter } from "../../src/parse/stream-parser.ts";

const text = "a\nb\r\nc\rd\r\r\ne\n\n\rf\r";
/** Breaks by the splitter's own count: lines minus one. */
function splitterBreaks(s: string): number {
  let lines = 0;
  const splitter = createLineSplitter(() => lines++);
  splitter.push(s);
  splitter.end();
  return lines - 1;
}

describe("line break counting", () => {
  it("counts LF, CRLF and lone CRs as the splitter does, however the bytes are cut", () => {
    // a|b|c|d|(empty)|e|(empty)|(empty)|f|(empty): 9 breaks.
    expect(splitterBreaks(text)).toBe(9);
    const bytes = Buffer.from(text);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const counter = createLineBreakCounter();
      counter.push(bytes.subarray(0, cut));
      counter.push(bytes.subarray(cut));
      expect(counter.end()).toBe(9);
    }
  });

  it("counts the breaks before a byte offset of a file", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "atlas-breaks-")), "t.txt");
    writeFileSync(path, text);
    expect(await countLineBreaks(path, 0)).toBe(0);
    expect(await countLineBreaks(path, 5)).toBe(2); // "a\nb\r\n"
    expect(await countLineBreaks(path, Buffer.byteLength(text))).toBe(9);
  });
});
