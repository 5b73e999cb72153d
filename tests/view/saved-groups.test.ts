// Groups of merges accepted together are saved with the decisions and read back checked.
import { describe, expect, it } from "vitest";
import {
  parseSavedState,
  serializeSavedState,
  type SavedState,
} from "../../src/view/saved-state.ts";

const A = {
  keep: "hans mueller",
  merge: "hans muller",
  keepName: "Hans Mueller",
  mergeName: "Hans Müller",
};
const B = { keep: "jens soerensen", merge: "jens sorensen" };
const STATE: SavedState = {
  version: 1,
  files: [],
  replacedDefault: true,
  accepted: [A, B, { keep: "x", merge: "y" }],
  rejected: [],
  groups: [{ threshold: 0.6, decisions: [A, B] }],
};

describe("saved merge groups", () => {
  it("round-trip with the decisions", () => {
    expect(parseSavedState(serializeSavedState(STATE))).toEqual(STATE);
  });

  it("are left out when there are none, and older states without them read as none", () => {
    const older: SavedState = { ...STATE };
    delete older.groups;
    const text = serializeSavedState(older);
    expect(JSON.parse(text)).not.toHaveProperty("groups");
    expect(parseSavedState(text).groups).toBeUndefined();
    expect(JSON.parse(serializeSavedState({ ...STATE, groups: [] }))).not.toHaveProperty("groups");
  });

  it("name what is wrong: not a list, a bad threshold, no decisions, a merge not accepted", () => {
    const bad = (groups: unknown) => () => parseSavedState(JSON.stringify({ ...STATE, groups }));
    expect(bad(3)).toThrow("coauthor-atlas/view: saved state: groups is not a list");
    expect(bad([{ threshold: 2, decisions: [A] }])).toThrow(
      "groups[0] has no threshold between 0 and 1",
    );
    expect(bad([{ threshold: 0.5, decisions: [] }])).toThrow("groups[0] has no decisions");
    expect(bad([{ threshold: 0.5, decisions: [{ keep: "p", merge: "q" }] }])).toThrow(
      "groups[0] names a merge that is not accepted",
    );
    expect(bad([{ threshold: 0.5, decisions: [{ keep: 1 }] }])).toThrow(
      "groups[0].decisions[0] is not a {keep, merge} pair of strings",
    );
  });
});
