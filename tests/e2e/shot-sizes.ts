// Screenshots at a size and colour scheme: `npx tsx tests/e2e/shot-sizes.ts query out width height [dark] [corpus]`.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { launchBrowser, startServer, waitForReady } from "./harness.ts";

const [query = "", out = "/tmp/shot.png", w = "1400", hgt = "900", scheme = "light", corpus] =
  process.argv.slice(2);
const extra: Record<string, string> = {};
if (corpus) extra[`/corpora/${basename(corpus)}`] = readFileSync(corpus, "utf8");
const server = await startServer(undefined, extra);
const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.setViewportSize({ width: Number(w), height: Number(hgt) });
  await page.emulateMedia({ colorScheme: scheme === "dark" ? "dark" : "light" });
  await page.goto(`${server.url}${query}`);
  await waitForReady(page, 120_000);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: out });
  const box = await page.locator(".map-view").boundingBox();
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  console.log(
    `saved ${out} map ${JSON.stringify(box)} scrollWidth ${scroll}${errors.length ? `; errors: ${errors.join(" | ")}` : ""}`,
  );
} finally {
  await browser.close();
  await server.close();
}
