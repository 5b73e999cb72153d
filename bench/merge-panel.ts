// Merge panel in Chromium on hep-th (658 suggestions): ms to open the list, to show the next 100
// ("Show more", appended) and to re-mark the "Accept all with score ≥" group. `npx vite build`
// first, then `npx tsx bench/merge-panel.ts`.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser, openPage, REPO, startServer, waitForReady } from "../tests/e2e/harness.ts";

const file = join(REPO, "../shared/corpora/hep-th.gml");
if (!existsSync(file)) {
  console.log(`skipped: ${file} not found`);
  process.exit(0);
}
const server = await startServer();
const browser = await launchBrowser();
try {
  const { page } = await openPage(browser.context, server.url);
  await waitForReady(page);
  await page
    .locator("input[type=file]")
    .setInputFiles({ name: "hep-th.gml", mimeType: "text/plain", buffer: readFileSync(file) });
  const button = page.getByRole("button", { name: /^\d+ possible duplicates$/ });
  await button.waitFor({ timeout: 90_000 });
  await waitForReady(page, 90_000);
  console.log(`merge panel, hep-th: ${await button.textContent()}`);
  for (let i = 0; i < 3; i++) {
    // Each step includes the layout it forces (offsetHeight).
    // A string, not a function: tsx would wrap named helpers in `__name`, unknown to the page.
    const ms = await page.evaluate(`(() => {
      const time = (f) => {
        const t0 = performance.now();
        f();
        void document.body.offsetHeight;
        return Math.round(performance.now() - t0);
      };
      const toggle = [...document.querySelectorAll("button")].find((x) =>
        /possible duplicates/.test(x.textContent ?? ""),
      );
      const open = time(() => toggle.click());
      const more = time(() => document.querySelector(".merge-more").click());
      const input = document.querySelector(".merge-threshold");
      const mark = time(() => {
        input.value = ${i} % 2 === 0 ? "0.5" : "0.8";
        input.dispatchEvent(new Event("input"));
      });
      const items = document.querySelectorAll(".merge-item").length;
      const group = document.querySelector(".merge-accept-group")?.textContent;
      toggle.click();
      return \`open \${open} ms, show 100 more \${more} ms (\${items} listed), threshold \${mark} ms (\${group})\`;
    })()`);
    console.log(ms);
  }
} finally {
  await browser.close();
  await server.close();
}
