// Community focus on krr.bib: a legend entry highlights its community, the summary counts it, the
// filter shows exactly its authors, and the keyboard clears it.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  dropFile,
  DIST,
  REPO,
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
    store: { get(): { view: { community?: number; communityOnly: boolean } } };
    scene(): { nodes: { id: string; dimmed: boolean }[] } | null;
    dataset(): { metrics: { authors: { columns: { community: Float64Array } } } } | null;
  };
};

type RecountHandle = {
  coauthorAtlas: {
    dataset(): {
      metrics: { authors: { ids: string[]; columns: { community: Float64Array } } };
      corpus: { papers: { authors: string[] }[] };
      graph: { forEachEdge(cb: (e: string, a: unknown, s: string, t: string) => void): void };
    };
  };
};

const KRR = resolve(REPO, "../shared/corpora/krr.bib");
const run = requireBrowser("tests/e2e/community.test.ts");
if (!existsSync(KRR)) console.warn(`\n*** SKIPPING tests/e2e/community.test.ts: no ${KRR} ***\n`);

describe.skipIf(!run || !existsSync(KRR))("community focus (built app in Chromium)", () => {
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

  it("krr.bib: highlight, summary count = legend count, filter to exactly those authors", async () => {
    browser = await launchBrowser();
    const w = await openPage(browser.context, server.url);
    const page = w.page;
    await waitForReady(page);
    await dropFile(page, "krr.bib", readFileSync(KRR));

    // The second entry of the legend (the first is often the giant community).
    const entries = page.locator("button.legend-community");
    expect(await entries.count()).toBeGreaterThan(2);
    const entry = entries.nth(1);
    const community = Number(await entry.getAttribute("data-community"));
    const count = Number(await entry.getAttribute("data-count"));
    expect(await entry.getAttribute("aria-pressed")).toBe("false");
    // The legend's count is the number of authors the metrics put in that community.
    const inCommunity = await page.evaluate(
      (c) =>
        [
          ...((window as unknown as Handle).coauthorAtlas.dataset()?.metrics.authors.columns
            .community ?? []),
        ].filter((m) => m === c).length,
      community,
    );
    expect(count).toBe(inCommunity);

    await entry.click();
    const view = () =>
      page.evaluate(() => (window as unknown as Handle).coauthorAtlas.store.get().view);
    await expect.poll(async () => (await view()).community).toBe(community);
    const pressed = page.locator(`button.legend-community[data-community="${community}"]`);
    await expect.poll(() => pressed.getAttribute("aria-pressed")).toBe("true");
    expect(await page.locator('button.legend-community[aria-pressed="true"]').count()).toBe(1);
    // The map dims everyone else: the undimmed authors are exactly the community's.
    const undimmed = () =>
      page.evaluate(
        () =>
          (window as unknown as Handle).coauthorAtlas.scene()?.nodes.filter((n) => !n.dimmed)
            .length,
      );
    expect(await undimmed()).toBe(count);
    const summary = page.getByRole("region", { name: "Community summary" });
    const members = summary.locator(".community-stat", { hasText: "Members" }).locator("dd");
    expect(Number(await members.textContent())).toBe(count);
    expect(page.url()).toContain(`community=${community + 1}`);
    // Papers and links recounted here from the corpus and the graph, apart from the summary code
    // (on krr.bib, the CLI's JSON and a Python count give community 2: 163 authors, 257 papers,
    // 344 internal and 84 external links).
    const recount = await page.evaluate((c) => {
      const d = (window as unknown as RecountHandle).coauthorAtlas.dataset();
      const { ids, columns } = d.metrics.authors;
      const communityOf = new Map(ids.map((id, row) => [id, columns.community[row]]));
      const inside = (id: string) => communityOf.get(id) === c;
      const papers = d.corpus.papers.filter((p) => p.authors.some(inside)).length;
      let internal = 0;
      let external = 0;
      d.graph.forEachEdge((_e, _a, s, t) => {
        if (inside(s) && inside(t)) internal++;
        else if (inside(s) || inside(t)) external++;
      });
      return [papers, internal, external];
    }, community);
    const stat = (label: string) =>
      summary
        .locator(".community-stat", { hasText: label })
        .locator("dd")
        .textContent()
        .then(Number);
    expect([
      await stat("Papers"),
      await stat("Internal links"),
      await stat("External links"),
    ]).toEqual(recount);

    // Filter to it: exactly `count` authors on the map.
    await summary.getByRole("button", { name: "Show only this community" }).click();
    await expect.poll(async () => (await view()).communityOnly).toBe(true);
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as Handle).coauthorAtlas.scene()?.nodes.length),
      )
      .toBe(count);
    expect(
      await page
        .getByRole("region", { name: "Community summary" })
        .getByRole("button", { name: "Show everyone" })
        .getAttribute("aria-pressed"),
    ).toBe("true");

    // Members with their ranks.
    await page
      .getByRole("region", { name: "Community summary" })
      .getByRole("button", { name: "List members" })
      .click();
    const listed = page.locator(".community-member");
    expect(await listed.count()).toBe(Math.min(count, 100));
    expect(await listed.first().textContent()).toMatch(/PageRank #\d+ · \d+ coauthors/);

    // Keyboard: Enter on the pressed legend entry clears the highlight and the filter.
    await page.locator(`button.legend-community[data-community="${community}"]`).focus();
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await view()).community).toBeUndefined();
    // The redrawn legend keeps the focus on the same entry.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-community"))).toBe(
      String(community),
    );
    expect((await view()).communityOnly).toBe(false);
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as Handle).coauthorAtlas.scene()?.nodes.length),
      )
      .toBeGreaterThan(count);
    expect(await page.getByRole("region", { name: "Community summary" }).count()).toBe(0);
    expect(w.errors).toEqual([]);
  }, 180_000);
});
