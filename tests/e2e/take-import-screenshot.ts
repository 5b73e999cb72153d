// Saves docs/import-dialog.png: the "Import from…" dialog against the local fake APIs (`npx tsx tests/e2e/take-import-screenshot.ts [out] [width] [height]`).
import { join } from "node:path";
import { createFakeApis } from "../sources/fake-apis.ts";
import { startServer as startApis } from "../sources/server.ts";
import { DIST, launchBrowser, openPage, REPO, startServer, waitForReady } from "./harness.ts";

const out = process.argv[2] ?? join(REPO, "docs/import-dialog.png");
const width = Number(process.argv[3] ?? 1400);
const height = Number(process.argv[4] ?? 900);
const apis = await startApis(createFakeApis().route);
const app = await startServer(DIST, {
  "/coauthor-atlas.config.json": JSON.stringify({
    COAUTHOR_ATLAS_OPENALEX_URL: `${apis.url}/openalex`,
    COAUTHOR_ATLAS_DBLP_URL: `${apis.url}/dblp`,
  }),
});
const browser = await launchBrowser();
try {
  const { page, errors } = await openPage(browser.context, app.url);
  await page.setViewportSize({ width, height });
  await waitForReady(page);
  await page.getByRole("button", { name: "Import from…" }).click();
  const dialog = page.getByRole("dialog", { name: "Import from…" });
  await dialog.getByRole("combobox", { name: "Person" }).fill("Wei Zhang");
  await dialog.getByRole("listbox").getByRole("option").first().waitFor();
  await dialog.getByRole("listbox").getByRole("option").first().click();
  await dialog.locator("summary").click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: out });
  console.log(`saved ${out}${errors.length ? `; console errors: ${errors.join(" | ")}` : ""}`);
} finally {
  await browser.close();
  await app.close();
  await apis.close();
}
