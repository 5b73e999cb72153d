// The timeline in Chromium on dblp.bib: play moves the year, positions stay put from frame to
// frame, the chart scrubs, the URL restores the frame, and the SVG export's caption names it.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseStrictXml } from "../export/strict-xml.ts";
import { EDGE_FRESH } from "../../src/scene/scene-edges.ts";
import {
  DIST,
  launchBrowser,
  openPage,
  REPO,
  requireBrowser,
  startServer,
  waitForReady,
  type Browser,
  type StaticServer,
} from "./harness.ts";

const run = requireBrowser("tests/e2e/timeline.test.ts");
const DBLP = resolve(REPO, "../shared/corpora/dblp.bib");
const present = existsSync(DBLP);
if (!present) console.warn(`\n*** SKIPPING tests/e2e/timeline.test.ts: ${DBLP} is absent ***\n`);

interface Placed {
  id: string;
  x: number;
  y: number;
}
interface SceneHandle {
  coauthorAtlas: {
    scene(): {
      nodes: { id: string; x: number; y: number; fresh?: boolean }[];
      /** Columns (scene-edges.ts): EDGE_FRESH in a flag marks a new collaboration. */
      edges: { flags: Uint8Array };
      transform: { x: number; y: number; k: number };
    } | null;
  };
}

/** The drawn authors' screen positions (world position through the map's zoom). */
const placed = (page: Page): Promise<Placed[]> =>
  page.evaluate(() => {
    const scene = (window as unknown as SceneHandle).coauthorAtlas.scene();
    if (!scene) return [];
    const { k, x, y } = scene.transform;
    return scene.nodes.map((n) => ({ id: n.id, x: n.x * k + x, y: n.y * k + y }));
  });
const panelYear = (page: Page) =>
  page.locator(".timeline-panel").getAttribute("data-year").then(Number);

describe.skipIf(!run || !present)("timeline (built app in Chromium, dblp.bib)", () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer(DIST, { "/dblp.bib": readFileSync(DBLP, "utf8") });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("plays through the years with every author staying where the layout put them", async () => {
    const { page, errors } = await openPage(browser.context, `${server.url}?data=dblp.bib`);
    await page.setViewportSize({ width: 1400, height: 900 });
    await waitForReady(page, 60_000);
    const whole = await placed(page);
    // dblp.bib: 396 authors (tests/e2e/corpora.test.ts), its papers dated 1953–2023.
    expect(whole.length).toBe(396);

    await page.getByRole("button", { name: "Timeline", exact: true }).click();
    await expect.poll(() => panelYear(page)).toBe(1953);
    expect(new URL(page.url()).searchParams.get("timeline")).toBe("1953");

    // Scrub: the chart's right end is the last year.
    const chart = (await page.locator(".timeline-chart").boundingBox()) as {
      x: number;
      y: number;
      width: number;
      height: number;
    };
    await page.mouse.click(chart.x + chart.width - 3, chart.y + chart.height / 2);
    await expect.poll(() => panelYear(page)).toBe(2023);
    // Up to the last year every dated author is shown (all 296 papers are dated).
    expect((await placed(page)).length).toBe(396);
    // Drag from the left end to the middle: the year follows the pointer.
    await page.mouse.move(chart.x + 3, chart.y + chart.height / 2);
    await page.mouse.down();
    await expect.poll(() => panelYear(page)).toBe(1953);
    await page.mouse.move(chart.x + chart.width / 2, chart.y + chart.height / 2, { steps: 5 });
    await page.mouse.up();
    const middle = await panelYear(page);
    expect(middle).toBeGreaterThan(1975);
    expect(middle).toBeLessThan(2000);

    // Two years: the authors of both are at the very same screen pixels.
    await page.locator(".timeline-slider").focus();
    const at = async (year: number) => {
      const now = await panelYear(page);
      for (let i = 0; i < Math.abs(year - now); i++)
        await page.keyboard.press(year > now ? "ArrowRight" : "ArrowLeft");
      await expect.poll(() => panelYear(page)).toBe(year);
      return new Map((await placed(page)).map((p) => [p.id, p]));
    };
    const y2000 = await at(2000);
    const y2015 = await at(2015);
    expect(y2000.size).toBeGreaterThan(10);
    expect(y2015.size).toBeGreaterThan(y2000.size);
    let same = 0;
    for (const [id, p] of y2000) {
      const q = y2015.get(id);
      expect(q, `${id} shown up to 2000 is shown up to 2015`).toBeDefined();
      expect([q?.x, q?.y]).toEqual([p.x, p.y]);
      same++;
    }
    expect(same).toBe(y2000.size);
    // And where they were before the timeline opened.
    const before = new Map(whole.map((p) => [p.id, p]));
    for (const [id, p] of y2015) expect([p.x, p.y]).toEqual([before.get(id)?.x, before.get(id)?.y]);

    // Play: the year moves on, one year a step.
    await page.getByRole("button", { name: "Play" }).click();
    const seen = new Set<number>([2015]);
    for (let i = 0; i < 40 && seen.size < 4; i++) {
      seen.add(await panelYear(page));
      await page.waitForTimeout(250);
    }
    await page.getByRole("button", { name: "Pause" }).click();
    const years = [...seen].sort((a, b) => a - b);
    expect(years.slice(0, 4)).toEqual([2015, 2016, 2017, 2018]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it("restores the frame from the URL and names it in the export caption", async () => {
    const query = "?data=dblp.bib&timeline=2008&timelineMode=window&timelineWindow=5";
    const first = await openPage(browser.context, `${server.url}${query}`);
    await waitForReady(first.page, 60_000);
    await expect.poll(() => panelYear(first.page)).toBe(2008);
    expect(await first.page.locator(".timeline-year").textContent()).toBe("2004–2008");
    expect(await first.page.locator(".timeline-mode").inputValue()).toBe("window");
    const shown = (await placed(first.page)).map((p) => p.id).sort();
    // Reload: the same frame, the same authors.
    await first.page.reload();
    await waitForReady(first.page, 60_000);
    await expect.poll(() => panelYear(first.page)).toBe(2008);
    expect((await placed(first.page)).map((p) => p.id).sort()).toEqual(shown);
    // New in 2008 are marked in the scene the map draws.
    const fresh = await first.page.evaluate((freshBit) => {
      const scene = (window as unknown as SceneHandle).coauthorAtlas.scene();
      return {
        nodes: scene?.nodes.filter((n) => n.fresh).length ?? 0,
        edges: scene ? Array.from(scene.edges.flags).filter((f) => (f & freshBit) !== 0).length : 0,
      };
    }, EDGE_FRESH);
    expect(fresh.nodes).toBeGreaterThan(0);
    expect(fresh.edges).toBeGreaterThan(0);
    // The text under the chart counts the same new authors.
    expect(await first.page.locator(".timeline-stats").textContent()).toContain(
      `${fresh.nodes} new author`,
    );

    // The SVG export is this frame, its caption naming the period.
    await first.page.getByRole("button", { name: "Export" }).click();
    const [file] = await Promise.all([
      first.page.waitForEvent("download"),
      first.page.getByRole("menuitem", { name: "SVG (vector)", exact: true }).click(),
    ]);
    const doc = parseStrictXml(readFileSync(await file.path(), "utf8"));
    const groups = Array.from(doc.getElementsByTagName("g"));
    const nodes = groups.find((g) => g.getAttribute("class") === "nodes") as Element;
    expect(nodes.getElementsByTagName("circle").length).toBe(shown.length);
    const text = Array.from(doc.getElementsByTagName("text"))
      .map((t) => t.textContent)
      .join(" ");
    expect(text).toContain("timeline: papers of 2004–2008, new in 2008 in red");

    // Small multiples from the menu: four titled panels.
    await first.page.getByRole("button", { name: "Export" }).click();
    const [multi] = await Promise.all([
      first.page.waitForEvent("download"),
      first.page.getByRole("menuitem", { name: "Small multiples by period (SVG)" }).click(),
    ]);
    const panels = parseStrictXml(readFileSync(await multi.path(), "utf8"));
    const titles = Array.from(panels.getElementsByTagName("text"))
      .filter((t) => t.getAttribute("class") === "panel-title")
      .map((t) => t.textContent);
    // 1953–2023 is 71 years: 18 + 18 + 18 + 17.
    expect(titles).toEqual(["1953–1970", "1971–1988", "1989–2006", "2007–2023"]);

    // Closing the timeline shows the whole network again and drops it from the URL.
    await first.page.getByRole("button", { name: "Close the timeline" }).click();
    await expect.poll(async () => (await placed(first.page)).length).toBe(396);
    expect(new URL(first.page.url()).searchParams.has("timeline")).toBe(false);
    expect(first.errors).toEqual([]);
    await first.page.close();
  }, 120_000);

  it("fits a 390×844 phone: no sideways scroll, the panel and its toggle inside the screen", async () => {
    const { page, errors } = await openPage(browser.context, "about:blank");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(
      `${server.url}?data=dblp.bib&timeline=2012&timelineMode=window&timelineWindow=5`,
    );
    await waitForReady(page, 60_000);
    await expect.poll(() => panelYear(page)).toBe(2012);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBe(0);
    for (const selector of [".timeline-panel", ".timeline-toggle", ".timeline-play"]) {
      const box = (await page.locator(selector).boundingBox()) as {
        x: number;
        y: number;
        width: number;
        height: number;
      };
      expect(box.x, selector).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, selector).toBeLessThanOrEqual(390);
      expect(box.y + box.height, selector).toBeLessThanOrEqual(844);
    }
    // The panel and the map controls do not overlap.
    const panel = (await page.locator(".timeline-panel").boundingBox()) as {
      y: number;
      height: number;
    };
    const controls = (await page.locator(".map-controls").boundingBox()) as { y: number };
    expect(panel.y + panel.height).toBeLessThanOrEqual(controls.y);
    await page.getByRole("button", { name: "Timeline", exact: true }).click();
    await expect.poll(() => page.locator(".timeline-panel").isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
