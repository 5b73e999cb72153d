// Screenshots of network files in the explorer (not a test): `npx tsx tests/e2e/shoot-networks.ts OUTDIR`.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { launchBrowser, openPage, REPO, startServer, waitForReady } from "./harness.ts";

const out = process.argv[2] ?? "/tmp";
const files = ["netscience.gml", "hep-th.gml"];
const server = await startServer();
try {
  for (const file of files)
    for (const [w, hgt] of [
      [1400, 900],
      [390, 844],
    ]) {
      const browser = await launchBrowser();
      try {
        const { page, errors } = await openPage(browser.context, server.url);
        await page.setViewportSize({ width: w, height: hgt });
        await waitForReady(page);
        await page.locator("input[type=file]").setInputFiles({
          name: file,
          mimeType: "application/octet-stream",
          buffer: readFileSync(resolve(REPO, "../shared/corpora", file)),
        });
        await page.waitForFunction(
          (name) => document.querySelector(".dataset-name")?.textContent === name,
          file,
          { timeout: 120_000 },
        );
        await waitForReady(page, 120_000);
        await page.waitForTimeout(3000);
        const base = join(out, `${file}-${w}`);
        await page.screenshot({ path: `${base}.png` });
        if (w === 1400) {
          await page.getByRole("button", { name: "Density view" }).click();
          await page.waitForTimeout(1500);
          await page.screenshot({ path: `${base}-density.png` });
        }
        console.log(
          `saved ${base}${errors.length ? `; console errors: ${errors.join(" | ")}` : ""}`,
        );
      } finally {
        await browser.close();
      }
    }
} finally {
  await server.close();
}
