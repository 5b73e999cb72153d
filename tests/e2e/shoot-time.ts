// Screenshots of the time controls on a real corpus: `npx tsx tests/e2e/shoot-time.ts corpus out-prefix [query]`.
// Desktop (1400x900), phone (390x844) and dark, coloured by mean year with an author's details
// open, and the legend and year controls on their own.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { launchBrowser, startServer, waitForReady } from "./harness.ts";

const [corpus, prefix = "/tmp/time", query = ""] = process.argv.slice(2);
if (!corpus) throw new Error("usage: shoot-time.ts corpus out-prefix [query]");
const path = `/corpora/${basename(corpus)}`;
const server = await startServer(undefined, { [path]: readFileSync(corpus, "utf8") });
const browser = await launchBrowser();
const shots: [string, number, number, "light" | "dark"][] = [
  ["desktop", 1400, 900, "light"],
  ["phone", 390, 844, "light"],
  ["dark", 1400, 900, "dark"],
];
try {
  for (const [name, width, height, scheme] of shots) {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${server.url}?data=corpora/${basename(corpus)}${query}`);
    await waitForReady(page, 120_000);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${prefix}-${name}.png` });
    if (name !== "phone") {
      await page.locator(".legend").scrollIntoViewIfNeeded();
      await page.locator("#sidebar").screenshot({ path: `${prefix}-${name}-sidebar.png` });
    }
    // The author's sparkline and sorted papers.
    const spark = page.locator(".collaboration-years");
    if (await spark.count()) {
      await spark.scrollIntoViewIfNeeded();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${prefix}-${name}-details.png` });
    }
    if (name === "phone") {
      await page.getByRole("button", { name: "Close author details" }).click();
      await page.getByRole("button", { name: "Filters" }).click();
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${prefix}-${name}-filters.png` });
    }
    console.log(`saved ${prefix}-${name}${errors.length ? `; errors: ${errors.join(" | ")}` : ""}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
