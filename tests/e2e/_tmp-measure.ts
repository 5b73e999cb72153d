import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser, openPage, REPO, startServer, waitForReady } from "./harness.ts";
const server = await startServer();
const browser = await launchBrowser();
try {
  const { page } = await openPage(browser.context, server.url);
  await waitForReady(page);
  await page.locator("input[type=file]").setInputFiles({ name: "hep-th.gml", mimeType: "text/plain", buffer: readFileSync(join(REPO, "../shared/corpora/hep-th.gml")) });
  const button = page.getByRole("button", { name: /^\d+ possible duplicates$/ });
  await button.waitFor({ timeout: 90000 });
  await waitForReady(page, 90000);
  console.log(await button.textContent());
  for (let i = 0; i < 3; i++) {
    const open = await page.evaluate(() => {
      const b = [...document.querySelectorAll("button")].find((x) => /possible duplicates/.test(x.textContent ?? "")) as HTMLButtonElement;
      const t0 = performance.now(); b.click(); void document.body.offsetHeight; const t1 = performance.now();
      const more = document.querySelector(".merge-more") as HTMLButtonElement;
      const t2 = performance.now(); more.click(); void document.body.offsetHeight; const t3 = performance.now();
      const input = document.querySelector(".merge-threshold") as HTMLInputElement;
      const t4 = performance.now(); input.value = "0.5"; input.dispatchEvent(new Event("input")); void document.body.offsetHeight; const t5 = performance.now();
      const n = document.querySelectorAll(".merge-item").length;
      const label = (document.querySelector(".merge-accept-group") as HTMLElement).textContent;
      (document.querySelector(".merge-popover button[aria-label]") as HTMLButtonElement | null);
      b.click();
      return { open: t1 - t0, more: t3 - t2, threshold: t5 - t4, n, label };
    });
    console.log(JSON.stringify(open));
    await page.keyboard.press("Escape");
  }
} finally { await browser.close(); await server.close(); }
