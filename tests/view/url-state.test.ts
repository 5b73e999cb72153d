// Tests of URL state parsing and writing.
import { describe, expect, it } from "vitest";
import {
  DEFAULT_URL_STATE,
  isLocalDataPath,
  parseUrlState,
  serializeUrlState,
} from "../../src/view/url-state.ts";

describe("parseUrlState", () => {
  it("reads a pair of authors as written, spaces encoded either way", () => {
    expect(parseUrlState("?author=Ling%20Liu&with=Fatih+Ilhan")).toMatchObject({
      author: "Ling Liu",
      with: "Fatih Ilhan",
    });
  });

  it("falls back to the defaults on an empty or mangled query", () => {
    expect(parseUrlState("")).toEqual(DEFAULT_URL_STATE);
    expect(parseUrlState("?metric=nonsense&minPapers=-3&top=x&ego=99&largest=no")).toEqual(
      DEFAULT_URL_STATE,
    );
    expect(parseUrlState("?minDegree=-1&minComponent=0&labels=lots")).toEqual(DEFAULT_URL_STATE);
  });

  it("reads minimum degree, component size and label density", () => {
    expect(parseUrlState("?minDegree=3&minComponent=5&labels=all")).toMatchObject({
      minDegree: 3,
      minComponent: 5,
      labels: 0,
    });
    expect(parseUrlState("?labels=10").labels).toBe(10);
    const state = { ...DEFAULT_URL_STATE, minDegree: 2, minComponent: 4, labels: 0 };
    const query = serializeUrlState(state);
    expect(query).toBe("?minDegree=2&minComponent=4&labels=all");
    expect(parseUrlState(query)).toEqual(state);
  });

  it("ignores `with` without `author`", () => {
    expect(parseUrlState("?with=Li%20Shen").with).toBeUndefined();
  });

  it("reads filters, metric, year range, data file and tab", () => {
    const state = parseUrlState(
      "?metric=betweenness&minPapers=2&minWeight=3&years=2023-2019&top=50&ego=2&largest=1&data=lab.bib&tab=rankings",
    );
    expect(state).toEqual({
      metric: "betweenness",
      minPapers: 2,
      minWeight: 3,
      yearFrom: 2019,
      yearTo: 2023,
      top: 50,
      ego: 2,
      minDegree: 0,
      minComponent: 1,
      largest: true,
      labels: 80,
      communityOnly: false,
      includeUndated: true,
      color: "community",
      data: "lab.bib",
      tab: "rankings",
    });
    const open = parseUrlState("?years=2020-");
    expect([open.yearFrom, open.yearTo]).toEqual([2020, undefined]);
  });
});

describe("serializeUrlState", () => {
  it("writes nothing for the defaults", () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe("");
  });

  it("writes only what differs, with %20 for spaces, and reads back the same state", () => {
    const state = {
      ...DEFAULT_URL_STATE,
      author: "Ling Liu",
      with: "Li Shen",
      metric: "papers" as const,
      yearTo: 2022,
      ego: 1,
    };
    const query = serializeUrlState(state);
    expect(query).toBe("?author=Ling%20Liu&with=Li%20Shen&metric=papers&years=-2022&ego=1");
    expect(parseUrlState(query)).toEqual(state);
  });
});

describe("isLocalDataPath", () => {
  it("accepts files next to the app and refuses other places", () => {
    expect(isLocalDataPath("lab.bib")).toBe(true);
    expect(isLocalDataPath("data/my profile.txt")).toBe(true);
    for (const bad of [
      "https://evil.example/x.bib",
      "//evil.example/x",
      "/etc/passwd",
      "../secret.txt",
      "javascript:alert(1)",
      "a\\b",
    ])
      expect(isLocalDataPath(bad)).toBe(false);
  });
});
