// Load bench: input latency on the main thread while the explorer loads a big corpus, and memory.
// Usage: npx tsx bench/fps/load.ts [-- --papers 20000,100000 --timeout 600] (after `npx vite build`)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { DIST, launchBrowser, REPO, requireBrowser, startServer } from "../../tests/e2e/harness.ts";
import { generateCorpus } from "../generate-corpus.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const papersList = option("papers", "20000,100000").split(",").map(Number);
const timeout = Number(option("timeout", "600")) * 1000;
const OUT = join(REPO, "bench/out/fps");
/** Another build to serve (say, `vite build --minify false --outDir DIR` for readable profiles). */
const dist = option("dist", DIST);
/** Where to write a CPU profile of the page from the drop to ready (none unless given). */
const cpuProfile = option("cpu-profile", "");
/** Where to write a sampling heap profile (allocations, collected ones too) from interactive on. */
const heapProfile = option("heap-profile", "");

if (!requireBrowser("bench/fps/load.ts")) process.exit(0);

/** Resident memory in bytes of `pid` and every process below it, and of its largest renderer. */
function processMemory(root: number): { total: number; renderer: number } {
  const children = new Map<number, number[]>();
  const info = new Map<number, { rss: number; renderer: boolean }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      const rss = Number(fields[21]) * 4096;
      const cmd = readFileSync(`/proc/${entry}/cmdline`, "utf8");
      info.set(pid, { rss, renderer: cmd.includes("--type=renderer") });
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  let renderer = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    const p = info.get(pid);
    if (p) {
      total += p.rss;
      if (p.renderer) renderer = Math.max(renderer, p.rss);
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, renderer };
}

/** The browser process: the one whose command line names the profile directory. */
function browserPid(profileHint: string): number {
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, "utf8");
      if (cmd.includes(profileHint) && !cmd.includes("--type=")) return Number(entry);
    } catch {
      // gone
    }
  }
  return -1;
}

interface LoadResult {
  papers: number;
  authors: number;
  edges: number;
  seconds: number;
  /** Seconds to the dataset's counts in the header (the dataset is shown). */
  shownSeconds: number;
  /** Seconds to the map drawn and handling input (the progress card turned compact). */
  interactiveSeconds: number;
  /** Each progress text the page showed, with the second it was first seen. */
  timeline: string[];
  maxInputMs: number;
  /** Largest input latency after the map became interactive. */
  maxInputAfterInteractiveMs: number;
  p95InputAfterInteractiveMs: number;
  p95InputMs: number;
  inputs: number;
  maxLagMs: number;
  /** The longest animation frame of the first zoom at rest (0: none over 50 ms). */
  firstZoomLongestFrameMs: number;
  /** Animation frames over 50 ms (long-animation-frame entries) while loading. */
  longFrames: number;
  /** The longest three: duration, then each script in it (how it was invoked, ms). */
  longestFrames: string[];
  /** The same after the map became interactive. */
  longestFramesAfterInteractive: string[];
  slowestInputsAfterInteractive: string[];
  heapMB: number;
  rendererRssMB: number;
  peakRendererRssMB: number;
  totalRssMB: number;
  ready: boolean;
  /** The machine's 1-minute load average when the load started and when it was ready. */
  loadAverage: [number, number];
}

const results: LoadResult[] = [];
const frameLog: { papers: number; frames: string[] }[] = [];
for (const papers of papersList) {
  const text = generateCorpus({ papers, seed: 1, authorsPerPaper: 0.5 });
  const name = `synthetic-${papers}.txt`;
  const server = await startServer(dist, { [`/${name}`]: text });
  const before = new Set(readdirSync("/tmp"));
  const browser = await launchBrowser();
  const profile = readdirSync("/tmp").find(
    (f) => f.startsWith("coauthor-atlas-chromium-") && !before.has(f),
  );
  const pid = profile ? browserPid(profile) : -1;
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    // Probes: how late input handlers run (event timestamp to handler), timer drift, and the
    // long animation frames with the scripts that ran in them.
    // (A string, not a function: tsx's name helpers would not exist in the page.)
    await page.addInitScript({
      content: `
        window.probe = { input: [], lag: 0, frames: [] };
        new PerformanceObserver((list) => {
          for (const e of list.getEntries())
            window.probe.frames.push({
              ms: Math.round(e.duration),
              at: e.startTime,
              scripts: e.scripts
                .map(
                  (s) =>
                    s.invoker +
                    (s.sourceFunctionName ? " [" + s.sourceFunctionName + "]" : "") +
                    " " +
                    Math.round(s.duration),
                )
                .join("; "),
            });
        }).observe({ type: "long-animation-frame", buffered: true });
        const record = (event) =>
          window.probe.input.push([performance.now() - event.timeStamp, event.timeStamp]);
        addEventListener("pointermove", record, { capture: true, passive: true });
        addEventListener("keydown", record, { capture: true, passive: true });
        let last = performance.now();
        setInterval(() => {
          const now = performance.now();
          window.probe.lag = Math.max(window.probe.lag, now - last - 50);
          last = now;
        }, 50);`,
    });
    const cdp = cpuProfile || heapProfile ? await browser.context.newCDPSession(page) : null;
    const profiler = cpuProfile ? cdp : null;
    const heapProfiler = heapProfile ? cdp : null;
    if (profiler) {
      await profiler.send("Profiler.enable");
      await profiler.send("Profiler.start");
    }
    const loadAtStart = loadavg()[0];
    const t0 = performance.now();
    await page.goto(`${server.url}?data=${name}`);
    let peak = 0;
    let ready = false;
    let step = 0;
    let shownSeconds = NaN;
    let interactiveSeconds = NaN;
    let interactiveAt = Infinity;
    const timeline: string[] = [];
    let lastStage = "";
    let lastLater = "";
    while (performance.now() - t0 < timeout) {
      step++;
      await page.mouse.move(400 + (step % 20) * 20, 300 + (step % 7) * 15);
      if (step % 5 === 0) await page.keyboard.press("Shift");
      if (pid > 0) peak = Math.max(peak, processMemory(pid).renderer);
      const look = await page.evaluate(() => ({
        ready: document.querySelector("#app")?.getAttribute("data-state") === "ready",
        shown: !!document.querySelector(".dataset-counts")?.textContent,
        compact: !!document.querySelector(".progress-overlay.compact"),
        stage: document.querySelector(".progress-stage")?.textContent ?? "",
        later: document.querySelector(".progress-later:not([hidden]) .progress-stage")?.textContent,
        now: performance.now(),
      }));
      const at = (performance.now() - t0) / 1000;
      ready = look.ready;
      if (look.shown && Number.isNaN(shownSeconds)) shownSeconds = at;
      if ((look.compact || ready) && Number.isNaN(interactiveSeconds)) {
        interactiveSeconds = at;
        interactiveAt = look.now;
        await heapProfiler?.send("HeapProfiler.startSampling", {
          samplingInterval: 16384,
          includeObjectsCollectedByMajorGC: true,
          includeObjectsCollectedByMinorGC: true,
        });
      }
      const stage = look.stage.replace(/ · .*/, "");
      if (stage !== lastStage) timeline.push(`${at.toFixed(1)} s ${(lastStage = stage)}`);
      const later = look.later?.replace(/ · .*/, "") ?? "";
      if (later !== lastLater)
        timeline.push(`${at.toFixed(1)} s ${(lastLater = later) || "(none)"}`);
      if (ready) break;
      await page.waitForTimeout(100);
    }
    const seconds = (performance.now() - t0) / 1000;
    if (heapProfiler) {
      const { profile } = (await heapProfiler.send("HeapProfiler.getSamplingProfile")) as {
        profile: unknown;
      };
      writeFileSync(heapProfile.replace("{papers}", String(papers)), JSON.stringify(profile));
    }
    if (profiler) {
      const { profile } = (await profiler.send("Profiler.stop")) as { profile: unknown };
      writeFileSync(cpuProfile.replace("{papers}", String(papers)), JSON.stringify(profile));
    }
    const probe = await page.evaluate(() => {
      const p = (
        window as unknown as {
          probe: {
            input: [number, number][];
            lag: number;
            frames: { ms: number; at: number; scripts: string }[];
          };
        }
      ).probe;
      return { input: p.input, lag: p.lag, frames: p.frames };
    });
    const counts = await page.evaluate(
      () => document.querySelector(".dataset-counts")?.textContent ?? "",
    );
    await page.waitForTimeout(2000);
    const session = await browser.context.newCDPSession(page);
    await session.send("Performance.enable");
    await session.send("HeapProfiler.collectGarbage");
    const metrics = (await session.send("Performance.getMetrics")) as {
      metrics: { name: string; value: number }[];
    };
    const heap = metrics.metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? NaN;
    const memory = pid > 0 ? processMemory(pid) : { total: NaN, renderer: NaN };
    // The map at rest, then the user's first zoom: the longest animation frame it costs (0 when
    // no frame took over 50 ms).
    await page.evaluate(() => {
      (window as unknown as { probe: { frames: unknown[] } }).probe.frames = [];
    });
    await page.mouse.move(720, 450);
    for (let i = 0; i < 5; i++) {
      await page.mouse.wheel(0, -120);
      await page.waitForTimeout(40);
    }
    await page.waitForTimeout(600);
    const zoomFrames = await page.evaluate(() =>
      (window as unknown as { probe: { frames: { ms: number }[] } }).probe.frames.map((f) => f.ms),
    );
    const sorted = probe.input.map(([ms]) => ms).sort((a, b) => a - b);
    // Inputs after interactive, slowest first: [latency, page time].
    const slowest = probe.input.filter(([, at]) => at >= interactiveAt).sort((a, b) => b[0] - a[0]);
    const after = slowest.map(([ms]) => ms).reverse();
    const number = (pattern: RegExp) => Number(pattern.exec(counts)?.[1] ?? NaN);
    const result: LoadResult = {
      papers,
      authors: number(/(\d+) authors/),
      edges: number(/(\d+) collaborations/),
      seconds,
      shownSeconds,
      interactiveSeconds,
      timeline,
      maxInputMs: sorted[sorted.length - 1] ?? NaN,
      maxInputAfterInteractiveMs: after[after.length - 1] ?? NaN,
      p95InputAfterInteractiveMs: after[Math.floor(after.length * 0.95)] ?? NaN,
      p95InputMs: sorted[Math.floor(sorted.length * 0.95)] ?? NaN,
      inputs: sorted.length,
      maxLagMs: probe.lag,
      longFrames: probe.frames.length,
      longestFrames: [...probe.frames]
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 3)
        .map((f) => `${f.ms} ms: ${f.scripts}`),
      longestFramesAfterInteractive: probe.frames
        .filter((f) => f.at >= interactiveAt)
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 3)
        .map((f) => `${f.ms} ms: ${f.scripts}`),
      // The slowest inputs after interactive, with their second since the page opened.
      slowestInputsAfterInteractive: slowest
        .slice(0, 5)
        .map(
          ([ms, at]) =>
            `${ms.toFixed(0)} ms at ${(interactiveSeconds + (at - interactiveAt) / 1000).toFixed(1)} s`,
        ),
      firstZoomLongestFrameMs: Math.max(0, ...zoomFrames),
      heapMB: heap / 2 ** 20,
      rendererRssMB: memory.renderer / 2 ** 20,
      peakRendererRssMB: Math.max(peak, memory.renderer) / 2 ** 20,
      totalRssMB: memory.total / 2 ** 20,
      ready,
      loadAverage: [loadAtStart, loadavg()[0]],
    };
    results.push(result);
    // Every long frame after interactive, with its second since the page opened, for attribution.
    frameLog.push({
      papers,
      frames: probe.frames
        .filter((f) => f.at >= interactiveAt)
        .map((f) => `${(f.at / 1000).toFixed(1)} s ${f.ms} ms: ${f.scripts}`),
    });
    console.log(JSON.stringify(result));
  } finally {
    await browser.close();
    await server.close();
  }
}

const lines = [
  `| papers | authors | collaborations | interactive (s) | load (s) | max input latency after interactive (ms) | max input latency (ms) | p95 input latency (ms) | max timer lag (ms) | first zoom: longest frame (ms) | main-thread JS heap (MB) | renderer RSS (MB) | peak renderer RSS (MB) | browser total RSS (MB) |`,
  `| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
  ...results.map(
    (r) =>
      `| ${r.papers} | ${r.authors} | ${r.edges} | ${r.interactiveSeconds.toFixed(1)} | ${r.seconds.toFixed(1)}${r.ready ? "" : " (not ready)"} | ${r.maxInputAfterInteractiveMs.toFixed(0)} | ${r.maxInputMs.toFixed(0)} | ${r.p95InputMs.toFixed(0)} | ${r.maxLagMs.toFixed(0)} | ${r.firstZoomLongestFrameMs.toFixed(0)} | ${r.heapMB.toFixed(0)} | ${r.rendererRssMB.toFixed(0)} | ${r.peakRendererRssMB.toFixed(0)} | ${r.totalRssMB.toFixed(0)} |`,
  ),
];
console.log(`\n${lines.join("\n")}`);
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, "load.md"), `${lines.join("\n")}\n`);
writeFileSync(join(OUT, "load.json"), JSON.stringify(results, null, 2));
writeFileSync(join(OUT, "load-frames.json"), JSON.stringify(frameLog, null, 2));
