// The author table: metrics as columns, looked up by id, by hand on three authors.
import { describe, expect, it } from "vitest";
import {
  AUTHOR_METRIC_KEYS,
  authorMetrics,
  authorMetricsRecord,
  authorRow,
  authorTable,
  authorTableFromRecord,
  authorValue,
  withAuthorColumns,
  type AuthorMetrics,
} from "../../src/metrics/author-table.ts";

const ids = ["ada", "bob", "cy"];
const table = authorTable(ids, {
  papers: [3, 1, 2],
  pagerank: Float64Array.from([0.5, 0.2, 0.3]),
  community: Int32Array.from([0, 1, 0]),
});

describe("authorTable", () => {
  it("holds every metric as a column of one value per author, 0 where none is given", () => {
    expect(Object.keys(table.columns)).toEqual([...AUTHOR_METRIC_KEYS]);
    for (const key of AUTHOR_METRIC_KEYS) {
      expect(table.columns[key]).toBeInstanceOf(Float64Array);
      expect(table.columns[key].length).toBe(3);
    }
    expect([...table.columns.papers]).toEqual([3, 1, 2]);
    expect([...table.columns.community]).toEqual([0, 1, 0]);
    expect([...table.columns.betweenness]).toEqual([0, 0, 0]);
  });

  it("rejects a column of another length, naming it", () => {
    expect(() => authorTable(ids, { strength: [1, 2] })).toThrow(
      "coauthor-atlas/metrics: strength has 2 values for 3 authors",
    );
  });

  it("looks authors up by id; an unknown id (even an Object.prototype name) has no row", () => {
    expect(ids.map((id) => authorRow(table, id))).toEqual([0, 1, 2]);
    for (const id of ["dan", "constructor", "__proto__", "toString"]) {
      expect(authorRow(table, id)).toBe(-1);
      expect(authorValue(table, id, "papers")).toBeUndefined();
      expect(authorMetrics(table, id)).toBeUndefined();
    }
    expect(authorValue(table, "cy", "pagerank")).toBe(0.3);
    expect(authorMetrics(table, "bob")).toEqual({
      papers: 1,
      coauthors: 0,
      strength: 0,
      betweenness: 0,
      closeness: 0,
      eigenvector: 0,
      pagerank: 0.2,
      community: 1,
      component: 0,
    });
  });

  it("still looks up after structured cloning, as a worker's message carries it", () => {
    const copy = structuredClone(table);
    expect(authorValue(copy, "ada", "papers")).toBe(3);
    expect(authorRow(copy, "cy")).toBe(2);
  });

  it("replaces columns, sharing the others", () => {
    const next = withAuthorColumns(table, { betweenness: [0, 1, 0] });
    expect(authorValue(next, "bob", "betweenness")).toBe(1);
    expect(authorValue(table, "bob", "betweenness")).toBe(0);
    expect(next.columns.pagerank).toBe(table.columns.pagerank);
    expect(next.ids).toBe(table.ids);
  });

  it("round-trips through an object per author", () => {
    const record: Record<string, AuthorMetrics> = authorMetricsRecord(table);
    expect(Object.keys(record)).toEqual(ids);
    expect(record.ada.papers).toBe(3);
    expect(authorTableFromRecord(record)).toEqual(table);
  });
});
