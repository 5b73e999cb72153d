// Builds the compiled CLI (dist-cli/): the TypeScript entry and its Brandes worker bundled by esbuild,
// so `coauthor-atlas` starts without transpiling. Run by `npm install` (prepare) and `npm test`.
import { writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = resolve(fileURLToPath(import.meta.url), "../..");
const outdir = resolve(root, "dist-cli");
const result = await build({
  absWorkingDir: root,
  entryPoints: {
    main: "src/cli/main.ts",
    // The runner starts `./node-brandes-worker.mjs` next to itself: in dist-cli, this bundle.
    "node-brandes-worker": "src/metrics/node-brandes-serve.ts",
    // parse-in-worker.ts starts `./parse-worker.mjs` next to itself: in dist-cli, this bundle.
    "parse-worker": "src/cli/parse-serve.ts",
    // edges-json-in-worker.ts starts `./edges-json-worker.mjs` next to itself: likewise.
    "edges-json-worker": "src/cli/edges-json-serve.ts",
  },
  outdir,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // esbuild's node20 table lacks some \p{…} escapes and would rewrite those regex literals as
  // `new RegExp(…)` built on every call (name scoring did that per word); Node 20 has them all.
  supported: { "regexp-unicode-property-escapes": true },
  // Native bindings stay in node_modules; everything else is bundled (fewer files to resolve at start).
  // pdfkit loads its standard fonts by package imports (#standard-fonts/…) at run time: it stays
  // in node_modules, with svg-to-pdfkit, which requires it.
  external: ["@resvg/resvg-js", "@duckdb/node-api", "pdfkit", "svg-to-pdfkit"],
  // CommonJS dependencies bundled into ESM may call require(): give them one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  metafile: true,
  logLevel: "warning",
});
// The launcher falls back to tsx when any of these sources is newer than the build.
const inputs = Object.keys(result.metafile.inputs)
  .filter((path) => !path.includes("node_modules"))
  .map((path) => relative(root, resolve(root, path)));
writeFileSync(resolve(outdir, "inputs.json"), `${JSON.stringify(inputs)}\n`);
