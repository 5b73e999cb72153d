// Issue 5 in Chromium: possible duplicates accepted / rejected / undone, and saved state across
// reloads.
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { BIB, RIS } from "../fixtures/merge-pair.ts";
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

const PAIR = [
  { name: "a.bib", mimeType: "text/plain", buffer: Buffer.from(BIB) },
  { name: "b.ris", mimeType: "text/plain", buffer: Buffer.from(RIS) },
];
// Latin-1 bytes (not UTF-8): "Büyükkidik" with ü as 0xFC.
const LATIN1 = Buffer.from(
  "@article{x, title={Tést}, author={Büyükkidik, Serap and Roe, Richard}, year={2020}}\n",
  "latin1",
);

const EXTRA = `@article{c1, title={Paper Four}, author={Roe, Richard and Liu, Ling}, year={2022}}\n`;

const run = requireBrowser("tests/e2e/merge.test.ts");

interface AppHandle {
  load(files: { name: string; text: string }[], mode: "add" | "replace"): Promise<void>;
  dataset(): {
    corpus: { authors: { id: string; name: string }[] };
    papersByAuthor: Map<string, string[]>;
  } | null;
}

describe.skipIf(!run)("possible duplicates and saved state (built app in Chromium)", () => {
  let server: StaticServer | null = null;
  let browser: Browser | null = null;
  const pages: WatchedPage[] = [];

  // A fresh browser profile per test: nothing saved leaks from one test into the next.
  const open = async (query = "") => {
    server ??= await startServer(DIST);
    browser = await launchBrowser();
    const watched = await openPage(browser.context, `${server.url}${query}`);
    pages.push(watched);
    await waitForReady(watched.page);
    return watched;
  };
  afterEach(async () => {
    await browser?.close();
    browser = null;
  });
  afterAll(async () => {
    await server?.close();
  });
  const counts = (w: WatchedPage) => w.page.locator(".dataset-counts").textContent();
  const authors = async (w: WatchedPage) =>
    Number(/^(\d+) authors/.exec((await counts(w)) ?? "")?.[1]);
  const papersOf = (w: WatchedPage, id: string) =>
    w.page.evaluate(
      (id) =>
        (window as unknown as { coauthorAtlas: AppHandle }).coauthorAtlas
          .dataset()
          ?.papersByAuthor.get(id)?.length ?? 0,
      id,
    );
  const loadPair = async (w: WatchedPage) => {
    await w.page.locator("input[type=file]").setInputFiles(PAIR);
    await expect.poll(() => authors(w)).toBe(4);
    await waitForReady(w.page);
  };
  const duplicates = (w: WatchedPage) =>
    w.page.getByRole("dialog", { name: "Possible duplicates" });
  /** Opens the list of one suggestion and accepts or rejects it. */
  const decide = async (
    w: WatchedPage,
    action: "Accept" | "Reject",
    how: "click" | "dblclick" = "click",
  ) => {
    await w.page.getByRole("button", { name: "1 possible duplicate" }).click();
    const button = duplicates(w).getByRole("button", { name: new RegExp(`^${action}:`) });
    await (how === "click" ? button.click() : button.dblclick());
  };
  /** Opens the list, accepts its one suggestion and reloads once the decision is saved. */
  const acceptAndReload = async (w: WatchedPage) => {
    await decide(w, "Accept");
    await expect.poll(() => authors(w)).toBe(3);
    await waitForReady(w.page);
    await w.page.waitForTimeout(200);
    await w.page.reload();
    await waitForReady(w.page);
  };

  it("offers every format in the file input and reads Latin-1 bytes", async () => {
    const w = await open();
    const accept = (await w.page.locator("input[type=file]").getAttribute("accept")) ?? "";
    expect(accept.split(",")).toEqual([
      ".txt",
      ".bib",
      ".ris",
      ".xml",
      ".json",
      ".csv",
      ".gml",
      ".gexf",
      ".graphml",
    ]);
    await w.page
      .locator("input[type=file]")
      .setInputFiles({ name: "old.bib", mimeType: "text/plain", buffer: LATIN1 });
    await expect.poll(() => authors(w)).toBe(2);
    const names = await w.page.evaluate(() =>
      (window as unknown as { coauthorAtlas: AppHandle }).coauthorAtlas
        .dataset()
        ?.corpus.authors.map((a) => a.name),
    );
    expect(names).toEqual(["Serap Büyükkidik", "Richard Roe"]);
    expect(w.errors).toEqual([]);
  });

  it("shows a suggestion with evidence; accept joins the two authors and sums their papers", async () => {
    const w = await open();
    await loadPair(w);
    await w.page.getByRole("button", { name: "1 possible duplicate" }).click();
    const dialog = duplicates(w);
    const text = (await dialog.textContent()) ?? "";
    expect(text).toContain("Tiansheng Huang");
    expect(text).toContain("T. Huang");
    expect(text).toContain("0.64");
    expect(text).toContain("Shared coauthors (1): Ling Liu");
    expect(text).toContain("Tiansheng Huang: 2 papers");
    expect(text).toContain("T. Huang: 1 paper");
    expect(await papersOf(w, "tiansheng huang")).toBe(2);
    // Keyboard: focus the Accept button and press Enter.
    await dialog.getByRole("button", { name: /^Accept:/ }).focus();
    await w.page.keyboard.press("Enter");
    await expect.poll(() => authors(w)).toBe(3);
    await waitForReady(w.page);
    expect(await papersOf(w, "tiansheng huang")).toBe(3);
    expect(await papersOf(w, "t huang")).toBe(0);
    // Nothing left to review; the button stays for the decision, which can be undone.
    expect(await w.page.getByRole("button", { name: /^\d+ possible duplicate/ }).count()).toBe(0);
    expect(await w.page.getByRole("button", { name: "1 merge decision" }).isVisible()).toBe(true);
    expect(w.errors).toEqual([]);
  });

  it("reject hides the suggestion and keeps both authors, also after a reload", async () => {
    const w = await open();
    await loadPair(w);
    await decide(w, "Reject");
    await expect
      .poll(() => w.page.getByRole("button", { name: /^\d+ possible duplicate/ }).count())
      .toBe(0);
    expect(await authors(w)).toBe(4);
    await w.page.waitForTimeout(200);
    await w.page.reload();
    await waitForReady(w.page);
    expect(await authors(w)).toBe(4);
    expect(await w.page.getByRole("button", { name: /^\d+ possible duplicate/ }).count()).toBe(0);
    expect(await w.page.getByRole("button", { name: "1 merge decision" }).isVisible()).toBe(true);
    expect(w.errors).toEqual([]);
  });

  it("undoes an accepted merge and a rejection from the list of decisions, also after a reload", async () => {
    const w = await open();
    await loadPair(w);
    // After a reload the merged-away author is still named as it was spelled.
    await acceptAndReload(w);
    await w.page.getByRole("button", { name: "1 merge decision" }).click();
    const decisions = duplicates(w).getByRole("list", { name: "Your decisions" });
    expect(await decisions.textContent()).toContain("Merged “T. Huang” into “Tiansheng Huang”");
    await decisions
      .getByRole("button", { name: "Undo: split T. Huang from Tiansheng Huang" })
      .click();
    await expect.poll(() => authors(w)).toBe(4);
    await waitForReady(w.page);
    expect(await papersOf(w, "tiansheng huang")).toBe(2);
    expect(await papersOf(w, "t huang")).toBe(1);

    // The suggestion is back in the open list; reject it, then take the rejection back too.
    expect(await w.page.getByRole("button", { name: "1 possible duplicate" }).isVisible()).toBe(
      true,
    );
    await duplicates(w)
      .getByRole("button", { name: /^Reject/ })
      .click();
    await expect
      .poll(() => w.page.getByRole("button", { name: "1 merge decision" }).isVisible())
      .toBe(true);
    await duplicates(w)
      .getByRole("button", { name: "Undo: review Tiansheng Huang and T. Huang again" })
      .click();
    await expect
      .poll(() => w.page.getByRole("button", { name: "1 possible duplicate" }).isVisible())
      .toBe(true);
    expect(await authors(w)).toBe(4);
    expect(w.errors).toEqual([]);
  });

  it("lists an accepted merge once, even when Accept is pressed twice before the merge shows", async () => {
    const w = await open();
    await loadPair(w);
    await decide(w, "Accept", "dblclick");
    await expect.poll(() => authors(w)).toBe(3);
    await waitForReady(w.page);
    const items = duplicates(w).getByRole("list", { name: "Your decisions" }).getByRole("listitem");
    expect(await items.count()).toBe(1);
    expect(w.errors).toEqual([]);
  });

  it("keeps keyboard focus inside the dialog after Undo of a rejection", async () => {
    const w = await open();
    await loadPair(w);
    await decide(w, "Reject");
    const undo = duplicates(w).getByRole("button", { name: /^Undo: review/ });
    await undo.focus();
    await w.page.keyboard.press("Enter");
    await expect
      .poll(() => w.page.getByRole("button", { name: "1 possible duplicate" }).isVisible())
      .toBe(true);
    const inside = await w.page.evaluate(
      () => document.activeElement?.closest("[role=dialog]") !== null,
    );
    expect(inside).toBe(true);
    expect(w.errors).toEqual([]);
  });

  it("does not drop files being added when an accepted merge is undone meanwhile", async () => {
    const w = await open();
    await loadPair(w);
    await decide(w, "Accept");
    await expect.poll(() => authors(w)).toBe(3);
    await waitForReady(w.page);
    // Add a file, and press Undo before the added file is on screen.
    await w.page.evaluate((text) => {
      const app = (window as unknown as { coauthorAtlas: AppHandle }).coauthorAtlas;
      void app.load([{ name: "c.bib", text }], "add");
      const undo = [...document.querySelectorAll<HTMLButtonElement>("button[aria-label]")].find(
        (b) => b.getAttribute("aria-label")?.startsWith("Undo: split"),
      );
      undo?.click();
    }, EXTRA);
    await w.page.waitForTimeout(300);
    await waitForReady(w.page);
    await expect.poll(() => authors(w)).toBe(5);
    expect(await w.page.locator(".dataset-name").textContent()).toBe("a.bib, b.ris, c.bib");
    expect(w.errors).toEqual([]);
  });

  it("keeps loaded files and accepted merges across reloads; clear brings the default back", async () => {
    const w = await open();
    const defaultCounts = await counts(w);
    expect(defaultCounts).toMatch(/^24 authors/);
    await loadPair(w);
    await w.page.reload();
    await waitForReady(w.page);
    expect(await authors(w)).toBe(4);
    expect(await w.page.locator(".dataset-name").textContent()).toBe("a.bib, b.ris");

    await acceptAndReload(w);
    expect(await authors(w)).toBe(3);
    expect(await papersOf(w, "tiansheng huang")).toBe(3);

    await w.page.getByRole("button", { name: "Clear saved data" }).click();
    await w.page.getByRole("button", { name: "Delete saved data" }).click();
    await expect.poll(() => counts(w)).toBe(defaultCounts);
    await waitForReady(w.page);
    await w.page.reload();
    await waitForReady(w.page);
    expect(await counts(w)).toBe(defaultCounts);
    expect(w.errors).toEqual([]);
  });

  it("lets a ?data= URL win over the saved state without overwriting it", async () => {
    const extra = await startServer(DIST, { "/fixtures/pair.bib": BIB });
    try {
      browser = await launchBrowser();
      const w = await openPage(browser.context, extra.url);
      pages.push(w);
      await waitForReady(w.page);
      await loadPair(w);
      await w.page.goto(`${extra.url}?data=fixtures/pair.bib`);
      await waitForReady(w.page);
      expect(await authors(w)).toBe(3);
      await w.page.goto(extra.url);
      await waitForReady(w.page);
      expect(await authors(w)).toBe(4);
      expect(w.errors).toEqual([]);
    } finally {
      await extra.close();
    }
  });

  afterEach(() => {
    expect(pages.flatMap((p) => p.errors)).toEqual([]);
  });
});
