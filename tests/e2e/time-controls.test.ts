// Time in the explorer on krr.bib: an inverted year range from the controls and from the URL,
// undated papers counted (against an independent Python count) and kept, colour by mean year in
// the legend and the SVG export.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { inflateSync } from "node:zlib";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseStrictXml } from "../export/strict-xml.ts";
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

const KRR = resolve(REPO, "../shared/corpora/krr.bib");
const present = existsSync(KRR);
if (!present) console.warn(`\n*** SKIPPING tests/e2e/time-controls.test.ts: no ${KRR} ***\n`);
const run = requireBrowser("tests/e2e/time-controls.test.ts");

type Handle = {
  coauthorAtlas: {
    dataset(): {
      corpus: { warnings: { line: number; message: string }[] };
    } | null;
    scene(): { nodes: { fill: string }[] } | null;
  };
};

/** Python's count of krr.bib's entries (tests/e2e/undated-entries.py), given the merges made. */
interface EntryCount {
  entries: number;
  withoutYear: number;
  withoutYearOrAuthor: number;
  yearFromCrossref: number;
  papers: number;
  undatedPapers: number;
}

describe.skipIf(!run || !present)("time controls on krr.bib (built app in Chromium)", () => {
  let server: StaticServer;
  let browser: Browser;
  const query = "?data=corpora/krr.bib";

  beforeAll(async () => {
    server = await startServer(DIST, { "/corpora/krr.bib": readFileSync(KRR, "utf8") });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(extra = ""): Promise<{ page: Page; errors: string[] }> {
    const w = await openPage(browser.context, `${server.url}${query}${extra}`);
    await waitForReady(w.page, 120_000);
    return w;
  }
  /** The "Showing N of M authors" line of the filters panel, as [N, M]. */
  async function shown(page: Page): Promise<[number, number]> {
    const text = (await page.locator(".shown-count").textContent()) ?? "";
    const m = /Showing (\d+) of (\d+) authors/.exec(text);
    if (!m) throw new Error(`no author count in "${text}"`);
    return [Number(m[1]), Number(m[2])];
  }
  async function setYear(page: Page, name: "From year" | "To year", value: string) {
    const input = page.getByRole("spinbutton", { name });
    await input.fill(value);
    await input.press("Enter");
    await input.blur();
  }

  it("an inverted range gives the same authors from the controls and from the URL", async () => {
    const a = await open();
    const [all, total] = await shown(a.page);
    expect(all).toBe(total);
    await setYear(a.page, "From year", "2015");
    await setYear(a.page, "To year", "2010");
    // The controls show the swapped range, and the URL holds it.
    await expect
      .poll(() => a.page.getByRole("spinbutton", { name: "From year" }).inputValue())
      .toBe("2010");
    expect(await a.page.getByRole("spinbutton", { name: "To year" }).inputValue()).toBe("2015");
    expect(new URL(a.page.url()).searchParams.get("years")).toBe("2010-2015");
    const [fromControls] = await shown(a.page);
    // Undated papers are kept, so fewer authors than all but far from none.
    expect(fromControls).toBeGreaterThan(0);
    expect(fromControls).toBeLessThan(total);
    await a.page.close();

    const b = await open("&years=2015-2010");
    expect(await b.page.getByRole("spinbutton", { name: "From year" }).inputValue()).toBe("2010");
    expect(await b.page.getByRole("spinbutton", { name: "To year" }).inputValue()).toBe("2015");
    expect((await shown(b.page))[0]).toBe(fromControls);
    expect(b.errors).toEqual([]);
    await b.page.close();
  }, 300_000);

  it("counts the undated papers as Python does, and keeps them by default", async () => {
    const { page, errors } = await open();
    // The records merged as duplicates (kept line: merged line), from the warnings.
    const merges = await page.evaluate(() =>
      ((window as unknown as Handle).coauthorAtlas.dataset()?.corpus.warnings ?? [])
        .map((w) => [/duplicate of paper at [^:]+:(\d+), merged/.exec(w.message)?.[1], w.line])
        .filter(([kept]) => kept !== undefined)
        .map(([kept, line]) => `${kept}:${line}`),
    );
    const count = JSON.parse(
      execFileSync(
        "/usr/bin/python3",
        [resolve(REPO, "tests/e2e/undated-entries.py"), KRR, ...merges],
        {
          encoding: "utf8",
        },
      ),
    ) as EntryCount;
    // 1264 entries lack a year field; 2 of them have no author either (no papers), 1 takes its
    // year from its crossref target, and merged duplicates are one paper (dated if any is).
    expect(count.withoutYear).toBe(1264);
    expect(count.withoutYearOrAuthor).toBe(2);
    expect(count.yearFromCrossref).toBe(1);
    const label = page.locator(".undated-row label");
    await expect
      .poll(() => label.textContent())
      .toBe(`Include ${count.undatedPapers} undated papers`);
    expect(await page.locator(".undated-row input").isChecked()).toBe(true);

    // The full range with undated papers kept: every author stays.
    const [all, total] = await shown(page);
    const min = await page.getByRole("spinbutton", { name: "From year" }).getAttribute("min");
    const max = await page.getByRole("spinbutton", { name: "To year" }).getAttribute("max");
    await setYear(page, "From year", String(min));
    await setYear(page, "To year", String(max));
    await expect.poll(() => new URL(page.url()).searchParams.get("years")).toBe(`${min}-${max}`);
    expect(await shown(page)).toEqual([all, total]);
    // Left out, the authors of only undated papers go.
    await page.locator(".undated-row input").uncheck();
    await expect.poll(async () => (await shown(page))[0]).toBeLessThan(all);
    expect(new URL(page.url()).searchParams.get("undated")).toBe("0");
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it("colour by mean year: a year scale in the legend and in the SVG export", async () => {
    const { page, errors } = await open();
    const years = readFileSync(KRR, "utf8").match(/^\s*year\s*=\s*[{"]?\s*(\d{4})/gim) ?? [];
    const values = years.map((y) => Number(/(\d{4})/.exec(y)?.[1]));
    const [lo, hi] = [Math.min(...values), Math.max(...values)];
    expect([lo, hi]).toEqual([1929, 2026]);

    await page.getByRole("combobox", { name: "Colour authors by" }).selectOption("year");
    await expect.poll(() => new URL(page.url()).searchParams.get("color")).toBe("year");
    await expect
      .poll(() => page.locator(".legend .legend-heading").nth(1).textContent())
      .toBe("Colour: Mean publication year");
    const ticks = ((await page.locator(".legend .color-scale").getAttribute("data-ticks")) ?? "")
      .split(",")
      .filter(Boolean);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (const t of ticks) {
      expect(t).toMatch(/^\d{4}$/);
      expect(Number(t)).toBeGreaterThanOrEqual(lo);
      expect(Number(t)).toBeLessThanOrEqual(hi);
    }
    expect(await page.locator(".legend").textContent()).toContain("no dated paper");

    await page.getByRole("button", { name: "Export" }).click();
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menuitem", { name: "SVG (vector)", exact: true }).click(),
    ]);
    const doc = parseStrictXml(readFileSync(await file.path(), "utf8"));
    const groups = Array.from(doc.getElementsByTagName("g"));
    const legend = groups.find((g) => g.getAttribute("class") === "legend") as Element;
    const texts = Array.from(legend.getElementsByTagName("text")).map((t) => t.textContent ?? "");
    expect(texts).toContain("Mean publication year");
    expect(texts).toContain("no dated paper");
    const yearRows = texts.filter((t) => /^(≥ |≤ )?\d{4}$/.test(t));
    expect(yearRows.length).toBeGreaterThanOrEqual(2);
    for (const t of yearRows) {
      const y = Number(/\d{4}/.exec(t)?.[0]);
      expect(y).toBeGreaterThanOrEqual(lo);
      expect(y).toBeLessThanOrEqual(hi);
    }
    // The export's discs have the colours the map draws.
    const nodes = groups.find((g) => g.getAttribute("class") === "nodes") as Element;
    const svgFills = new Set(
      Array.from(nodes.getElementsByTagName("circle")).map((c) => c.getAttribute("fill")),
    );
    const mapFills = await page.evaluate(() => [
      ...new Set((window as unknown as Handle).coauthorAtlas.scene()?.nodes.map((n) => n.fill)),
    ]);
    expect(mapFills.length).toBeGreaterThan(20);
    expect([...svgFills].sort()).toEqual([...mapFills].sort());

    // The PDF is drawn from the same SVG: its legend heading is in the page.
    await page.getByRole("button", { name: "Export" }).click();
    const [pdf] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menuitem", { name: "PDF (vector, 180 × 120 mm)", exact: true }).click(),
    ]);
    const pdfBytes = readFileSync(await pdf.path());
    expect(pdfBytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // The page's content streams are deflated: inflate each and look for the text in them.
    const raw = pdfBytes.toString("latin1");
    const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
      try {
        return inflateSync(Buffer.from(m[1], "latin1")).toString("latin1");
      } catch {
        return m[1];
      }
    });
    expect(streams.join("\n")).toContain("Mean publication year");
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it("explains the colourings the default profile cannot have (no years or counts, one file)", async () => {
    // The embedded profile (data/huang-tiansheng.txt) is one file of title, byline and abstract
    // lines: no year and no citation count anywhere.
    const w = await openPage(browser.context, `${server.url}?color=citations`);
    await waitForReady(w.page);
    const options = await w.page
      .getByRole("combobox", { name: "Colour authors by" })
      .locator("option")
      .evaluateAll((list) =>
        (list as HTMLOptionElement[]).map((o) => [o.value, o.disabled, o.textContent]),
      );
    expect(options).toEqual([
      ["community", false, "Community"],
      ["year", true, "Mean year (no paper has a year)"],
      ["first-year", true, "First year (no paper has a year)"],
      ["citations", true, "Citations (no paper has a citation count)"],
      ["file", true, "Source file (only one source file)"],
    ]);
    // Asked for by the URL anyway: said so, and the map keeps community colours.
    expect(await w.page.locator(".color-note").textContent()).toBe(
      "Citations: no paper has a citation count, so authors are coloured by community.",
    );
    expect(await w.page.locator(".legend .legend-heading").nth(1).textContent()).toBe(
      "Colour: community (number · top author)",
    );
    expect(w.errors).toEqual([]);
    await w.page.close();
  }, 120_000);
});
