// Screenshots of community focus and links out on a corpus:
// `npx tsx tests/e2e/shoot-community.ts corpus.bib out-prefix [community]` → -wide, -phone, -dark
// (an author's paper cards), -wide-highlight, -dark-highlight, -phone-legend (the community alone).
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { Page } from "playwright-core";
import { launchBrowser, startServer, waitForReady } from "./harness.ts";

const [corpus, prefix = "/tmp/community", community = "2"] = process.argv.slice(2);
if (!corpus) throw new Error("usage: shoot-community.ts corpus.bib out-prefix [community]");
const name = basename(corpus);
const server = await startServer(undefined, { [`/corpora/${name}`]: readFileSync(corpus, "utf8") });
const browser = await launchBrowser();
type Dispatch = { coauthorAtlas: { store: { dispatch(a: unknown): void } } };
/** Opens or closes the sidebar drawer through the store (the toolbar scrolls on a phone). */
async function toggle(page: Page, collapsed: boolean): Promise<void> {
  await page.evaluate(
    (c) =>
      (window as unknown as Dispatch).coauthorAtlas.store.dispatch({
        type: "panelToggled",
        panel: "sidebar",
        collapsed: c,
      }),
    collapsed,
  );
}
const shots = [
  { suffix: "wide", width: 1400, height: 900, scheme: "light" },
  { suffix: "phone", width: 390, height: 844, scheme: "light" },
  { suffix: "dark", width: 1400, height: 900, scheme: "dark" },
] as const;
try {
  for (const s of shots) {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.setViewportSize({ width: s.width, height: s.height });
    await page.emulateMedia({ colorScheme: s.scheme });
    await page.goto(`${server.url}?data=corpora/${name}&community=${community}`);
    await waitForReady(page, 120_000);
    // The community's top author: their details show paper cards with links out.
    const top = (await page.locator(".community-top button").first().textContent()) ?? "";
    if (s.suffix !== "phone") {
      await page.waitForTimeout(1200);
      await page.screenshot({ path: `${prefix}-${s.suffix}-highlight.png` });
    }
    if (s.suffix === "phone") {
      // The legend lives in the Filters drawer on a phone: one shot with it open, one of details.
      await toggle(page, false);
      await page.locator(".community-focus").scrollIntoViewIfNeeded();
      await page.waitForTimeout(800);
      await page.screenshot({ path: `${prefix}-phone-legend.png` });
      await toggle(page, true);
    }
    await page.evaluate(() =>
      (document.querySelector(".community-top button") as HTMLButtonElement | null)?.click(),
    );
    await page.waitForTimeout(800);
    // The first paper card with links, scrolled into view in the details panel.
    const card = page.locator(".paper:has(a.external-link)").first();
    if ((await card.count()) > 0) await card.scrollIntoViewIfNeeded();
    void top;
    await page.waitForTimeout(1500);
    const out = `${prefix}-${s.suffix}.png`;
    await page.screenshot({ path: out });
    const links = await page.locator("a.external-link").count();
    console.log(
      `saved ${out}; ${links} links out${errors.length ? `; errors: ${errors.join(" | ")}` : ""}`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
