// The explorer's saved state: round trip and errors that name what is wrong.
import { describe, expect, it } from "vitest";
import {
  EMPTY_SAVED_STATE,
  isEmptySavedState,
  parseSavedState,
  serializeSavedState,
  type SavedState,
} from "../../src/view/saved-state.ts";

const STATE: SavedState = {
  version: 1,
  files: [{ name: "a.bib", text: "@article{x, title={Ü}, author={Huang, T.}}\n" }],
  replacedDefault: true,
  accepted: [
    {
      keep: "tiansheng huang",
      merge: "t huang",
      keepName: "Tiansheng Huang",
      mergeName: "T. Huang",
    },
  ],
  rejected: [{ keep: "a", merge: "b" }],
};

describe("saved state", () => {
  it("round-trips files, the default flag and both decision lists", () => {
    expect(parseSavedState(serializeSavedState(STATE))).toEqual(STATE);
  });

  it("drops fields it does not know", () => {
    const text = JSON.stringify({ ...STATE, files: [{ ...STATE.files[0], extra: 1 }], more: 2 });
    expect(parseSavedState(text)).toEqual(STATE);
  });

  it("reads decisions without names (older states) and drops names that are not strings", () => {
    const text = JSON.stringify({
      ...STATE,
      accepted: [{ keep: "a", merge: "b" }],
      rejected: [{ keep: "c", merge: "d", keepName: 7, mergeName: "D" }],
    });
    const state = parseSavedState(text);
    expect(state.accepted).toEqual([{ keep: "a", merge: "b" }]);
    expect(state.rejected).toEqual([{ keep: "c", merge: "d", mergeName: "D" }]);
  });

  it("knows the empty state", () => {
    expect(isEmptySavedState(EMPTY_SAVED_STATE)).toBe(true);
    expect(isEmptySavedState(STATE)).toBe(false);
    expect(isEmptySavedState({ ...EMPTY_SAVED_STATE, rejected: [{ keep: "a", merge: "b" }] })).toBe(
      false,
    );
  });

  it("says what is wrong with a damaged state", () => {
    expect(() => parseSavedState("{")).toThrow("coauthor-atlas/view: saved state: not JSON");
    expect(() => parseSavedState(JSON.stringify({ ...STATE, version: 2 }))).toThrow(
      "unknown version 2",
    );
    expect(() => parseSavedState(JSON.stringify({ ...STATE, files: [{ name: "x" }] }))).toThrow(
      "files[0] is not a {name, text} pair of strings",
    );
    expect(() =>
      parseSavedState(JSON.stringify({ ...STATE, accepted: [{ keep: "a", merge: 3 }] })),
    ).toThrow("accepted[0] is not a {keep, merge} pair of strings");
    expect(() => parseSavedState(JSON.stringify({ ...STATE, replacedDefault: "yes" }))).toThrow(
      "replacedDefault is not a boolean",
    );
  });
});
