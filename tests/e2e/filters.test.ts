// The minimum degree and component size filters, the filtered layout, the label density and the
// export caption on krr.bib, against counts networkx computed from the CLI's edge list
// (tests/fixtures/networkx/make-filters-krr.py → krr-filters.json).
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseStrictXml } from "../export/strict-xml.ts";
import {
  dropFile,
  DIST,
  launchBrowser,
  openPage,
  REPO,
  requireBrowser,
  startServer,
  waitForReady,
  type Browser,
  type StaticServer,
  type WatchedPage,
} from "./harness.ts";

interface Counts {
  authors: number;
  links: number;
  papers: number;
}
const EXPECTED = JSON.parse(
  readFileSync(resolve(REPO, "tests/fixtures/networkx/krr-filters.json"), "utf8"),
) as Record<
  "whole" | "minComponent5" | "minDegree3" | "minDegree2minComponent10" | "egoSchaub2",
  Counts
> & { totalPapers: number };

type Handle = {
  coauthorAtlas: {
    dataset(): { positions: Record<string, { x: number; y: number }> } | null;
    store: { dispatch(action: { type: "authorSelected"; id: string }): void };
  };
};

const KRR = resolve(REPO, "../shared/corpora/krr.bib");
const run = requireBrowser("tests/e2e/filters.test.ts");
const present = existsSync(KRR);
if (run && !present)
  console.warn(`\n*** SKIPPING tests/e2e/filters.test.ts: no corpus at ${KRR} ***\n`);

describe.skipIf(!run || !present)("filters on krr.bib (built app in Chromium)", () => {
  let server: StaticServer;
  let browser: Browser;
  let w: WatchedPage;
  let page: Page;
  const whole = EXPECTED.whole;

  beforeAll(async () => {
    server = await startServer(DIST);
    browser = await launchBrowser();
    w = await openPage(browser.context, server.url);
    page = w.page;
    await waitForReady(page);
    await dropFile(page, "krr.bib", readFileSync(KRR));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const shown = () => page.locator(".shown-count").textContent();
  const showing = (c: Counts) =>
    `Showing ${c.authors} of ${whole.authors} authors and ${c.links} of ${whole.links} collaborations`;
  async function setCount(name: string, value: string) {
    const input = page.getByRole("spinbutton", { name });
    await input.fill(value);
    await input.press("Enter");
  }

  /** Exports the SVG: its drawn discs, links and label texts, and the caption as one line. */
  async function svg() {
    const button = page.getByRole("button", { name: "Export" });
    if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menuitem", { name: "SVG (vector)", exact: true }).click(),
    ]);
    const doc = parseStrictXml(readFileSync(await file.path(), "utf8"));
    const group = (c: string) =>
      Array.from(doc.getElementsByTagName("g")).find((g) => g.getAttribute("class") === c);
    const texts = (c: string) =>
      Array.from(group(c)?.getElementsByTagName("text") ?? []).map((t) => t.textContent ?? "");
    return {
      circles: group("nodes")?.getElementsByTagName("circle").length ?? 0,
      lines: group("edges")?.getElementsByTagName("line").length ?? 0,
      labels: texts("labels").length,
      caption: texts("caption").join(" "),
    };
  }

  it("shows the whole network first", async () => {
    expect(await shown()).toBe(showing(whole));
  });

  it("min. component size 5: networkx's counts, drawn and named in the SVG caption", async () => {
    const c = EXPECTED.minComponent5;
    await setCount("Min. component size", "5");
    await expect.poll(shown).toBe(showing(c));
    expect(page.url()).toContain("minComponent=5");
    const overview = await page.locator(".overview .stat").allTextContents();
    expect(overview).toContain(`${c.links}collaborations shown`);
    const out = await svg();
    expect([out.circles, out.lines]).toEqual([c.authors, c.links]);
    expect(out.caption).toContain(
      `${c.authors} of ${whole.authors} authors, components of at least 5 authors; ` +
        `${c.links} coauthorships; ${c.papers} of ${EXPECTED.totalPapers} papers.`,
    );
  }, 60_000);

  it("min. coauthors 3, then with min. component size 10", async () => {
    await setCount("Min. component size", "1");
    await setCount("Min. coauthors per author", "3");
    await expect.poll(shown).toBe(showing(EXPECTED.minDegree3));
    await setCount("Min. coauthors per author", "2");
    await setCount("Min. component size", "10");
    const c = EXPECTED.minDegree2minComponent10;
    await expect.poll(shown).toBe(showing(c));
    const out = await svg();
    expect([out.circles, out.lines]).toEqual([c.authors, c.links]);
    expect(out.caption).toContain(
      `${c.authors} of ${whole.authors} authors, at least 2 coauthors shown, components of at ` +
        `least 10 authors; ${c.links} coauthorships; ${c.papers} of ${EXPECTED.totalPapers} papers.`,
    );
  }, 60_000);

  it("lays out the filtered network, and puts the whole layout back", async () => {
    const position = () =>
      page.evaluate(
        () => (window as unknown as Handle).coauthorAtlas.dataset()?.positions["t schaub"],
      );
    const before = await position();
    const layout = page.getByRole("button", { name: "Lay out the filtered network" });
    await layout.click();
    const back = page.getByRole("button", { name: "Restore the full layout" });
    await back.waitFor({ timeout: 60_000 });
    expect(await position()).not.toEqual(before);
    // Still what the filters show.
    expect(await shown()).toBe(showing(EXPECTED.minDegree2minComponent10));
    await back.click();
    expect(await position()).toEqual(before);
    // A filter change also puts it back.
    await layout.click();
    await back.waitFor({ timeout: 60_000 });
    await setCount("Min. component size", "1");
    await setCount("Min. coauthors per author", "0");
    await expect.poll(shown).toBe(showing(whole));
    expect(await position()).toEqual(before);
    expect(await layout.isHidden()).toBe(true);
  }, 120_000);

  it("zooms to an author's coauthors: all of them on screen, closer than the fit", async () => {
    type SceneLike = {
      transform: { x: number; y: number; k: number };
      width: number;
      height: number;
      nodes: { id: string; x: number; y: number }[];
      edges: { length: number; source: string[]; target: string[] };
    };
    /** The drawn transform and frame, and where the author and the ends of its drawn links are. */
    const view = (id: string) =>
      page.evaluate((author) => {
        const s = (
          window as unknown as { coauthorAtlas: { scene(): SceneLike | null } }
        ).coauthorAtlas.scene() as SceneLike;
        const near = new Set([author]);
        for (let j = 0; j < s.edges.length; j++)
          if (s.edges.source[j] === author) near.add(s.edges.target[j]);
          else if (s.edges.target[j] === author) near.add(s.edges.source[j]);
        const { k, x, y } = s.transform;
        return {
          k,
          size: near.size,
          frame: [s.width, s.height],
          points: s.nodes.filter((n) => near.has(n.id)).map((n) => [n.x * k + x, n.y * k + y]),
        };
      }, id);
    // W. van der Aalst: 3 coauthors in the CLI's report (M. Pesic, H. Schonenberg, D. Bosnacki).
    const id = "w van der aalst";
    const fitted = (await view(id)).k;
    await page.evaluate(
      (author) =>
        (window as unknown as Handle).coauthorAtlas.store.dispatch({
          type: "authorSelected",
          id: author,
        }),
      id,
    );
    await page.getByRole("button", { name: "Zoom to coauthors" }).click();
    // The zoom animates for 450 ms.
    await page.waitForTimeout(1000);
    const v = await view(id);
    expect(v.size).toBe(4);
    expect(v.points).toHaveLength(4);
    expect(v.k).toBeGreaterThan(fitted);
    for (const [sx, sy] of v.points) {
      expect(sx).toBeGreaterThanOrEqual(0);
      expect(sx).toBeLessThanOrEqual(v.frame[0]);
      expect(sy).toBeGreaterThanOrEqual(0);
      expect(sy).toBeLessThanOrEqual(v.frame[1]);
    }
  }, 60_000);

  it("ego view: 2 hops from T. Schaub, as networkx's ego_graph, in the caption", async () => {
    await page.evaluate(() =>
      (window as unknown as Handle).coauthorAtlas.store.dispatch({
        type: "authorSelected",
        id: "t schaub",
      }),
    );
    await page.getByRole("combobox", { name: "Ego network hops" }).selectOption("2");
    await page.getByLabel("Selected author's network").check();
    const c = EXPECTED.egoSchaub2;
    await expect.poll(shown).toBe(showing(c));
    const out = await svg();
    expect([out.circles, out.lines]).toEqual([c.authors, c.links]);
    expect(out.caption).toContain(
      `${c.authors} of ${whole.authors} authors, 2 hops from T. Schaub; ${c.links} ` +
        `coauthorships; ${c.papers} of ${EXPECTED.totalPapers} papers.`,
    );
  }, 60_000);

  it("label density: top 10 draws at most 10 labels, as many as fit more than that", async () => {
    const density = page.getByRole("combobox", { name: "Labels" });
    await density.selectOption("10");
    await expect.poll(() => page.url()).toContain("labels=10");
    const ten = (await svg()).labels;
    expect(ten).toBeGreaterThan(0);
    expect(ten).toBeLessThanOrEqual(10);
    await density.selectOption("0");
    await expect.poll(() => page.url()).toContain("labels=all");
    // Not compared with the default's count: greedy placement over more candidates may place one
    // fewer (67 vs 68 seen in CI), as positions move between the two exports.
    const all = (await svg()).labels;
    expect(all).toBeGreaterThan(10);
    expect(w.errors).toEqual([]);
  }, 60_000);
});
