// What the explorer keeps between visits (files, merge decisions) and its checked (de)serialization.
import type { MergeDecision } from "../parse/merge-suggestions.ts";
import type { MergeGroup } from "./merge-group.ts";
import type { InputFile } from "../worker/protocol.ts";

/** The explorer's saved state. */
export interface SavedState {
  version: 1;
  /** Files the user loaded (name and decoded text), in load order. */
  files: InputFile[];
  /** True when the user's files replaced the embedded default; false when added to it. */
  replacedDefault: boolean;
  /** Name merges accepted, in the order they were accepted. */
  accepted: MergeDecision[];
  /** Name merges rejected (not suggested again). */
  rejected: MergeDecision[];
  /**
   * Merges accepted together ("Accept all above"), undone together; their decisions are also in
   * `accepted`. Optional: older saved states have none.
   */
  groups?: MergeGroup[];
}

export const EMPTY_SAVED_STATE: SavedState = {
  version: 1,
  files: [],
  replacedDefault: false,
  accepted: [],
  rejected: [],
};

/** True when the state holds nothing worth restoring (the default view). */
export function isEmptySavedState(state: SavedState): boolean {
  return (
    state.files.length === 0 &&
    !state.replacedDefault &&
    state.accepted.length === 0 &&
    state.rejected.length === 0
  );
}

/** The state as a plain JSON string. */
export function serializeSavedState(state: SavedState): string {
  return JSON.stringify({
    version: 1,
    files: state.files.map((f) => ({ name: f.name, text: f.text })),
    replacedDefault: state.replacedDefault,
    accepted: state.accepted.map(decisionRecord),
    rejected: state.rejected.map(decisionRecord),
    ...(state.groups !== undefined &&
      state.groups.length > 0 && {
        groups: state.groups.map((g) => ({
          threshold: g.threshold,
          decisions: g.decisions.map(decisionRecord),
        })),
      }),
  });
}

/** A decision as saved: the ids, and the names when known. */
function decisionRecord(d: MergeDecision): MergeDecision {
  const record: MergeDecision = { keep: d.keep, merge: d.merge };
  if (d.keepName !== undefined) record.keepName = d.keepName;
  if (d.mergeName !== undefined) record.mergeName = d.mergeName;
  return record;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function decisions(value: unknown, field: string): MergeDecision[] {
  if (!Array.isArray(value)) throw new Error(`${field} is not a list`);
  return value.map((d, i) => {
    if (!isObject(d) || typeof d.keep !== "string" || typeof d.merge !== "string")
      throw new Error(`${field}[${i}] is not a {keep, merge} pair of strings`);
    // Names are optional (older saved states have none); anything but a string is dropped.
    return decisionRecord({
      keep: d.keep,
      merge: d.merge,
      keepName: typeof d.keepName === "string" ? d.keepName : undefined,
      mergeName: typeof d.mergeName === "string" ? d.mergeName : undefined,
    });
  });
}

/** Saved groups: each a threshold in [0, 1] and a non-empty list of accepted decisions. */
function groups(value: unknown, accepted: MergeDecision[]): MergeGroup[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error("groups is not a list");
  const keys = new Set(accepted.map((d) => `${d.keep}\u0000${d.merge}`));
  return value.map((g, i) => {
    if (!isObject(g) || typeof g.threshold !== "number" || !(g.threshold >= 0 && g.threshold <= 1))
      throw new Error(`groups[${i}] has no threshold between 0 and 1`);
    const list = decisions(g.decisions, `groups[${i}].decisions`);
    if (list.length === 0) throw new Error(`groups[${i}] has no decisions`);
    for (const d of list)
      if (!keys.has(`${d.keep}\u0000${d.merge}`))
        throw new Error(`groups[${i}] names a merge that is not accepted`);
    return { threshold: g.threshold, decisions: list };
  });
}

/**
 * Reads a saved state back. Throws `coauthor-atlas/view: saved state: …` naming what is wrong
 * (not JSON, another version, a field of the wrong type).
 */
export function parseSavedState(text: string): SavedState {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error("coauthor-atlas/view: saved state: not JSON", { cause: error });
  }
  try {
    if (!isObject(value)) throw new Error("not an object");
    if (value.version !== 1) throw new Error(`unknown version ${JSON.stringify(value.version)}`);
    if (!Array.isArray(value.files)) throw new Error("files is not a list");
    const files = value.files.map((f, i) => {
      if (!isObject(f) || typeof f.name !== "string" || typeof f.text !== "string")
        throw new Error(`files[${i}] is not a {name, text} pair of strings`);
      return { name: f.name, text: f.text };
    });
    if (typeof value.replacedDefault !== "boolean")
      throw new Error("replacedDefault is not a boolean");
    const accepted = decisions(value.accepted, "accepted");
    const saved: SavedState = {
      version: 1,
      files,
      replacedDefault: value.replacedDefault,
      accepted,
      rejected: decisions(value.rejected, "rejected"),
    };
    const grouped = groups(value.groups, accepted);
    if (grouped.length > 0) saved.groups = grouped;
    return saved;
  } catch (error) {
    throw new Error(`coauthor-atlas/view: saved state: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
