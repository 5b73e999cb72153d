// Refuses an `--out` path that would overwrite an input file (the same path, a link, or the CSV's second table).
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { STDIN_PATHS } from "./read-input.ts";

/** The same file: the same resolved path, or (both existing) the same device and inode. */
function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/**
 * Throws `--out PATH is also an input file; refusing to overwrite it` when any of `outputs` (the
 * `--out` path, and for CSV the coauthorships table written next to it) is one of the inputs.
 */
export function checkOutPaths(outputs: readonly string[], inputs: readonly string[]): void {
  for (const out of outputs)
    for (const input of inputs)
      if (!STDIN_PATHS.has(input) && sameFile(out, input))
        throw new Error(`--out ${out} is also an input file (${input}); refusing to overwrite it`);
}
