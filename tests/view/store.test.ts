// The explorer's store: every load-lifecycle transition, the merge races, key-based selection, selectors.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { MergeDecision } from "../../src/parse/merge-suggestions.ts";
import { createDataset, type Dataset } from "../../src/view/dataset.ts";
import { createSearchIndex } from "../../src/view/search-index.ts";
import type { AppAction } from "../../src/view/store/actions.ts";
import { createAppStore } from "../../src/view/store/app-store.ts";
import { createStore } from "../../src/view/store/create-store.ts";
import { memoize, memoizeBy } from "../../src/model/memo.ts";
import { appReducer } from "../../src/view/store/reducer.ts";
import {
  selectPageState,
  selectQuery,
  selectTopAuthors,
  selectVisible,
} from "../../src/view/store/selectors.ts";
import { resolveSelection } from "../../src/view/store/selection-reducer.ts";
import { initialState, type AppState } from "../../src/view/store/state.ts";
import { parseUrlState } from "../../src/view/url-state.ts";
import { runPipeline } from "../../src/worker/pipeline.ts";

const seed = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), "../../data/huang-tiansheng.txt"),
  "utf8",
);
const SEED = [{ name: "huang-tiansheng.txt", text: seed }];
const result = runPipeline(SEED, {});
const dataset = createDataset(result);
const A = [{ name: "a.bib", text: "@article{a, title={A}, author={Roe, Richard}}" }];
const B = [{ name: "b.bib", text: "@article{b, title={B}, author={Doe, Jane}}" }];
const decision: MergeDecision = { keep: "ling liu", merge: "l liu" } as unknown as MergeDecision;

const run = (actions: AppAction[], from: AppState = initialState()) =>
  actions.reduce(appReducer, from);
const started = (over: Partial<Extract<AppAction, { type: "loadStarted" }>> = {}): AppAction => ({
  type: "loadStarted",
  files: SEED,
  kind: "replace",
  byUser: false,
  ...over,
});
const shown = (token: number, d: Dataset = dataset): AppAction => ({
  type: "datasetShown",
  token,
  dataset: d,
  suggestions: [],
});

describe("load lifecycle", () => {
  it("idle → loading when a load starts (token 1), with its files requested", () => {
    const s = run([started()]);
    expect(initialState().load.phase).toBe("idle");
    expect(s.load).toMatchObject({ phase: "loading", token: 1, requested: SEED, shown: [] });
    expect(selectPageState(s)).toBe("loading");
  });

  it("loading → (shown) loading: the dataset and its files are shown; the layout still runs", () => {
    const s = run([started(), shown(1)]);
    expect(s.load).toMatchObject({ phase: "loading", shown: SEED });
    expect(s.dataset).toBe(dataset);
  });

  it("loading → ready when the newest load finishes", () => {
    const s = run([started(), shown(1), { type: "loadFinished", token: 1 }]);
    expect(s.load.phase).toBe("ready");
    expect(selectPageState(s)).toBe("ready");
  });

  it("ready → replacing when the user opens new files; → loading once they are shown", () => {
    const ready = run([started(), shown(1), { type: "loadFinished", token: 1 }]);
    const replacing = run([started({ files: A, byUser: true })], ready);
    expect(replacing.load).toMatchObject({ phase: "replacing", token: 2, requested: A });
    expect(replacing.load.shown).toBe(SEED);
    expect(run([shown(2)], replacing).load).toMatchObject({ phase: "loading", shown: A });
  });

  it("loading → failed: the shown files are again the ones to add to; the page stays ready", () => {
    const ready = run([started(), shown(1), { type: "loadFinished", token: 1 }]);
    const failed = run(
      [
        started({ files: A, kind: "add", byUser: true }),
        { type: "loadFailed", token: 2, message: "x" },
      ],
      ready,
    );
    expect(failed.load).toMatchObject({ phase: "failed", requested: SEED, error: "x" });
    expect(selectPageState(failed)).toBe("ready");
    // With nothing shown, a failure is an error page.
    const first = run([started(), { type: "loadFailed", token: 1, message: "bad" }]);
    expect(selectPageState(first)).toBe("error");
  });

  it("drops what an older load reports once a newer one started", () => {
    const s = run([started(), started({ files: A }), shown(1)]);
    expect(s.dataset).toBeNull();
    expect(s.load.token).toBe(2);
    const t = run(
      [
        { type: "loadFinished", token: 1 },
        { type: "loadFailed", token: 1, message: "old" },
      ],
      s,
    );
    expect(t).toBe(s);
  });

  it("adds files to the newest load's files, shown or not yet", () => {
    const s = run([
      started(),
      started({ files: A, kind: "add", byUser: true }),
      started({ files: B, kind: "add", byUser: true }),
    ]);
    expect(s.load.requested.map((f) => f.name)).toEqual(["huang-tiansheng.txt", "a.bib", "b.bib"]);
  });
});

describe("merge decisions and their races", () => {
  const ready = run([started(), shown(1), { type: "loadFinished", token: 1 }]);

  it("an accept pressed twice before the merge shows is taken once", () => {
    const s = run(
      [
        { type: "mergeAccepted", decision },
        { type: "mergeAccepted", decision },
      ],
      ready,
    );
    expect(s.merges.accepted).toEqual([decision]);
  });

  it("no decision is taken, or undone, while the user's new files replace the shown authors", () => {
    const replacing = run([started({ files: A, byUser: true })], ready);
    expect(run([{ type: "mergeAccepted", decision }], replacing)).toBe(replacing);
    expect(run([{ type: "mergeRejected", decision }], replacing)).toBe(replacing);
    const accepted = run([{ type: "mergeAccepted", decision }], ready);
    const r2 = run([started({ files: A, byUser: true })], accepted);
    // Replacing forgets the decisions (they name the old authors).
    expect(r2.merges.accepted).toEqual([]);
    expect(run([{ type: "mergeUndone", kind: "accepted", decision }], r2)).toBe(r2);
  });

  it("an accepted merge undone while files are added re-runs on every file, the added ones too", () => {
    const s = run(
      [
        { type: "mergeAccepted", decision },
        started({ files: A, kind: "add", byUser: true }),
        { type: "mergeUndone", kind: "accepted", decision },
      ],
      ready,
    );
    expect(s.merges.accepted).toEqual([]);
    // The re-run (kind "same") takes the newest load's files.
    const rerun = run([started({ files: s.load.requested, kind: "same" })], s);
    expect(rerun.load.requested.map((f) => f.name)).toEqual(["huang-tiansheng.txt", "a.bib"]);
  });

  it("a ?data= file drops the decisions and stops saving; clearing turns saving back on", () => {
    const s = run(
      [
        { type: "mergeRejected", decision },
        { type: "dataFileOpened", path: "x.bib" },
      ],
      ready,
    );
    expect(s.merges.rejected).toEqual([]);
    expect(s.session).toEqual({ defaultIncluded: false, saving: false, loadedData: "x.bib" });
    expect(run([{ type: "savedCleared" }], s).session).toEqual({
      defaultIncluded: true,
      saving: true,
    });
  });
});

describe("selection by identity key", () => {
  // Two dblp homonyms with one display name, and a unique author.
  const authors = [
    { id: "wei wang 0032", name: "Wei Wang", variants: [] },
    { id: "wei wang 0086", name: "Wei Wang", variants: [] },
    { id: "ling liu", name: "Ling Liu", variants: [] },
  ];
  const homonyms = {
    authors: new Map(authors.map((a) => [a.id, a])),
    search: createSearchIndex(authors.map((a) => ({ ...a, score: 0 }))),
  } as unknown as Dataset;

  it("keeps homonyms apart by key and resolves a name only when it is unique", () => {
    expect(resolveSelection(homonyms, { author: "wei wang 0086" }).author).toBe("wei wang 0086");
    expect(resolveSelection(homonyms, { author: "Ling Liu" }).author).toBe("ling liu");
    const ambiguous = resolveSelection(homonyms, { author: "Wei Wang" });
    expect(ambiguous.author).toBeUndefined();
    expect(ambiguous.missing).toEqual(["Wei Wang"]);
  });

  it("an old ?author=Name link resolves to the key once the dataset is shown; the URL then says the key", () => {
    const s0 = initialState(parseUrlState("?author=LÍNG%20liu&with=Fatih%20Ilhan"));
    expect(selectQuery(s0)).toBe("?author=L%C3%8DNG%20liu&with=Fatih%20Ilhan");
    const s = run([started(), shown(1)], s0);
    expect(s.selection).toMatchObject({ author: "ling liu", with: "fatih ilhan", missing: [] });
    expect(selectQuery(s)).toBe("?author=ling%20liu&with=fatih%20ilhan");
  });

  it("a user's new files clear the selection; added files keep it", () => {
    const ready = run([started(), shown(1), { type: "authorSelected", id: "ling liu" }]);
    expect(
      run([started({ files: A, byUser: true }), shown(2)], ready).selection.author,
    ).toBeUndefined();
    expect(
      run([started({ files: A, kind: "add", byUser: true }), shown(2)], ready).selection.author,
    ).toBe("ling liu");
  });
});

describe("selectors", () => {
  const ready = (query: string) => run([started(), shown(1)], initialState(parseUrlState(query)));

  it("?top=3 then choosing coauthors keeps the same three as opening ?top=3&metric=coauthors", () => {
    const before = ready("?top=3");
    const byPagerank = [...(selectVisible(before)?.nodes ?? [])];
    const after = run([{ type: "viewChanged", change: { metric: "coauthors" } }], before);
    const opened = ready("?top=3&metric=coauthors");
    const chosen = [...(selectVisible(after)?.nodes ?? [])].sort();
    expect(chosen).toEqual([...(selectVisible(opened)?.nodes ?? [])].sort());
    expect(chosen).toHaveLength(3);
    // The three by coauthors differ from the three by PageRank on the seed.
    expect(chosen).not.toEqual([...byPagerank].sort());
  });

  it("the visible graph is recomputed only when one of its inputs changes", () => {
    const s = ready("");
    const v = selectVisible(s);
    expect(selectVisible(run([{ type: "hovered", id: "ling liu" }], s))).toBe(v);
    // Without a top N, the metric is not an input of the filters.
    expect(selectVisible(run([{ type: "viewChanged", change: { metric: "papers" } }], s))).toBe(v);
    expect(
      selectVisible(run([{ type: "viewChanged", change: { minPapers: 3 } }], s))?.nodes.size,
    ).toBe(7);
  });

  it("the top authors follow the filters", () => {
    const s = ready("?minPapers=3&metric=papers");
    const top = selectTopAuthors(s, 12);
    expect(top).toHaveLength(7);
    expect(top[0]).toBe("tiansheng huang");
  });
});

describe("store and memoize", () => {
  it("tells listeners only of real changes, in order, with the action", () => {
    const store = createAppStore();
    const seen: string[] = [];
    store.subscribe((_s, _p, action) => {
      seen.push(action.type);
      if (action.type === "themeChosen") store.dispatch({ type: "hovered", id: "x" });
    });
    store.dispatch({ type: "hovered", id: null });
    store.dispatch({ type: "themeChosen", theme: "dark" });
    expect(seen).toEqual(["themeChosen", "hovered"]);
  });

  it("a generic store queues actions dispatched by a listener", () => {
    const store = createStore((n: number, a: number) => n + a, 0);
    const seen: number[] = [];
    store.subscribe((n) => {
      seen.push(n);
      if (n === 1) store.dispatch(10);
    });
    store.dispatch(1);
    expect(seen).toEqual([1, 11]);
  });

  it("memoize recomputes only for a new argument", () => {
    let calls = 0;
    const f = memoize((_a: object, b: number) => (calls++, b));
    const o = {};
    f(o, 1);
    f(o, 1);
    f({}, 1);
    expect(calls).toBe(2);
  });

  it("memoizeBy recomputes only for a new key, whatever else is new", () => {
    let calls = 0;
    const f = memoizeBy(
      (o: { part: object }, _extra: number) => [o.part],
      (_o: { part: object }, extra: number) => (calls++, extra),
    );
    const part = {};
    expect(f({ part }, 1)).toBe(1);
    // A new object around the same part: the first result stands.
    expect(f({ part }, 2)).toBe(1);
    expect(f({ part: {} }, 3)).toBe(3);
    expect(calls).toBe(2);
  });
});
