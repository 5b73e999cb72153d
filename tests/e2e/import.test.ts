// Issue 13 in Chromium: "Import from…" against local fake APIs: search, pick, progress, merge,
// keys kept out of the URL and saved state, and a reload served from the caches.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIG_BYLINE, createFakeApis, NAMESAKE, OWNER, OWNER_WORKS } from "../sources/fake-apis.ts";
import { startServer as startApis, type TestServer } from "../sources/server.ts";
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

const run = requireBrowser("tests/e2e/import.test.ts");

interface AppHandle {
  dataset(): { corpus: { authors: { id: string; name: string }[]; papers: unknown[] } } | null;
}

describe.skipIf(!run)("Import from… (built app in Chromium, local fake APIs)", () => {
  let apis: TestServer;
  let app: StaticServer;
  let browser: Browser;
  const fake = createFakeApis();

  beforeAll(async () => {
    apis = await startApis(fake.route);
    app = await startServer(DIST, {
      "/coauthor-atlas.config.json": JSON.stringify({
        COAUTHOR_ATLAS_OPENALEX_URL: `${apis.url}/openalex`,
        COAUTHOR_ATLAS_DBLP_URL: `${apis.url}/dblp`,
        COAUTHOR_ATLAS_ORCID_URL: `${apis.url}/orcid`,
        COAUTHOR_ATLAS_CROSSREF_URL: `${apis.url}/crossref`,
      }),
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await apis?.close();
  });

  it("imports an OpenAlex author picked from the search, merges it, keeps the key private, survives a reload", async () => {
    const { page, errors } = await openPage(browser.context, app.url);
    await waitForReady(page);
    const corpus = () =>
      page.evaluate(() => {
        const d = (window as unknown as { coauthorAtlas: AppHandle }).coauthorAtlas.dataset();
        return d ? { authors: d.corpus.authors, papers: d.corpus.papers.length } : null;
      });
    const before = (await corpus())!;

    await page.getByRole("button", { name: "Import from…" }).click();
    const dialog = page.getByRole("dialog", { name: "Import from…" });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.locator("summary").click();
    await dialog.getByLabel("OpenAlex API key").fill("test-key-123");
    await dialog.getByLabel("E-mail for OpenAlex and Crossref").fill("me@example.org");
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.getByRole("combobox", { name: "Person" }).fill("Wei Zhang");
    const options = dialog.getByRole("listbox", { name: "People found" }).getByRole("option");
    await expect.poll(() => options.count()).toBe(2);
    expect(await options.allTextContents()).toEqual([
      `Wei ZhangTsinghua University · ${OWNER_WORKS} works · ORCID ${OWNER.orcid}`,
      `Wei ZhangUniversity of Toronto · 12 works · ORCID ${NAMESAKE.orcid}`,
    ]);
    await options.first().click();
    await dialog.getByRole("button", { name: "Import", exact: true }).click();
    // The 429 on the second page holds the import about a second: the progress row shows.
    await expect.poll(() => dialog.locator(".import-progress-row").isVisible()).toBe(true);
    await expect.poll(() => dialog.isVisible(), { timeout: 20_000 }).toBe(false);
    await waitForReady(page);
    await expect
      .poll(async () => (await corpus())!.papers, { timeout: 20_000 })
      .toBe(before.papers + OWNER_WORKS);
    const after = (await corpus())!;
    expect(after.authors.length).toBe(before.authors.length + 2 + 10 + BIG_BYLINE - 1);
    expect(
      after.authors
        .filter((a) => a.name.replace(/\s\([^()]*\)$/, "") === "Wei Zhang")
        .map((a) => a.id)
        .sort(),
    ).toEqual([`openalex:${OWNER.id}`, `openalex:${NAMESAKE.id}`]);
    // The key went to the API only: not in the page URL, not in what the explorer saves.
    expect(apis.log.some((l) => l.includes("api_key=test-key-123"))).toBe(true);
    expect(page.url()).not.toContain("test-key");
    const saved = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open("coauthor-atlas");
          open.onsuccess = () => {
            const db = open.result;
            const all = db
              .transaction(db.objectStoreNames[0])
              .objectStore(db.objectStoreNames[0])
              .getAll();
            all.onsuccess = () => resolve(JSON.stringify(all.result));
          };
          open.onerror = () => resolve("");
        }),
    );
    expect(saved).toContain(`openalex:${OWNER.id}`);
    expect(saved).not.toContain("test-key-123");
    expect(saved).not.toContain("me@example.org");

    // A reload shows the imported network again without a request.
    const requests = apis.log.length;
    await page.reload();
    await waitForReady(page);
    await expect
      .poll(async () => (await corpus())?.papers ?? 0, { timeout: 20_000 })
      .toBe(before.papers + OWNER_WORKS);
    expect(apis.log.length).toBe(requests);
    // Importing the same author again is answered from the IndexedDB cache.
    await page.getByRole("button", { name: "Import from…" }).click();
    await dialog.getByRole("combobox", { name: "Person" }).fill(OWNER.id);
    await dialog.getByRole("button", { name: "Import", exact: true }).click();
    await expect.poll(() => dialog.isVisible(), { timeout: 20_000 }).toBe(false);
    expect(apis.log.length).toBe(requests);
    // Forget removes the key from this browser.
    await page.getByRole("button", { name: "Import from…" }).click();
    await dialog.locator("summary").click();
    expect(await dialog.getByLabel("OpenAlex API key").inputValue()).toBe("test-key-123");
    await dialog.getByRole("button", { name: "Forget" }).click();
    expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage)))).not.toContain(
      "test-key-123",
    );
    // Chromium logs the planted 429 and 500 answers; nothing else may go wrong.
    expect(errors.filter((e) => !/status of (429|500)/.test(e))).toEqual([]);
    await page.close();
  }, 90_000);

  it("says clearly when an author is not found, and when the key is refused", async () => {
    const { page } = await openPage(browser.context, app.url);
    await waitForReady(page);
    await page.getByRole("button", { name: "Import from…" }).click();
    const dialog = page.getByRole("dialog", { name: "Import from…" });
    await dialog.getByRole("combobox", { name: "Person" }).fill("A5000000404");
    await dialog.getByRole("button", { name: "Import", exact: true }).click();
    const message = dialog.getByRole("status");
    await expect
      .poll(() => message.textContent())
      .toBe("Not found: OpenAlex has no author A5000000404.");
    await dialog.locator("summary").click();
    await dialog.getByLabel("OpenAlex API key").fill("bad");
    // (Not the owner: the first test's answers are in this profile's cache, which no key unlocks.)
    await dialog.getByRole("combobox", { name: "Person" }).fill("A5000000009");
    await dialog.getByRole("button", { name: "Import", exact: true }).click();
    await expect
      .poll(() => message.textContent())
      .toMatch(/refused the request \(HTTP 401\)\. Check the OpenAlex API key/);
    await page.close();
  }, 60_000);

  it("imports a dblp person with homonyms apart", async () => {
    const { page } = await openPage(browser.context, app.url);
    await waitForReady(page);
    await page.getByRole("button", { name: "Import from…" }).click();
    const dialog = page.getByRole("dialog", { name: "Import from…" });
    await dialog.getByLabel("Source").selectOption("dblp");
    await dialog.getByRole("combobox", { name: "Person" }).fill("di xu");
    await expect
      .poll(() => dialog.getByRole("listbox", { name: "People found" }).getByRole("option").count())
      .toBe(2);
    await dialog.getByRole("listbox", { name: "People found" }).getByRole("option").first().click();
    await dialog.getByRole("button", { name: "Import", exact: true }).click();
    await expect.poll(() => dialog.isVisible(), { timeout: 20_000 }).toBe(false);
    await waitForReady(page);
    const ids = await page.evaluate(() =>
      (window as unknown as { coauthorAtlas: AppHandle }).coauthorAtlas
        .dataset()!
        .corpus.authors.filter((a) => a.name.replace(/\s\([^()]*\)$/, "") === "Di Xu")
        .map((a) => a.id)
        .sort(),
    );
    expect(ids).toEqual(["dblp:95/7448", "dblp:95/7448-1"]);

    // One hop from Colin Doutre: the request count first, then his two coauthors' pages; the fake
    // dblp has no page for Panos Nasiopoulos, which is said, and the rest is kept.
    await page.goto(`${app.url}?author=Colin%20Doutre`);
    await waitForReady(page);
    const hop = page.locator(".one-hop");
    await expect
      .poll(() => hop.locator(".one-hop-preview").textContent())
      .toBe("2 of 2 coauthors: about 2 requests.");
    await hop.getByRole("button", { name: "Add coauthors' works" }).click();
    await expect
      .poll(() => dialog.getByRole("status").textContent(), { timeout: 20_000 })
      .toMatch(
        /^Imported 4 works from coauthors of Colin Doutre \(\d+ requests?\), but not all: dblp:55\/3871: Not found: dblp has no person 55\/3871\.$/,
      );
    await page.close();
  }, 60_000);
});
