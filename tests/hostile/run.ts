// Test helper for hostile inputs: writes files to a temp folder and runs the CLI in-process.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { main } from "../../src/cli/main.ts";

/** A fresh temp folder for one test file. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `hostile-${prefix}-`));
}

/** Writes `content` to `dir/name` and returns the path. */
export function write(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `coauthor-atlas` with `argv`, capturing its output. */
export async function run(argv: string[]): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** C0 controls but tab, LF and CR; DEL; C1 controls: what no terminal line should hold raw. */
// eslint-disable-next-line no-control-regex
export const RAW_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * The contract for hostile input: exit 0 (warnings allowed), or exit 1 with one line naming the
 * file; stderr never holds raw control characters, each line is one warning or the error.
 */
export function expectHandled(result: RunResult, file: string): void {
  expect([0, 1]).toContain(result.code);
  expect(result.stderr).not.toMatch(RAW_CONTROL);
  for (const line of result.stderr.split("\n").filter((l) => l !== ""))
    expect(line).toMatch(/^(warning: |coauthor-atlas: )/);
  if (result.code === 1) {
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
  }
}
