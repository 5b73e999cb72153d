// Screenshots of the filters on a corpus: `npx tsx tests/e2e/shoot-filters.ts corpus out width height [dark] [mode]`.
// mode "layout" selects T. Schaub and runs "Lay out the filtered network"; "foot" runs it with no
// selection and shows the filters' foot; "sidebar" opens the filters drawer (phones).
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { launchBrowser, startServer, waitForReady } from "./harness.ts";

const [corpus, out = "/tmp/shot.png", w = "1400", hgt = "900", scheme = "light", mode = "layout"] =
  process.argv.slice(2);
if (!corpus) throw new Error("shoot-filters: give a corpus file");
const name = basename(corpus);
const server = await startServer(undefined, { [`/corpora/${name}`]: readFileSync(corpus, "utf8") });
const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.setViewportSize({ width: Number(w), height: Number(hgt) });
  await page.emulateMedia({ colorScheme: scheme === "dark" ? "dark" : "light" });
  const query = `?data=corpora/${encodeURIComponent(name)}&minDegree=2&minComponent=10&labels=30`;
  await page.goto(
    `${server.url}${query}${mode === "layout" || mode === "details" ? "&author=t%20schaub" : ""}`,
  );
  await waitForReady(page, 120_000);
  if (mode === "layout" || mode === "foot") {
    await page.getByRole("button", { name: "Lay out the filtered network" }).click();
    await page
      .getByRole("button", { name: "Restore the full layout" })
      .waitFor({ timeout: 120_000 });
  } else if (mode === "details") {
    await page.getByRole("button", { name: "Zoom to coauthors" }).click();
    await page.locator("button[aria-controls=details]").click();
  } else if (mode === "sidebar") {
    await page.locator("button[aria-controls=sidebar]").click();
  }
  if (mode === "foot") await page.locator(".shown-count").scrollIntoViewIfNeeded();
  else if (mode !== "details")
    await page.getByRole("combobox", { name: "Labels" }).scrollIntoViewIfNeeded();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: out });
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  console.log(
    `saved ${out} scrollWidth ${scroll}${errors.length ? `; errors: ${errors.join(" | ")}` : ""}`,
  );
} finally {
  await browser.close();
  await server.close();
}
