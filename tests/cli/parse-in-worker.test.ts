// Parsing in a worker thread hands the sink the same owner, papers (in order) and result as parsing here.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseInFile } from "../../src/cli/parse-in-worker.ts";
import { parseInputFile } from "../../src/cli/read-input.ts";
import type { AuthorName, PaperRecord } from "../../src/model/types.ts";
import { checkTitleHashes } from "./title-hashes.ts";
import { generateCorpus } from "../../bench/generate-corpus.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SEED = join(ROOT, "data/huang-tiansheng.txt");
const dir = mkdtempSync(join(tmpdir(), "atlas-parse-worker-"));

/** Everything a sink receives, in order, and the result. */
async function collect(
  parse: typeof parseInputFile,
  path: string,
  dropsAbstracts = false,
): Promise<{ events: (AuthorName | PaperRecord)[]; result: unknown; progress: number[] }> {
  const events: (AuthorName | PaperRecord)[] = [];
  const progress: number[] = [];
  const result = await parse(path, {
    chunkBytes: 4096,
    onProgress: (bytes) => progress.push(bytes),
    sink: { owner: (o) => events.push(o), paper: (p) => events.push(p), dropsAbstracts },
  });
  return { events, result, progress };
}

const inWorker: typeof parseInputFile = (path, options) =>
  parseInFile(path, options, { minWorkerBytes: 0, batch: 7, maxPending: 2 });

describe("parseInFile", () => {
  it("gives the sink the seed profile's owner and 10 papers as parseInputFile does", async () => {
    const here = await collect(parseInputFile, SEED);
    const there = await collect(inWorker, SEED);
    // The seed: owner Tiansheng Huang, then its 10 papers (data/huang-tiansheng.txt).
    expect(there.events.length).toBe(11);
    expect((there.events[0] as AuthorName).name).toBe("Tiansheng Huang");
    checkTitleHashes(there.events);
    expect(there.events).toEqual(here.events);
    expect(there.result).toEqual(here.result);
    expect(there.progress.at(-1)).toBe(here.progress.at(-1));
  });

  it("keeps the order of 3000 generated papers across batches, abstracts dropped", async () => {
    const path = join(dir, "field-3000.txt");
    writeFileSync(path, generateCorpus({ papers: 3000, seed: 7 }));
    const here = await collect(parseInputFile, path, true);
    const there = await collect(inWorker, path, true);
    expect(there.events.length).toBe(3001); // the owner and every generated paper
    expect(there.events.map((e) => ("title" in e ? e.title : e.name))).toEqual(
      here.events.map((e) => ("title" in e ? e.title : e.name)),
    );
    checkTitleHashes(there.events);
    expect(there.events).toEqual(here.events);
    expect(there.result).toEqual(here.result);
    expect(there.events.some((e) => "abstract" in e && e.abstract !== undefined)).toBe(false);
  });

  it("fails with parseInputFile's messages", async () => {
    const binary = join(dir, "binary.txt");
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 0, 255, 0, 7, 0]));
    const message = await parseInputFile(binary, { sink: { owner() {}, paper() {} } }).catch(
      (e: Error) => e.message,
    );
    expect(message).toMatch(/binary file/);
    await expect(inWorker(binary, { sink: { owner() {}, paper() {} } })).rejects.toThrow(message);
    await expect(
      inWorker(join(dir, "missing.txt"), { sink: { owner() {}, paper() {} } }),
    ).rejects.toThrow(/cannot read .*missing\.txt: no such file/);
  });
});
