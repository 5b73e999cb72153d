// Time of one timeline frame in the explorer on krr.bib (the store action up to the scene drawn,
// which runs synchronously): `npx vite build && npx tsx bench/timeline-frames.ts`.
import { readFileSync } from "node:fs";
import { launchBrowser, startServer, waitForReady } from "../tests/e2e/harness.ts";

interface Handle {
  coauthorAtlas: {
    dataset(): { years: { min: number; max: number }; graph: { order: number; size: number } };
    store: { dispatch(action: unknown): void };
  };
}

async function main(): Promise<void> {
  const bib = readFileSync(new URL("../../shared/corpora/krr.bib", import.meta.url), "utf8");
  const server = await startServer(undefined, { "/krr.bib": bib });
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`${server.url}?data=krr.bib`);
    await waitForReady(page, 90_000);
    await page.waitForTimeout(3000);
    const r = await page.evaluate(() => {
      const app = (window as unknown as Handle).coauthorAtlas;
      const d = app.dataset();
      const times: number[] = [];
      for (let y = d.years.min; y <= d.years.max; y++) {
        const t = performance.now();
        const timeline = { mode: "cumulative", year: y, window: 3 };
        app.store.dispatch({ type: "timelineMoved", timeline });
        times.push(performance.now() - t);
      }
      const first = times[0];
      const slowest = times.indexOf(Math.max(...times)) + d.years.min;
      times.sort((a, b) => a - b);
      return {
        years: [d.years.min, d.years.max],
        authors: d.graph.order,
        edges: d.graph.size,
        frames: times.length,
        slowestYear: slowest,
        firstMs: Math.round(first),
        medianMs: Math.round(times[times.length >> 1]),
        maxMs: Math.round(times[times.length - 1]),
      };
    });
    console.log(JSON.stringify(r));
  } finally {
    await browser.close();
    await server.close();
  }
}

void main();
