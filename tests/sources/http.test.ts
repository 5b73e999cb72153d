import { describe, expect, it } from "vitest";
import {
  createHttpClient,
  publicUrl,
  retryAfterMs,
  type FetchLike,
  type ResponseCache,
} from "../../src/sources/http.ts";
import { orcidChecksumOk, parseSourceSpec, readDoi } from "../../src/sources/spec.ts";

/** A fetch answering from a list of responses in turn, counting calls and in-flight requests. */
function scripted(answers: (() => Response | Promise<Response>)[]) {
  const calls: string[] = [];
  let i = 0;
  const fetch: FetchLike = async (url) => {
    calls.push(url);
    const answer = answers[Math.min(i++, answers.length - 1)];
    return answer();
  };
  return { fetch, calls };
}
const ok = (body: string) => () => new Response(body, { status: 200 });
const status =
  (code: number, headers: Record<string, string> = {}) =>
  () =>
    new Response("x", { status: code, headers });

function recordSleeps() {
  const sleeps: number[] = [];
  return { sleeps, sleep: (ms: number) => (sleeps.push(ms), Promise.resolve()) };
}

describe("retryAfterMs", () => {
  it("reads seconds and HTTP dates", () => {
    expect(retryAfterMs("3")).toBe(3000);
    expect(retryAfterMs("0.5")).toBe(500);
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(retryAfterMs("Thu, 01 Jan 2026 00:00:07 GMT", now)).toBe(7000);
    expect(retryAfterMs("Wed, 31 Dec 2025 23:59:00 GMT", now)).toBe(0);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs("soon")).toBeUndefined();
  });
});

describe("createHttpClient", () => {
  it("retries a 5xx with doubling, jittered delays, then fails with the last error", async () => {
    const { fetch, calls } = scripted([status(503)]);
    const { sleeps, sleep } = recordSleeps();
    const http = createHttpClient({
      fetch,
      retries: 3,
      baseDelayMs: 100,
      sleep,
      random: () => 0.5,
    });
    await expect(http.getText("http://h/x")).rejects.toMatchObject({ kind: "server", status: 503 });
    expect(calls).toHaveLength(4);
    expect(sleeps).toEqual([50, 100, 200]); // 0.5 × 100 × 2^n
  });

  it("waits a 429's Retry-After, and gives up at once on one longer than maxDelayMs", async () => {
    const a = scripted([status(429, { "retry-after": "2" }), ok("fine")]);
    const { sleeps, sleep } = recordSleeps();
    expect(await createHttpClient({ fetch: a.fetch, sleep }).getText("http://h/x")).toBe("fine");
    expect(sleeps[0]).toBe(2000);
    const b = scripted([status(429, { "retry-after": "3600" })]);
    await expect(
      createHttpClient({ fetch: b.fetch, sleep, maxDelayMs: 60_000 }).getText("http://h/x"),
    ).rejects.toThrow(/try again in 3600 s/);
    expect(b.calls).toHaveLength(1);
  });

  it("does not retry 401, 404 or a malformed body", async () => {
    for (const [answer, kind] of [
      [status(401), "auth"],
      [status(404), "not-found"],
      [ok("{oops"), "malformed"],
    ] as const) {
      const { fetch, calls } = scripted([answer]);
      await expect(createHttpClient({ fetch }).getJson("http://h/x")).rejects.toMatchObject({
        kind,
      });
      expect(calls).toHaveLength(1);
    }
  });

  it("times out a request that never answers, and retries network errors", async () => {
    const hang: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener("abort", () => reject(new Error("aborted"))),
      );
    const { sleep } = recordSleeps();
    await expect(
      createHttpClient({ fetch: hang, timeoutMs: 30, retries: 1, sleep }).getText("http://h/x"),
    ).rejects.toMatchObject({ kind: "timeout" });
    const flaky = scripted([() => Promise.reject(new TypeError("fetch failed")), ok("back")]);
    expect(await createHttpClient({ fetch: flaky.fetch, sleep }).getText("http://h/x")).toBe(
      "back",
    );
  });

  it("stops on cancel", async () => {
    const controller = new AbortController();
    const hang: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => {
        if (init?.signal?.aborted) reject(new Error("aborted"));
        init?.signal?.addEventListener("abort", () => reject(new Error("aborted")));
      });
    const pending = createHttpClient({ fetch: hang, signal: controller.signal }).getText(
      "http://h/x",
    );
    controller.abort();
    await expect(pending).rejects.toMatchObject({ kind: "cancelled" });
  });

  it("keeps at most `concurrency` requests under way", async () => {
    let active = 0;
    let peak = 0;
    const fetch: FetchLike = async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 5));
      active--;
      return new Response("{}");
    };
    const http = createHttpClient({ fetch, concurrency: 2 });
    await Promise.all(Array.from({ length: 9 }, (_, i) => http.getJson(`http://h/${i}`)));
    expect(peak).toBe(2);
    expect(http.requests).toBe(9);
  });

  it("caches bodies by URL without the key or mailto, and answers from the cache", async () => {
    const store = new Map<string, string>();
    const cache: ResponseCache = {
      get: async (url) => store.get(url),
      set: async (url, body) => void store.set(url, body),
    };
    const { fetch, calls } = scripted([ok('{"a":1}')]);
    const http = createHttpClient({ fetch, cache });
    await http.getJson("http://h/w?filter=x&api_key=SECRET&mailto=me%40x.org");
    expect([...store.keys()]).toEqual(["http://h/w?filter=x"]);
    expect(await http.getJson("http://h/w?filter=x&api_key=OTHER")).toEqual({ a: 1 });
    expect(calls).toHaveLength(1);
    expect(publicUrl("http://h/w?api_key=k", ["api_key"])).toBe("http://h/w");
  });
});

describe("parseSourceSpec", () => {
  it("reads the four forms and URLs", () => {
    expect(parseSourceSpec("openalex:A5023888391")).toEqual({
      kind: "openalex",
      id: "A5023888391",
    });
    expect(parseSourceSpec("https://openalex.org/A5023888391")).toEqual({
      kind: "openalex",
      id: "A5023888391",
    });
    expect(parseSourceSpec("dblp:95/7448-1")).toEqual({ kind: "dblp", pid: "95/7448-1" });
    expect(parseSourceSpec("https://dblp.org/pid/95/7448-1.html")).toEqual({
      kind: "dblp",
      pid: "95/7448-1",
    });
    expect(parseSourceSpec("orcid:0000-0002-1825-0097")).toEqual({
      kind: "orcid",
      id: "0000-0002-1825-0097",
    });
    expect(parseSourceSpec("doi:10.1145/3290605.3300233,https://doi.org/10.1000/XYZ")).toEqual({
      kind: "doi",
      dois: ["10.1145/3290605.3300233", "10.1000/xyz"],
    });
    expect(parseSourceSpec("mine.bib")).toBeNull();
    expect(parseSourceSpec("./dblp:notes.txt")).toBeNull();
  });

  it("says what is wrong with a bad id", () => {
    expect(() => parseSourceSpec("openalex:W123")).toThrow(/author id/);
    expect(() => parseSourceSpec("orcid:0000-0002-1825-0098")).toThrow(/check digit/);
    expect(() => parseSourceSpec("doi:nonsense")).toThrow(/needs a DOI/);
    expect(() => parseSourceSpec("dblp:")).toThrow(/pid/);
  });

  it("checks ORCID check digits (ISO 7064 11,2), X included", () => {
    expect(orcidChecksumOk("0000-0002-1825-0097")).toBe(true);
    expect(orcidChecksumOk("0000-0002-1694-233X")).toBe(true);
    expect(orcidChecksumOk("0000-0002-1694-2339")).toBe(false);
    expect(readDoi("doi: 10.1000/ABC")).toBe("10.1000/abc");
    expect(readDoi("10.1/too-short-a-prefix")).toBeNull();
  });
});
