// Frame-rate bench: Coauthor Atlas's canvas renderer vs force-graph vs plain d3 SVG, same browser run.
// Usage: npm run bench:fps [-- --seconds 5 --rounds 3 --sizes 1k,5k,10k,20k --viewport 1920x1080]
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
const rounds = Number(option("rounds", "3"));
const [width, height] = option("viewport", "1920x1080").split("x").map(Number);
const wanted = option("sizes", SIZES.map((s) => s.label).join(",")).split(",");
const RENDERERS: RendererName[] = [
  "coauthor-atlas",
  "coauthor-atlas-full",
  "force-graph",
  "d3-svg",
];
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
// --uncapped lifts Chromium's 60 fps frame cap, so ratios above the cap can show.
const uncapped = args.includes("--uncapped");
const browser = await launchBrowser(
  uncapped ? ["--disable-frame-rate-limit", "--disable-gpu-vsync"] : [],
);

const rows: { size: string; authors: number; edges: number; results: BenchResult[] }[] = [];
const hovers = new Map<string, { rebuild: number; overlay: number }>();
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
try {
  const runs = new Map<string, BenchResult[]>();
  // Renderers alternate within each round, so a busy moment on the machine hits them all alike.
  for (let round = 1; round <= rounds; round++)
    for (const size of sizes)
      for (const renderer of RENDERERS) {
        const page = await browser.context.newPage();
        await page.setViewportSize({ width, height });
        const errors: string[] = [];
        page.on("pageerror", (e) => errors.push(String(e)));
        await page.goto(`${server.url}?w=${width}&h=${height}`);
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
        const key = `${size.label}|${renderer}`;
        runs.set(key, [...(runs.get(key) ?? []), result]);
        console.log(
          `round ${round} ${size.label.padEnd(4)} ${renderer.padEnd(15)} ${result.fps.toFixed(1).padStart(6)} fps  p95 ${result.p95.toFixed(1)} ms`,
        );
        await page.close();
      }
  // Hover: ms per change of the hovered author at rest, scene rebuild vs overlay.
  for (const size of sizes) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto(`${server.url}?w=${width}&h=${height}`);
    await page.waitForSelector("body[data-ready='1']");
    const result = await page.evaluate(
      (url) =>
        (
          window as unknown as {
            bench: { hover(u: string): Promise<{ rebuild: number; overlay: number }> };
          }
        ).bench.hover(url),
      `graph-${size.label}.json`,
    );
    hovers.set(size.label, result);
    console.log(
      `hover ${size.label.padEnd(4)} rebuild ${result.rebuild.toFixed(1)} ms, overlay ${result.overlay.toFixed(1)} ms`,
    );
    await page.close();
  }
  for (const size of sizes) {
    const graph = JSON.parse(extra[`/graph-${size.label}.json`]) as {
      nodes: unknown[];
      edges: unknown[];
    };
    const results = RENDERERS.map((renderer): BenchResult => {
      const all = runs.get(`${size.label}|${renderer}`) ?? [];
      return {
        renderer,
        frames: median(all.map((r) => r.frames)),
        seconds: median(all.map((r) => r.seconds)),
        fps: median(all.map((r) => r.fps)),
        p95: median(all.map((r) => r.p95)),
      };
    });
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
  `| authors | edges | Coauthor Atlas | Coauthor Atlas, full redraw | force-graph | d3 SVG | Atlas ÷ force-graph | full redraw ÷ force-graph | Atlas ÷ d3 SVG |`,
  `| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
  ...rows.map((row) => {
    const a = fps(row, "coauthor-atlas");
    const full = fps(row, "coauthor-atlas-full");
    const f = fps(row, "force-graph");
    const s = fps(row, "d3-svg");
    return `| ${row.authors} | ${row.edges} | ${a.toFixed(1)} | ${full.toFixed(1)} | ${f.toFixed(1)} | ${s.toFixed(1)} | ${(a / f).toFixed(2)}× | ${(full / f).toFixed(2)}× | ${(a / s).toFixed(2)}× |`;
  }),
];
const hoverLines = [
  `| authors | edges | hover by scene rebuild (ms) | hover as overlay (ms) |`,
  `| ---: | ---: | ---: | ---: |`,
  ...rows.map((row) => {
    const hv = hovers.get(row.size);
    return `| ${row.authors} | ${row.edges} | ${hv?.rebuild.toFixed(1)} | ${hv?.overlay.toFixed(1)} |`;
  }),
];
lines.push("", ...hoverLines);
const environment = `Headless Debian Chromium, software rendering (--disable-gpu), ${width}×${height} viewport, ${cpus().length} CPUs, ${seconds} s per run after 1 s warm-up, median of ${rounds} rounds; ${uncapped ? "frame cap lifted (--disable-frame-rate-limit)" : "the browser caps the frame rate at 60"}.`;
console.log(`\n${lines.join("\n")}\n\n${environment}`);
mkdirSync(OUT, { recursive: true });
writeFileSync(
  join(OUT, "results.json"),
  JSON.stringify({ environment, rows, hovers: Object.fromEntries(hovers) }, null, 2),
);
writeFileSync(join(OUT, "results.md"), `${lines.join("\n")}\n\n${environment}\n`);
