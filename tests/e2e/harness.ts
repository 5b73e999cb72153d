// Browser-test harness: a static server for the built app and Debian's Chromium via playwright-core.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const DIST = join(REPO, "dist");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Why browser tests cannot run here, or null when they can. */
export function browserUnavailable(): string | null {
  if (!existsSync(CHROMIUM))
    return `no Chromium at ${CHROMIUM} (install Debian's chromium package)`;
  if (!existsSync(join(DIST, "index.html")))
    return `no built app at ${DIST} (run vite build first)`;
  return null;
}

/**
 * Decides whether the browser tests of a file run. Without a browser they are skipped with a loud
 * message, except under CI=true, where a missing browser is an error.
 */
export function requireBrowser(file: string): boolean {
  const reason = browserUnavailable();
  if (reason === null) return true;
  if (process.env.CI === "true")
    throw new Error(`coauthor-atlas/e2e: ${file}: CI=true and browser tests cannot run: ${reason}`);
  console.warn(`\n*** SKIPPING browser tests in ${file}: ${reason} ***\n`);
  return false;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".bib": "text/plain; charset=utf-8",
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `root` (default dist/) on a free local port, plus `extra` files by URL path. */
export async function startServer(
  root = DIST,
  extra: Record<string, string> = {},
): Promise<StaticServer> {
  const base = resolve(root);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    if (path in extra) {
      response.writeHead(200, {
        "content-type": TYPES[extname(path)] ?? "text/plain; charset=utf-8",
      });
      response.end(extra[path]);
      return;
    }
    const file = normalize(join(base, path === "/" ? "index.html" : path));
    if (
      !(file === base || file.startsWith(base + sep)) ||
      !existsSync(file) ||
      !statSync(file).isFile()
    ) {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not found");
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Extra Chromium flags, e.g. to lift the frame-rate cap in benchmarks. */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "coauthor-atlas-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...extraArgs,
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A page with every console error, page error and dialog recorded. */
export interface WatchedPage {
  page: Page;
  errors: string[];
  dialogs: string[];
}

/** Opens `url` in a new page and records console errors, uncaught errors and dialogs. */
export async function openPage(context: BrowserContext, url: string): Promise<WatchedPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url);
  return { page, errors, dialogs };
}

/** Waits until the app has a dataset on screen. */
export async function waitForReady(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForSelector("#app[data-state='ready']", { timeout });
}

/** Opens `name` through the page's file input, as a user dropping it would, and waits until it is shown. */
export async function dropFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.locator("input[type=file]").setInputFiles({
    name,
    mimeType: "application/octet-stream",
    buffer,
  });
  await page.waitForFunction(
    (n) => document.querySelector(".dataset-name")?.textContent === n,
    name,
    { timeout: 60_000 },
  );
  await waitForReady(page, 90_000);
}
