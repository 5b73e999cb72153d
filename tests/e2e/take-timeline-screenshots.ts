// Screenshots of the timeline on dblp.bib: `npx tsx tests/e2e/take-timeline-screenshots.ts [out-dir]`
// (1400×900, 390×844 phone, dark), each at a moving window ending in 2012.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { launchBrowser, REPO, startServer, waitForReady } from "./harness.ts";

const out = process.argv[2] ?? "/work/shots";
const bib = readFileSync(resolve(REPO, "../shared/corpora/dblp.bib"), "utf8");
const server = await startServer(undefined, { "/dblp.bib": bib });
const browser = await launchBrowser();
const shots = [
  { name: "timeline-desktop", width: 1400, height: 900, scheme: "light" as const },
  { name: "timeline-phone", width: 390, height: 844, scheme: "light" as const },
  { name: "timeline-dark", width: 1400, height: 900, scheme: "dark" as const },
];
try {
  for (const s of shots) {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.setViewportSize({ width: s.width, height: s.height });
    await page.emulateMedia({ colorScheme: s.scheme });
    await page.goto(
      `${server.url}?data=dblp.bib&timeline=2012&timelineMode=window&timelineWindow=5`,
    );
    await waitForReady(page, 60_000);
    await page.waitForTimeout(2500);
    const path = join(out, `${s.name}.png`);
    await page.screenshot({ path });
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    console.log(
      `saved ${path}; sideways overflow ${sideways}px; errors: ${errors.join(" | ") || "none"}`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
