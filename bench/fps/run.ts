// Frame-rate bench: Coauthor Atlas's canvas renderer vs force-graph vs plain d3 SVG, same browser run.
// Usage: npm run bench:fps [-- --seconds 5 --sizes 1k,5k,10k]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { launchBrowser, REPO, requireBrowser, startServer } from "../../tests/e2e/harness.ts";
import type { BenchResult, RendererName } from "./page.ts";
import { prepareGraph, SIZES } from "./prepare.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const seconds = Number(option("seconds", "5"));
const wanted = option("sizes", SIZES.map((s) => s.label).join(",")).split(",");
const RENDERERS: RendererName[] = ["coauthor-atlas", "force-graph", "d3-svg"];
const OUT = join(REPO, "bench/out/fps");
const SITE = join(OUT, "site");

if (!requireBrowser("bench/fps/run.ts")) process.exit(0);

const sizes = SIZES.filter((s) => wanted.includes(s.label));
const files = sizes.map((s) => prepareGraph(OUT, s));
await build({
  root: join(REPO, "bench/fps"),
  base: "./",
  configFile: false,
  logLevel: "warn",
  build: { outDir: SITE, emptyOutDir: true, target: "es2022" },
});
const extra: Record<string, string> = {};
sizes.forEach((s, i) => (extra[`/graph-${s.label}.json`] = readFileSync(files[i], "utf8")));
const server = await startServer(SITE, extra);
const browser = await launchBrowser();

const rows: { size: string; authors: number; edges: number; results: BenchResult[] }[] = [];
try {
  for (const size of sizes) {
    const graph = JSON.parse(extra[`/graph-${size.label}.json`]) as {
      nodes: unknown[];
      edges: unknown[];
    };
    const results: BenchResult[] = [];
    for (const renderer of RENDERERS) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.goto(server.url);
      await page.waitForSelector("body[data-ready='1']");
      const result = await page.evaluate(
        ([r, url, s]) =>
          (
            window as unknown as {
              bench: { run(r: string, u: string, s: number): Promise<BenchResult> };
            }
          ).bench.run(r, url, s),
        [renderer, `graph-${size.label}.json`, seconds] as [string, string, number],
      );
      if (errors.length)
        throw new Error(`coauthor-atlas/bench: ${renderer} ${size.label}: ${errors.join("; ")}`);
      results.push(result);
      console.log(
        `${size.label.padEnd(4)} ${renderer.padEnd(15)} ${result.fps.toFixed(1).padStart(6)} fps  p95 ${result.p95.toFixed(1)} ms`,
      );
      await page.close();
    }
    rows.push({
      size: size.label,
      authors: graph.nodes.length,
      edges: graph.edges.length,
      results,
    });
  }
} finally {
  await browser.close();
  await server.close();
}

const fps = (row: (typeof rows)[number], r: RendererName) =>
  row.results.find((x) => x.renderer === r)?.fps ?? NaN;
const lines = [
  `| authors | edges | Coauthor Atlas (canvas) | force-graph | d3 SVG | × force-graph | × d3 SVG |`,
  `| ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
  ...rows.map((row) => {
    const a = fps(row, "coauthor-atlas");
    const f = fps(row, "force-graph");
    const s = fps(row, "d3-svg");
    return `| ${row.authors} | ${row.edges} | ${a.toFixed(1)} fps | ${f.toFixed(1)} fps | ${s.toFixed(1)} fps | ${(a / f).toFixed(2)}× | ${(a / s).toFixed(2)}× |`;
  }),
];
const environment = `Headless Debian Chromium, software rendering (--disable-gpu), 1280×800 viewport, ${cpus().length} CPUs, ${seconds} s per run after 1 s warm-up; frame rate is capped at 60 by the browser.`;
console.log(`\n${lines.join("\n")}\n\n${environment}`);
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, "results.json"), JSON.stringify({ environment, rows }, null, 2));
writeFileSync(join(OUT, "results.md"), `${lines.join("\n")}\n\n${environment}\n`);
