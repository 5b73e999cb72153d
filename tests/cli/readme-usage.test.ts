// The README's usage block is the CLI's own --help text, so a new flag cannot go undocumented.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { USAGE } from "../../src/cli/args.ts";
import { REPO } from "../e2e/harness.ts";

/** The fenced block of README.md that starts with "Usage: coauthor-atlas". */
function readmeUsage(): string {
  const readme = readFileSync(join(REPO, "README.md"), "utf8");
  const start = readme.indexOf("```\nUsage: coauthor-atlas");
  if (start < 0) throw new Error("README.md has no usage block");
  const body = start + "```\n".length;
  return readme.slice(body, readme.indexOf("\n```", body));
}

describe("README usage", () => {
  it("is the CLI's --help text", () => {
    expect(readmeUsage()).toBe(USAGE.trimEnd());
  });
});
