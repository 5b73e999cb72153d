// A large profile read by two workers, one per half: the same owner, papers (in order), warnings and result as one reader.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate-corpus.ts";
import { profileSplitPoint } from "../../src/cli/parse-in-halves.ts";
import { parseInFile } from "../../src/cli/parse-in-worker.ts";
import { parseInputFile } from "../../src/cli/read-input.ts";
import type { AuthorName, PaperRecord } from "../../src/model/types.ts";
import { checkTitleHashes } from "./title-hashes.ts";

const dir = mkdtempSync(join(tmpdir(), "atlas-halves-"));

async function collect(parse: typeof parseInputFile, path: string) {
  const events: (AuthorName | PaperRecord)[] = [];
  const result = await parse(path, {
    chunkBytes: 4096,
    sink: { owner: (o) => events.push(o), paper: (p) => events.push(p) },
  });
  return { events, result };
}

/**
 * The generated corpus made awkward for a reader that starts mid-file: every 7th record loses
 * its abstract, every 11th gets a two-line abstract, every 13th is followed by a stray line, a
 * title without authors and a blank line, and every 17th has an authors line without a title.
 */
function awkward(papers: number, crlf: boolean): string {
  const lines = generateCorpus({ papers, seed: 5 }).trimEnd().split("\n");
  const out = [lines[0]];
  for (let r = 0, i = 1; i + 2 < lines.length; r++, i += 3) {
    const [title, authors, abstract] = lines.slice(i, i + 3);
    if (r % 17 === 5) out.push(authors);
    out.push(title, authors);
    if (r % 7 !== 3) out.push(abstract);
    if (r % 11 === 4) out.push("And it goes on. Over a second line of prose with Capitals.");
    if (r % 13 === 6) out.push("a stray note", "A title nobody wrote", "");
  }
  return `${out.join(crlf ? "\r\n" : "\n")}\n`;
}

describe("parseInFile in halves", () => {
  it.each([false, true])("matches one reader wherever the halves meet (CRLF %s)", async (crlf) => {
    const path = join(dir, `awkward-${crlf}.txt`);
    const text = awkward(1500, crlf);
    writeFileSync(path, text);
    const size = Buffer.byteLength(text);
    const one = await collect(parseInputFile, path);
    expect((one.result as { warnings: unknown[] }).warnings.length).toBeGreaterThan(100);
    for (const fraction of [0.02, 0.31, 0.5, 0.77, 0.999]) {
      const at = Math.floor(size * fraction);
      const split = await profileSplitPoint(path, size, at);
      expect(split).not.toBeNull();
      const halves = await collect(
        (p, o) => parseInFile(p, o, { minWorkerBytes: 0, minSplitBytes: 0, splitAt: at }),
        path,
      );
      expect(halves.events.length).toBe(one.events.length);
      checkTitleHashes(halves.events);
      expect(halves.events).toEqual(one.events);
      expect(halves.result).toEqual(one.result);
    }
  });

  it("reads the whole file in the first half when the second finds no record start", async () => {
    const path = join(dir, "prose-tail.txt");
    const prose = "Lines of prose, one after the other, and no record among them at all.\n";
    const text = awkward(300, false) + prose.repeat(3000);
    writeFileSync(path, text);
    const one = await collect(parseInputFile, path);
    const halves = await collect(
      (p, o) =>
        parseInFile(p, o, { minWorkerBytes: 0, minSplitBytes: 0, splitAt: text.length - 5000 }),
      path,
    );
    expect(one.events.length).toBeGreaterThan(300);
    expect(halves.events.length).toBe(one.events.length);
    checkTitleHashes(halves.events);
    expect(halves.events).toEqual(one.events);
    expect(halves.result).toEqual(one.result);
  });

  it("splits only UTF-8 profiles", async () => {
    const bib = join(dir, "refs.bib");
    writeFileSync(bib, "@article{a, title={T}, author={Lee, Ann and Chen, Bo}}\n".repeat(50));
    expect(await profileSplitPoint(bib, 2800)).toBeNull();
    const latin1 = join(dir, "latin1.txt");
    const text = generateCorpus({ papers: 50, seed: 2 });
    writeFileSync(latin1, Buffer.concat([Buffer.from(text), Buffer.from([0xe9, 0x0a])]));
    expect(await profileSplitPoint(latin1, text.length + 2)).toBeNull();
    const fine = join(dir, "fine.txt");
    writeFileSync(fine, text);
    const point = await profileSplitPoint(fine, text.length);
    // The line start after the middle.
    expect(point).toBe(text.indexOf("\n", Math.floor(text.length / 2)) + 1);
  });
});
