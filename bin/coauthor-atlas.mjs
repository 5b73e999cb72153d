#!/usr/bin/env node
// CLI launcher: runs the compiled CLI (dist-cli/, built on npm install), or the TypeScript entry
// through tsx when the build is absent or older than a source it was built from (a dev tree).
import { readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";

// A larger young generation: field-scale runs allocate short-lived strings by the million
// (records read, JSON written); fewer scavenges cost ~5% less CPU at 200k papers.
v8.setFlagsFromString("--max-semi-space-size=64");

const root = fileURLToPath(new URL("..", import.meta.url));

/** True when dist-cli/main.mjs exists and no source it was built from changed since. */
function buildIsFresh() {
  try {
    const built = statSync(`${root}dist-cli/main.mjs`).mtimeMs;
    const inputs = JSON.parse(readFileSync(`${root}dist-cli/inputs.json`, "utf8"));
    return inputs.every((path) => statSync(`${root}${path}`).mtimeMs <= built);
  } catch {
    return false;
  }
}

let main;
if (process.env.COAUTHOR_ATLAS_TSX !== "1" && buildIsFresh()) {
  ({ main } = await import("../dist-cli/main.mjs"));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../src/cli/main.ts"));
}
process.exitCode = await main(process.argv.slice(2));
