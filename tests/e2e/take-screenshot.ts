// Saves screenshots of the built app (docs/screenshot.png and friends): `npx tsx tests/e2e/take-screenshot.ts [query] [out]`.
import { join } from "node:path";
import { launchBrowser, openPage, REPO, startServer, waitForReady } from "./harness.ts";

const query = process.argv[2] ?? "?author=Li%20Shen";
const out = process.argv[3] ?? join(REPO, "docs/screenshot.png");
const server = await startServer();
const browser = await launchBrowser();
try {
  const { page, errors } = await openPage(browser.context, `${server.url}${query}`);
  await waitForReady(page);
  await page.waitForTimeout(900);
  await page.screenshot({ path: out });
  console.log(`saved ${out}${errors.length ? `; console errors: ${errors.join(" | ")}` : ""}`);
} finally {
  await browser.close();
  await server.close();
}
