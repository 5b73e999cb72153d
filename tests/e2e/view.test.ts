// Issue 11 in Chromium: one shared link = one map, phone / tablet / desktop layouts, dark theme.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseStrictXml } from "../export/strict-xml.ts";
import { BIB, RIS } from "../fixtures/merge-pair.ts";
import {
  DIST,
  launchBrowser,
  requireBrowser,
  startServer,
  waitForReady,
  type Browser,
  type StaticServer,
} from "./harness.ts";

const run = requireBrowser("tests/e2e/view.test.ts");

// A profile with one warning: the top bar gets one more button.
const WITH_WARNING = [
  "Roe, Richard",
  "A Study of Things",
  "Roe, Richard, Anonymous, Doe, Jane",
  "We study things.",
].join("\n");

describe.skipIf(!run)("store, layouts and theme (built app in Chromium)", () => {
  let server: StaticServer;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startServer(DIST, { "/fixtures/warning.txt": WITH_WARNING });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A page of `width × height` in a colour scheme, opened on `query` and ready. */
  const open = async (
    query = "",
    size: { width: number; height: number } = { width: 1400, height: 900 },
    colorScheme: "light" | "dark" = "light",
  ): Promise<Page> => {
    const page = await browser.context.newPage();
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.setViewportSize(size);
    await page.emulateMedia({ colorScheme });
    await page.goto(`${server.url}${query}`);
    await waitForReady(page);
    return page;
  };

  /** The SVG export's disc count and label texts (sorted). */
  const exported = async (page: Page) => {
    await page.getByRole("button", { name: "Export" }).click();
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menuitem", { name: "SVG (vector)", exact: true }).click(),
    ]);
    const doc = parseStrictXml(readFileSync(await file.path(), "utf8"));
    const groups = Array.from(doc.getElementsByTagName("g"));
    const byClass = (c: string) => groups.find((g) => g.getAttribute("class") === c) as Element;
    return {
      discs: byClass("nodes").getElementsByTagName("circle").length,
      labels: Array.from(byClass("labels").getElementsByTagName("text"))
        .map((t) => t.textContent)
        .sort(),
    };
  };

  const mapBox = async (page: Page) =>
    (await page.locator(".map-view").boundingBox()) as { width: number; height: number };
  const sideways = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  it("?top=3 then choosing “coauthors” draws the same three authors as opening ?top=3&metric=coauthors", async () => {
    const page = await open("?top=3");
    const byPagerank = await exported(page);
    await page.getByLabel("Size authors by").selectOption("coauthors");
    await expect.poll(() => page.url()).toContain("metric=coauthors");
    // A new filter result fits the map, animated (450 ms): labels are placed for the fitted view.
    await page.waitForTimeout(800);
    const chosen = await exported(page);
    const fresh = await open("?top=3&metric=coauthors");
    const opened = await exported(fresh);
    expect(chosen.discs).toBe(3);
    expect(chosen).toEqual(opened);
    // The three by coauthors are not the three by PageRank: the metric did change the map.
    expect(chosen.labels).not.toEqual(byPagerank.labels);
    await page.close();
    await fresh.close();
  });

  it("on a 390×844 phone the map is at least 350×400 with no sideways scroll; panels open as drawers", async () => {
    const page = await open("", { width: 390, height: 844 });
    const box = await mapBox(page);
    expect(box.width).toBeGreaterThanOrEqual(350);
    expect(box.height).toBeGreaterThanOrEqual(400);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    expect(await page.locator(".sidebar").isVisible()).toBe(false);
    await page.getByRole("button", { name: "Filters", exact: true }).click();
    expect(await page.locator(".sidebar").isVisible()).toBe(true);
    // The drawer lies over the map, which keeps its size.
    expect((await mapBox(page)).width).toBe(box.width);
    await page.getByRole("button", { name: "Filters", exact: true }).click();
    // Selecting an author opens the details sheet.
    const search = page.getByRole("combobox", { name: "Search authors" });
    await page.getByRole("button", { name: "Filters", exact: true }).click();
    await search.fill("ling liu");
    await search.press("Enter");
    await expect.poll(() => page.locator(".side-panel").isVisible()).toBe(true);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: "/tmp/coauthor-atlas-phone.png" });
    await page.close();
    // A fuller top bar scrolls within itself, never the page.
    const fuller = await open("?data=fixtures/warning.txt", { width: 390, height: 844 });
    await fuller.locator("input[type=file]").setInputFiles([
      { name: "a.bib", mimeType: "text/plain", buffer: Buffer.from(BIB) },
      { name: "b.ris", mimeType: "text/plain", buffer: Buffer.from(RIS) },
    ]);
    await expect
      .poll(() => fuller.getByRole("button", { name: "1 possible duplicate" }).count())
      .toBe(1);
    expect(await sideways(fuller)).toBeLessThanOrEqual(0);
    // Two bibliography files have no profile owner: the legend does not offer one.
    expect(await fuller.locator(".legend").textContent()).not.toContain("Profile owner");
    // The loaded files are saved: clear them so later tests see the default network.
    await fuller.getByRole("button", { name: "Clear saved data" }).click();
    await fuller.getByRole("button", { name: "Delete saved data" }).click();
    await expect.poll(() => fuller.locator(".legend").textContent()).toContain("Profile owner");
    await fuller.close();
  });

  it("on a 768×1024 tablet the map is at least 600 px wide", async () => {
    const page = await open("", { width: 768, height: 1024 });
    expect((await mapBox(page)).width).toBeGreaterThanOrEqual(600);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: "/tmp/coauthor-atlas-tablet.png" });
    await page.close();
  });

  it("collapses the side panels on a desktop: the map takes their room", async () => {
    const page = await open();
    const before = (await mapBox(page)).width;
    await page.getByRole("button", { name: "Filters", exact: true }).click();
    await page.getByRole("button", { name: "Details", exact: true }).click();
    await expect.poll(async () => (await mapBox(page)).width).toBe(1400);
    expect(before).toBeLessThan(800);
    await page.close();
  });

  it("a dark system theme gives a dark map and panels; the toggle overrides it", async () => {
    const page = await open("", { width: 1400, height: 900 }, "dark");
    const luminance = (css: string) => {
      const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    const background = (selector: string) =>
      page.evaluate(
        (s) => getComputedStyle(document.querySelector(s) as Element).backgroundColor,
        selector,
      );
    for (const selector of [".sidebar", ".side-panel", ".topbar"])
      expect(luminance(await background(selector))).toBeLessThan(0.2);
    // The map as shown (pixels of a screenshot): its empty corner is dark.
    const box = (await page.locator(".map-view").boundingBox()) as { x: number; y: number };
    const shot = PNG.sync.read(
      await page.screenshot({ clip: { x: box.x + 300, y: box.y + 4, width: 20, height: 20 } }),
    );
    const [r, g, b] = shot.data.subarray(0, 3);
    expect((0.2126 * r + 0.7152 * g + 0.0722 * b) / 255).toBeLessThan(0.2);
    await page.screenshot({ path: "/tmp/coauthor-atlas-dark.png" });
    // The toggle: auto → dark → light.
    const toggle = page.getByRole("button", { name: /^Theme/ });
    await toggle.click();
    await toggle.click();
    expect(await toggle.textContent()).toBe("Theme: light");
    expect(luminance(await background(".sidebar"))).toBeGreaterThan(0.9);
    await toggle.click();
    await page.close();
  });

  it("Rankings fit a 1400 px window without sideways scroll and sort names by surname", async () => {
    const page = await open("?tab=rankings");
    const scroller = page.locator(".rankings-scroll");
    const overflow = await scroller.evaluate((e) => e.scrollWidth - e.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const table = page.getByRole("table", { name: "Author rankings" });
    await table.getByRole("button", { name: /^Author/ }).click();
    const names = await table.locator("tbody tr:not(.spacer) td.name").allTextContents();
    // Surnames in order: Ding, Hu, Huang (Jiaxing), Huang (Tiansheng), Ilhan, Liu …
    expect(names.slice(0, 5)).toEqual([
      "Liang Ding",
      "Sihao Hu",
      "Jiaxing Huang",
      "Tiansheng Huang",
      "Fatih Ilhan",
    ]);
    await page.close();
  });

  it("Clear saved data asks first; an error toast has no internal prefix", async () => {
    const page = await open("?data=missing.bib");
    const toast = page.getByRole("alert");
    await expect.poll(() => toast.textContent()).toContain("missing.bib");
    expect(await toast.textContent()).not.toContain("coauthor-atlas/");
    await page.getByRole("button", { name: "Clear saved data" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Clear saved data?" });
    expect(await dialog.isVisible()).toBe(true);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect(await dialog.isVisible()).toBe(false);
    await page.close();
  });

  it("moves between authors with the arrow keys, announces them, and opens one with Enter", async () => {
    const page = await open();
    const canvas = page.locator("canvas.map-canvas");
    await canvas.focus();
    const announced = () => page.locator("#map-announcer").textContent();
    // The first arrow focuses the top author by the size metric.
    await page.keyboard.press("ArrowDown");
    await expect.poll(announced).toMatch(/^Tiansheng Huang: 10 papers, 23 shown coauthors/);
    await page.keyboard.press("ArrowDown");
    const next = (await announced()) ?? "";
    expect(next).not.toMatch(/^Tiansheng Huang/);
    const name = /^([^:]+):/.exec(next)?.[1] ?? "";
    await page.keyboard.press("Enter");
    const details = page.getByRole("region", { name: "Author details" });
    await expect.poll(() => details.getByRole("heading", { level: 2 }).textContent()).toBe(name);
    await page.close();
  });

  afterAll(() => {
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
  });
});
