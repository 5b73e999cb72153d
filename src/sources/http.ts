// A polite HTTP client for one service: bounded concurrency, timeouts, back-off on 429 and retries.
export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

/** What went wrong, in the terms the CLI and the explorer explain to a user. */
export type SourceErrorKind =
  | "offline"
  | "auth"
  | "not-found"
  | "rate-limit"
  | "server"
  | "malformed"
  | "timeout"
  | "cancelled";

/** A failed request, its kind and HTTP status (0 without a response); the URL has no key. */
export class SourceError extends Error {
  readonly kind: SourceErrorKind;
  readonly status: number;
  readonly url: string;
  constructor(kind: SourceErrorKind, message: string, url: string, status = 0) {
    super(message);
    this.name = "SourceError";
    this.kind = kind;
    this.status = status;
    this.url = url;
  }
}

/** Remembers response bodies by URL (IndexedDB in the explorer, memory in tests). */
export interface ResponseCache {
  get(url: string): Promise<string | undefined>;
  set(url: string, body: string): Promise<void>;
}

export interface HttpOptions {
  /** The fetch to use (globalThis.fetch in the page, a worker and Node; a fake in tests). */
  fetch: FetchLike;
  /** Requests under way at once to this service. */
  concurrency: number;
  /** Further attempts after a 429, a 5xx, a network error or a timeout. */
  retries: number;
  /** First back-off delay; doubled each attempt, with full jitter. */
  baseDelayMs: number;
  /** Longest back-off, and longest `Retry-After` honoured (a longer one fails as rate-limit). */
  maxDelayMs: number;
  /** One attempt's time limit. */
  timeoutMs: number;
  /** Headers sent with every request (e.g. `Accept`). */
  headers: Record<string, string>;
  /** Query parameters left out of cache keys, errors and progress (API keys, mailto). */
  privateParams: string[];
  /** Waits `ms` (injected so tests run without real waits); rejects when `signal` aborts. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** A number in [0, 1) for jitter (injected: seeded in tests). */
  random: () => number;
  /** Cancels every request of this client. */
  signal?: AbortSignal;
  /** Told of each wait before a retry (for progress: "rate limited, waiting 2 s"). */
  onRetry?: (info: { url: string; attempt: number; delayMs: number; reason: string }) => void;
  /** Told of each request sent over the network (not cache hits). */
  onRequest?: (url: string) => void;
  cache?: ResponseCache;
}

/** Waits with setTimeout; rejects with a cancelled SourceError when `signal` aborts. */
export function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(cancelled(""));
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelled(""));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

export const DEFAULT_HTTP_OPTIONS: Omit<HttpOptions, "fetch"> = {
  concurrency: 4,
  retries: 4,
  baseDelayMs: 500,
  maxDelayMs: 60_000,
  timeoutMs: 30_000,
  headers: {},
  privateParams: ["api_key", "mailto"],
  sleep: defaultSleep,
  random: Math.random,
};

export interface HttpClient {
  /** The body of a 2xx answer to GET `url`, as text. */
  getText(url: string): Promise<string>;
  /** The body of a 2xx answer to GET `url`, parsed as JSON (malformed → a `malformed` error). */
  getJson(url: string): Promise<unknown>;
  /** Requests sent over the network so far. */
  readonly requests: number;
}

const cancelled = (url: string) => new SourceError("cancelled", "cancelled", url);

/** `url` without the private query parameters (for cache keys, errors and progress lines). */
export function publicUrl(url: string, privateParams: readonly string[]): string {
  const q = url.indexOf("?");
  if (q < 0) return url;
  const params = new URLSearchParams(url.slice(q + 1));
  for (const p of privateParams) params.delete(p);
  const rest = params.toString();
  return rest === "" ? url.slice(0, q) : `${url.slice(0, q)}?${rest}`;
}

/**
 * Seconds or an HTTP date in a `Retry-After` header → milliseconds from `now` (undefined when
 * absent or unreadable; never negative).
 */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  const text = header.trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** A counting semaphore: at most `limit` holders at once, the rest wait in order. */
function createLimiter(limit: number): <T>(job: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (job) => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await job();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * Creates the client of one service. Each GET waits for a place (at most `concurrency` at once),
 * then tries up to `1 + retries` times: a 429 waits its `Retry-After` (or the back-off when it has
 * none) and tries again, a 5xx, a network error or a timeout waits `random() × baseDelayMs × 2^n`
 * (full jitter, at most `maxDelayMs`); 401/403 fail at once as `auth`, 404/410 as `not-found`,
 * other 4xx as `server`. Cached bodies are answered without a request; 2xx bodies are cached.
 */
export function createHttpClient(
  options: Partial<HttpOptions> & Pick<HttpOptions, "fetch">,
): HttpClient {
  const o: HttpOptions = { ...DEFAULT_HTTP_OPTIONS, ...options };
  const limit = createLimiter(Math.max(1, o.concurrency));
  let requests = 0;

  const attempt = async (url: string, shown: string): Promise<Response> => {
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    o.signal?.addEventListener("abort", onAbort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, o.timeoutMs);
    try {
      if (o.signal?.aborted) throw cancelled(shown);
      requests++;
      o.onRequest?.(shown);
      return await o.fetch(url, { headers: o.headers, signal: controller.signal });
    } catch (error) {
      if (o.signal?.aborted) throw cancelled(shown);
      if (timedOut)
        throw new SourceError(
          "timeout",
          `${hostOf(url)} did not answer within ${Math.round(o.timeoutMs / 1000)} s`,
          shown,
        );
      throw new SourceError(
        "offline",
        `cannot reach ${hostOf(url)} (${(error as Error).message || "network error"})`,
        shown,
      );
    } finally {
      clearTimeout(timer);
      o.signal?.removeEventListener("abort", onAbort);
    }
  };

  const readBody = async (response: Response, url: string, shown: string): Promise<string> => {
    const timer = setTimeout(() => void response.body?.cancel().catch(() => {}), o.timeoutMs);
    try {
      return await response.text();
    } catch (error) {
      if (o.signal?.aborted) throw cancelled(shown);
      throw new SourceError(
        "offline",
        `the answer of ${hostOf(url)} broke off (${(error as Error).message})`,
        shown,
      );
    } finally {
      clearTimeout(timer);
    }
  };

  /** Until when every request of this client waits (a 429's Retry-After holds them all). */
  let pausedUntil = 0;

  const request = <T>(url: string, read: (body: string, shown: string) => T): Promise<T> =>
    limit(async () => {
      const shown = publicUrl(url, o.privateParams);
      if (o.signal?.aborted) throw cancelled(shown);
      const cached = await o.cache?.get(shown);
      if (cached !== undefined) {
        try {
          return read(cached, shown);
        } catch {
          // A cached body that no longer reads is fetched again.
        }
      }
      for (let n = 0; ; n++) {
        // A request starting while another one's Retry-After runs waits for it too (a retry
        // has waited its own delay already).
        const pause = n === 0 ? pausedUntil - Date.now() : 0;
        if (pause > 0) await o.sleep(pause, o.signal);
        let failure: SourceError;
        let wait: number | undefined;
        try {
          const response = await attempt(url, shown);
          const status = response.status;
          if (status >= 200 && status < 300) {
            const body = await readBody(response, url, shown);
            const value = read(body, shown);
            await o.cache?.set(shown, body);
            return value;
          }
          void response.body?.cancel().catch(() => {});
          const host = hostOf(url);
          if (status === 401 || status === 403)
            throw new SourceError(
              "auth",
              `${host} refused the request (HTTP ${status}): check the API key`,
              shown,
              status,
            );
          if (status === 404 || status === 410)
            throw new SourceError(
              "not-found",
              `${host} has nothing at ${shown} (HTTP ${status})`,
              shown,
              status,
            );
          if (status === 429) {
            wait = retryAfterMs(response.headers.get("retry-after"));
            failure = new SourceError(
              "rate-limit",
              `${host} is rate limiting requests (HTTP 429)`,
              shown,
              status,
            );
            if (wait !== undefined && wait > o.maxDelayMs) {
              throw new SourceError(
                "rate-limit",
                `${host} is rate limiting requests (HTTP 429): try again in ${Math.ceil(wait / 1000)} s`,
                shown,
                status,
              );
            }
          } else if (status >= 500) {
            failure = new SourceError("server", `${host} failed (HTTP ${status})`, shown, status);
          } else
            throw new SourceError(
              "server",
              `${host} rejected ${shown} (HTTP ${status})`,
              shown,
              status,
            );
        } catch (error) {
          if (!(error instanceof SourceError)) throw error;
          if (error.kind !== "offline" && error.kind !== "timeout") throw error;
          failure = error;
        }
        if (n >= o.retries) throw failure;
        const delay =
          wait ?? Math.min(o.maxDelayMs, Math.round(o.random() * o.baseDelayMs * 2 ** n));
        if (wait !== undefined) pausedUntil = Math.max(pausedUntil, Date.now() + wait);
        o.onRetry?.({ url: shown, attempt: n + 1, delayMs: delay, reason: failure.message });
        await o.sleep(delay, o.signal);
      }
    });

  return {
    getText: (url) => request(url, (body) => body),
    getJson: (url) =>
      request(url, (body, shown) => {
        try {
          return JSON.parse(body) as unknown;
        } catch (error) {
          throw new SourceError(
            "malformed",
            `${hostOf(url)} sent a body that is not JSON for ${shown} (${(error as Error).message})`,
            shown,
          );
        }
      }),
    get requests() {
      return requests;
    },
  };
}
