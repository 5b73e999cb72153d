// The counting control in the explorer: fractional counting and the author cap re-run the analysis.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  DIST,
  launchBrowser,
  openPage,
  requireBrowser,
  startServer,
  waitForReady,
  type Browser,
  type StaticServer,
} from "./harness.ts";

type Handle = {
  coauthorAtlas: {
    dataset(): {
      metrics: { authors: { ids: string[]; columns: { strength: Float64Array } } };
    } | null;
  };
};

const run = requireBrowser("tests/e2e/counting.test.ts");

describe.skipIf(!run)("counting and the author cap (built app in Chromium)", () => {
  let server: StaticServer;
  let browser: Browser | null = null;
  beforeAll(async () => {
    server = await startServer(DIST);
  });
  afterEach(async () => {
    await browser?.close();
    browser = null;
  });
  afterAll(async () => {
    await server?.close();
  });

  it("changes Tiansheng Huang's strength to the hand-computed values", async () => {
    browser = await launchBrowser();
    const { page, errors } = await openPage(browser.context, server.url);
    await waitForReady(page);
    const strength = () =>
      page.evaluate(() => {
        const table = (window as unknown as Handle).coauthorAtlas.dataset()?.metrics.authors;
        return table?.columns.strength[table.ids.indexOf("tiansheng huang")];
      });
    // The seed's ten papers have 7, 6, 5, 5, 9, 5, 6, 6, 5 and 6 authors, all with him:
    // full counting Σ(n − 1) = 50; fractional Σ(n − 1)·1/(n − 1) = 10.
    expect(await strength()).toBe(50);
    await page.getByRole("combobox", { name: "Counting" }).selectOption("fractional");
    await expect.poll(strength, { timeout: 30_000 }).toBeCloseTo(10, 9);
    await waitForReady(page, 30_000);
    // Full again with a cap of 5 authors: only the four 5-author papers add links, 4 × 4 = 16.
    await page.getByRole("combobox", { name: "Counting" }).selectOption("full");
    await expect.poll(strength, { timeout: 30_000 }).toBe(50);
    await waitForReady(page, 30_000);
    await page.getByRole("spinbutton", { name: "Author cap" }).fill("5");
    await page.getByRole("spinbutton", { name: "Author cap" }).press("Enter");
    await expect.poll(strength, { timeout: 30_000 }).toBe(16);
    expect(errors).toEqual([]);
  }, 120_000);
});
