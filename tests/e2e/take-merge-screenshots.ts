// Screenshots of the merge review on a real corpus: `npx tsx tests/e2e/take-merge-screenshots.ts
// [corpus file under ../shared/corpora] [out prefix]` (1400x900, 390x844 phone, dark).
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { launchBrowser, openPage, REPO, startServer, waitForReady } from "./harness.ts";

const file = join(REPO, "../shared/corpora", process.argv[2] ?? "scopus.bib");
const prefix = process.argv[3] ?? "/work/shots/merges";
if (!existsSync(file)) {
  console.log(`skipped: ${file} not found`);
  process.exit(0);
}
const server = await startServer();
const views = [
  { name: "desktop", width: 1400, height: 900, dark: false },
  { name: "phone", width: 390, height: 844, dark: false },
  { name: "dark", width: 1400, height: 900, dark: true },
];
try {
  for (const v of views) {
    const browser = await launchBrowser();
    try {
      const { page, errors } = await openPage(browser.context, server.url);
      await page.setViewportSize({ width: v.width, height: v.height });
      if (v.dark) await page.emulateMedia({ colorScheme: "dark" });
      await waitForReady(page);
      await page.locator("input[type=file]").setInputFiles({
        name: basename(file),
        mimeType: "text/plain",
        buffer: readFileSync(file),
      });
      await page.waitForFunction(() => {
        const b = [...document.querySelectorAll("button")].find((x) =>
          /possible duplicate/.test(x.textContent ?? ""),
        );
        return b !== undefined && !b.hidden;
      });
      await waitForReady(page);
      await page.getByRole("button", { name: /possible duplicate/ }).click();
      await page.waitForTimeout(400);
      // GROUP=1: after "Accept all with score ≥ 0.80", the decisions with the group and its Undo.
      if (process.env.GROUP === "1") {
        await page.locator(".merge-accept-group").click();
        await page.waitForTimeout(300);
        await waitForReady(page, 90_000);
        if (await page.locator(".merge-popover").isHidden())
          await page.getByRole("button", { name: /possible duplicate/ }).click();
        await page.locator(".merge-group-decision summary").click();
        await page.locator(".merge-group-decision").scrollIntoViewIfNeeded();
        await page.waitForTimeout(300);
      }
      // SCROLL=1: the end of the list (its "Show more" button) instead of its top.
      if (process.env.SCROLL === "1") await page.locator(".merge-more").scrollIntoViewIfNeeded();
      const out = `${prefix}-${v.name}.png`;
      await page.screenshot({ path: out });
      console.log(`saved ${out}${errors.length ? `; console errors: ${errors.join(" | ")}` : ""}`);
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
