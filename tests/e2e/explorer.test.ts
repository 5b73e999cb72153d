// The explorer in Debian's Chromium: default map, search, URL pairs and paths, loading, safety.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Scene } from "../../src/scene/scene.ts";
import {
  DIST,
  launchBrowser,
  openPage,
  requireBrowser,
  startServer,
  waitForReady,
  type Browser,
  type StaticServer,
  type WatchedPage,
} from "./harness.ts";

const HOSTILE = [
  "Mallory, Eve",
  "<script>window.__pwned = 1; alert('script')</script> Attention Is All You Leak",
  "Mallory, Eve, Tables, Bobby",
  "An abstract with <img src=x onerror=\"window.__pwned = 2; alert('img')\"> inside.",
  "<img src=x onerror=\"alert('title')\"> and <svg onload=alert(1)> in a title",
  "Mallory, Eve, Tables, Bobby",
  "Short abstract.",
].join("\n");

const NEW_PROFILE = [
  "Roe, Richard",
  "A Study of Things",
  "Roe, Richard, Doe, Jane",
  "We study things.",
  "",
].join("\n");

const WITH_WARNING = [
  "Roe, Richard",
  "A Study of Things",
  "Roe, Richard, Doe, Jane",
  "We study things.",
  "Second Study",
  "Roe, Richard, Anonymous, Doe, Jane",
  "Abstract two.",
].join("\n");

const run = requireBrowser("tests/e2e/explorer.test.ts");

describe.skipIf(!run)("explorer (built app in Chromium)", () => {
  let server: StaticServer;
  let browser: Browser;
  const pages: WatchedPage[] = [];

  beforeAll(async () => {
    server = await startServer(DIST, {
      "/fixtures/hostile.txt": HOSTILE,
      "/fixtures/warning.txt": WITH_WARNING,
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (query = "") => {
    const watched = await openPage(browser.context, `${server.url}${query}`);
    pages.push(watched);
    await waitForReady(watched.page);
    return watched;
  };
  const details = (w: WatchedPage) => w.page.getByRole("region", { name: "Author details" });
  const shared = (w: WatchedPage) => w.page.getByRole("region", { name: "Shared papers" });

  it("draws the default map on the canvas", async () => {
    const w = await open();
    const painted = await w.page.waitForFunction(() => {
      const canvas = document.querySelector("canvas.map-canvas") as HTMLCanvasElement | null;
      const context = canvas?.getContext("2d");
      if (!canvas || !context || canvas.width < 100) return 0;
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let coloured = 0;
      for (let i = 0; i < data.length; i += 4)
        if (
          Math.max(data[i], data[i + 1], data[i + 2]) -
            Math.min(data[i], data[i + 1], data[i + 2]) >
          60
        )
          coloured++;
      return coloured > 2000 ? coloured : 0;
    });
    expect(await painted.jsonValue()).toBeGreaterThan(2000);
    await expect.poll(() => w.page.title()).toBe("Coauthor Atlas");
    expect(w.errors).toEqual([]);
  });

  it("finds “ling liu” with search and Enter, and lists her 7 papers", async () => {
    const w = await open();
    const search = w.page.getByRole("combobox", { name: "Search authors" });
    await search.fill("ling liu");
    await search.press("Enter");
    await expect
      .poll(() => details(w).getByRole("heading", { level: 2 }).textContent())
      .toBe("Ling Liu");
    expect(await details(w).getByRole("listitem").count()).toBe(7);
    // The URL names the author by identity key, so homonyms stay apart.
    expect(w.page.url()).toContain("author=ling%20liu");
    expect(w.errors).toEqual([]);
  });

  it("opens ?author=Ling Liu&with=Fatih Ilhan on their 6 shared papers", async () => {
    const w = await open("?author=Ling Liu&with=Fatih Ilhan");
    await expect.poll(() => shared(w).getByRole("listitem").count()).toBe(6);
    const text = await shared(w).textContent();
    expect(text).toContain("6 papers together");
    expect(text).toContain("Multi-Agent Reinforcement Learning with Focal Diversity Optimization");
    expect(w.errors).toEqual([]);
  });

  it("shows the collaboration path through Tiansheng Huang for ?author=Ling Liu&with=Li Shen", async () => {
    const w = await open("?author=Ling Liu&with=Li Shen");
    await expect.poll(() => shared(w).locator(".hop").count()).toBe(2);
    const hops = await shared(w).locator(".hop-head").allTextContents();
    expect(hops[0]).toMatch(/Ling Liu.*Tiansheng Huang/);
    expect(hops[1]).toMatch(/Tiansheng Huang.*Li Shen/);
    expect(await shared(w).textContent()).toContain("Shortest collaboration path: 2 hops");
    expect(w.errors).toEqual([]);
  });

  it("walks selections with back and forward (URL names ignore case and accents)", async () => {
    const w = await open("?author=LÍNG%20liu");
    await details(w)
      .getByRole("button", { name: /Fatih Ilhan/ })
      .first()
      .click();
    await expect.poll(() => shared(w).getByRole("listitem").count()).toBe(6);
    await w.page.goBack();
    await expect
      .poll(() => details(w).getByRole("heading", { level: 2 }).textContent())
      .toBe("Ling Liu");
    await w.page.goForward();
    await expect.poll(() => shared(w).getByRole("listitem").count()).toBe(6);
    expect(w.errors).toEqual([]);
  });

  it("makes a profile loaded through the file input searchable", async () => {
    const w = await open();
    await w.page.locator("input[type=file]").setInputFiles({
      name: "roe.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(NEW_PROFILE),
    });
    await expect.poll(() => w.page.locator(".dataset-name").textContent()).toBe("roe.txt");
    await waitForReady(w.page);
    const search = w.page.getByRole("combobox", { name: "Search authors" });
    await search.fill("richard");
    await search.press("Enter");
    await expect
      .poll(() => details(w).getByRole("heading", { level: 2 }).textContent())
      .toBe("Richard Roe");
    expect(await details(w).getByRole("listitem").allTextContents()).toEqual([
      expect.stringContaining("A Study of Things"),
    ]);
    // The loaded file is saved (issue 5); clear it so later tests in this profile see the default.
    await w.page.getByRole("button", { name: "Clear saved data" }).click();
    await w.page.getByRole("button", { name: "Delete saved data" }).click();
    await expect
      .poll(() => w.page.locator(".dataset-name").textContent())
      .toBe("huang-tiansheng.txt");
    await waitForReady(w.page);
    expect(w.errors).toEqual([]);
  });

  it("renders hostile titles and abstracts as text and runs nothing", async () => {
    const w = await open("?data=fixtures/hostile.txt&author=Eve%20Mallory");
    await expect.poll(() => details(w).getByRole("listitem").count()).toBe(2);
    for (const summary of await details(w).locator("summary").all()) await summary.click();
    const text = (await details(w).textContent()) ?? "";
    expect(text).toContain("<script>window.__pwned = 1; alert('script')</script>");
    expect(text).toContain("<img src=x onerror=");
    expect(await details(w).locator("script, img, svg[onload]").count()).toBe(0);
    await details(w)
      .getByRole("button", { name: /Bobby Tables/ })
      .first()
      .click();
    await expect.poll(() => shared(w).getByRole("listitem").count()).toBe(2);
    await w.page.waitForTimeout(300);
    expect(
      await w.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(w.dialogs).toEqual([]);
    expect(w.errors).toEqual([]);
  });

  it("shows parser warnings with file and line", async () => {
    const w = await open("?data=fixtures/warning.txt");
    const button = w.page.getByRole("button", { name: /1 warning/ });
    await button.click();
    const dialog = w.page.getByRole("dialog", { name: "Warnings" });
    expect(await dialog.textContent()).toContain("warning.txt: line 6");
    expect(await dialog.textContent()).toContain("Anonymous");
    expect(w.errors).toEqual([]);
  });

  it("sorts the rankings and selects an author from a row", async () => {
    const w = await open("?tab=rankings");
    const table = w.page.getByRole("table", { name: "Author rankings" });
    await table.getByRole("button", { name: /^Papers/ }).click();
    const firstRow = table.locator("tbody tr:not(.spacer)").first();
    expect(await firstRow.textContent()).toContain("Tiansheng Huang");
    await table.locator("tbody tr:not(.spacer)").nth(1).click();
    await expect
      .poll(() => details(w).getByRole("heading", { level: 2 }).textContent())
      .toBe("Ling Liu");
    expect(w.errors).toEqual([]);
  });

  it("filters by minimum papers and keeps the filter in the URL", async () => {
    const w = await open("?minPapers=3");
    await expect
      .poll(() => w.page.locator(".shown-count").textContent())
      .toMatch(/^Showing 7 of 24 authors/);
    expect(await w.page.getByLabel("Min. papers per author").inputValue()).toBe("3");
    expect(w.errors).toEqual([]);
  });

  it("draws nothing while idle; a dragged author moves, then the layout settles and stops", async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.addInitScript(() => {
      const w = window as unknown as { __frames: number };
      const raf = window.requestAnimationFrame.bind(window);
      w.__frames = 0;
      window.requestAnimationFrame = (callback) => {
        w.__frames++;
        return raf(callback);
      };
    });
    await page.goto(server.url);
    await waitForReady(page);
    const frames = () => page.evaluate(() => (window as unknown as { __frames: number }).__frames);
    const settled = async () => {
      // Until no frame was requested for 600 ms.
      let last = await frames();
      for (let i = 0; i < 40; i++) {
        await page.waitForTimeout(600);
        const now = await frames();
        if (now === last) return true;
        last = now;
      }
      return false;
    };
    expect(await settled()).toBe(true);

    const where = () =>
      page.evaluate(() => {
        const app = (window as unknown as { coauthorAtlas: { scene(): Scene | null } })
          .coauthorAtlas;
        const scene = app.scene() as Scene;
        const node = scene.nodes.find((n) => n.id === "li shen") as Scene["nodes"][number];
        const { k, x, y } = scene.transform;
        return {
          world: { x: node.x, y: node.y },
          screen: { x: node.x * k + x, y: node.y * k + y },
        };
      });
    const before = await where();
    const box = (await page.locator("canvas.map-canvas").boundingBox()) as { x: number; y: number };
    await page.mouse.move(box.x + before.screen.x, box.y + before.screen.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++)
      await page.mouse.move(box.x + before.screen.x - 10 * i, box.y + before.screen.y + 8 * i);
    await page.mouse.up();
    const after = await where();
    expect(
      Math.hypot(after.world.x - before.world.x, after.world.y - before.world.y),
    ).toBeGreaterThan(5);
    expect(await settled()).toBe(true);
    // Dropped authors stay where they were dropped: no spring back once the layout settles.
    const rested = await where();
    expect(Math.hypot(rested.world.x - after.world.x, rested.world.y - after.world.y)).toBeLessThan(
      1,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  afterAll(() => {
    // Every page of the run, not only the ones that asserted it: no console errors anywhere.
    expect(pages.flatMap((p) => p.errors)).toEqual([]);
  });
});
