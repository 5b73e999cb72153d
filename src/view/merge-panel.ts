// The "Possible duplicates" panel: authors that may be one person, with evidence, accept / reject;
// below, the decisions taken, each of which can be undone.
import type { MergeDecision, MergeSuggestion } from "../parse/merge-suggestions.ts";
import { downloadFile } from "../export/download.ts";
import { thesaurusText } from "../export/thesaurus.ts";
import { h } from "./dom.ts";
import "./merge-review.css";
import { createPopover } from "./popover.ts";
import {
  describeSuggestion,
  pairKey,
  visibleSuggestions,
  type DecisionItem,
  type MergeItem,
} from "./merge-list.ts";
import {
  describeDecisionsWithGroups,
  groupAtOrAbove,
  type GroupItem,
  type MergeGroup,
} from "./merge-group.ts";

/** Suggestions rendered at first, and added per "Show more". */
export const MERGE_PAGE_SIZE = 100;
/** The "Accept all with score ≥" threshold before the user picks one. */
export const DEFAULT_GROUP_THRESHOLD = 0.8;

export interface MergePanel {
  /** Toolbar button with the count; hidden when there is nothing to review. */
  button: HTMLElement;
  /** The popover list. */
  panel: HTMLElement;
  update(
    suggestions: readonly MergeSuggestion[],
    decisions: {
      accepted: readonly MergeDecision[];
      rejected: readonly MergeDecision[];
      groups?: readonly MergeGroup[];
    },
    nameOf: (authorId: string) => string,
    titleOf: (paperId: string) => string,
  ): void;
  /** Shows or hides the list. */
  toggle(open: boolean): void;
}

export interface MergePanelHandlers {
  onAccept(decision: MergeDecision): void;
  onReject(decision: MergeDecision): void;
  /** Takes back an accepted merge (the authors are split again) or a rejection. */
  onUndo(kind: DecisionItem["kind"], decision: MergeDecision): void;
  /** "Accept all above": the group's merges, accepted together. */
  onAcceptGroup(group: MergeGroup): void;
  /** One Undo for all merges of a group. */
  onUndoGroup(group: MergeGroup): void;
  /** Called when the list opens (the app closes other popovers). */
  onOpen?(): void;
}

function itemElement(
  item: MergeItem,
  suggestion: MergeSuggestion,
  handlers: MergePanelHandlers,
  acceptAbove: (score: number) => void,
): HTMLElement {
  const title = `${item.mergeName} → ${item.keepName}`;
  const li = h(
    "li",
    { class: "merge-item", attrs: { "data-key": item.key } },
    h(
      "div",
      { class: "merge-names" },
      h("strong", { class: "merge-keep" }, item.keepName),
      h("span", { class: "muted" }, " and "),
      h("strong", { class: "merge-merge" }, item.mergeName),
      h("span", { class: "merge-score", attrs: { title: "Score (0–1)" } }, item.score),
    ),
    h("div", { class: "merge-line" }, item.line),
    suggestion.evidence.sharedCoauthors.length > 0
      ? h("div", { class: "merge-evidence muted" }, item.coauthors)
      : null,
    item.coPapers ? h("div", { class: "merge-evidence against" }, item.coPapers) : null,
    // A network file (GML, VOSviewer) has links but no papers: nothing to list.
    suggestion.evidence.papers.every((p) => p.length === 0)
      ? null
      : h(
          "details",
          { class: "merge-papers" },
          h("summary", {}, item.papers.map((p) => p.label).join(" · ")),
          ...item.papers.map((p) =>
            h(
              "div",
              {},
              h("div", { class: "merge-papers-of" }, p.label),
              h(
                "ul",
                {},
                ...p.titles.map((t) => h("li", {}, t)),
                p.more > 0 ? h("li", { class: "muted" }, `…and ${p.more} more`) : null,
              ),
            ),
          ),
        ),
    h(
      "div",
      { class: "merge-actions" },
      h(
        "button",
        {
          class: "button primary",
          attrs: { type: "button", "aria-label": `Accept: merge ${title}` },
          on: { click: () => handlers.onAccept(item.decision) },
        },
        "Accept",
      ),
      h(
        "button",
        {
          class: "button",
          attrs: { type: "button", "aria-label": `Reject: keep ${title} apart` },
          on: { click: () => handlers.onReject(item.decision) },
        },
        "Reject",
      ),
      // Ambiguous suggestions are never accepted in a group (see groupAtOrAbove).
      suggestion.evidence.alternatives > 0
        ? null
        : h(
            "button",
            {
              class: "button merge-accept-above",
              attrs: {
                type: "button",
                title: "Accept this suggestion and every one scoring at least as high",
                "aria-label": `Accept all with score ≥ ${item.score}`,
              },
              on: { click: () => acceptAbove(suggestion.score) },
            },
            `Accept all ≥ ${item.score}`,
          ),
    ),
  );
  return li;
}

function decisionElement(
  item: DecisionItem | GroupItem,
  handlers: MergePanelHandlers,
): HTMLElement {
  if (item.kind === "group")
    return h(
      "li",
      { class: "merge-decision merge-group-decision" },
      h(
        "details",
        {},
        h("summary", {}, item.text),
        h("ul", {}, ...item.pairs.map((p) => h("li", {}, p))),
      ),
      h(
        "button",
        {
          class: "button",
          attrs: { type: "button", "aria-label": item.undoLabel },
          on: { click: () => handlers.onUndoGroup(item.group) },
        },
        "Undo all",
      ),
    );
  return h(
    "li",
    { class: "merge-decision" },
    h("span", {}, item.text),
    h(
      "button",
      {
        class: "button",
        attrs: { type: "button", "aria-label": item.undoLabel },
        on: { click: () => handlers.onUndo(item.kind, item.decision) },
      },
      "Undo",
    ),
  );
}

/** Creates the duplicates button and its popover (every string rendered as text). */
export function createMergePanel(handlers: MergePanelHandlers): MergePanel {
  const count = h("span", { class: "merge-count" });
  const intro = h(
    "p",
    { class: "muted merge-intro" },
    "Authors that may be one person. Nothing is merged until you accept.",
  );
  const list = h("ul", { class: "merge-list" });
  // "Accept all with score ≥ [0.80] [Accept N]": the threshold the user picks, and what it takes.
  let threshold = DEFAULT_GROUP_THRESHOLD;
  let limit = MERGE_PAGE_SIZE;
  let current: {
    suggestions: readonly MergeSuggestion[];
    accepted: readonly MergeDecision[];
    rejected: readonly MergeDecision[];
  } = { suggestions: [], accepted: [], rejected: [] };
  const choose = (at: number) =>
    groupAtOrAbove(current.suggestions, current.accepted, current.rejected, at);
  const acceptAbove = (at: number) => {
    const { group } = choose(at);
    if (group.decisions.length > 0) handlers.onAcceptGroup(group);
  };
  const thresholdInput = h("input", {
    class: "merge-threshold",
    attrs: {
      type: "number",
      min: "0",
      max: "1",
      step: "0.05",
      value: threshold.toFixed(2),
      "aria-label": "Lowest score to accept",
    },
  }) as HTMLInputElement;
  const acceptGroupButton = h(
    "button",
    {
      class: "button primary merge-accept-group",
      attrs: { type: "button" },
      on: { click: () => acceptAbove(threshold) },
    },
    "Accept",
  ) as HTMLButtonElement;
  const groupNote = h("span", { class: "muted merge-group-note" });
  const groupBar = h(
    "div",
    { class: "merge-group-bar" },
    h("label", {}, "Accept all with score ≥ ", thresholdInput),
    acceptGroupButton,
    groupNote,
  );
  const more = h(
    "button",
    {
      class: "button merge-more",
      attrs: { type: "button" },
      on: {
        click: () => {
          limit += MERGE_PAGE_SIZE;
          showMore();
        },
      },
    },
    "Show more",
  );
  /** The group button's count and note, and which listed items it would accept. */
  const markGroup = () => {
    const { group, ambiguous, joined } = choose(threshold);
    const n = group.decisions.length;
    acceptGroupButton.textContent = `Accept ${n} ${n === 1 ? "pair" : "pairs"}`;
    acceptGroupButton.disabled = n === 0;
    const notes: string[] = [];
    if (ambiguous > 0) notes.push(`${ambiguous} ambiguous left to review one by one`);
    if (joined > 0) notes.push(`${joined} already joined by the others`);
    groupNote.textContent = notes.join("; ");
    const taken = new Set(group.decisions.map((d) => pairKey(d.keep, d.merge)));
    for (const li of list.children)
      li.classList.toggle("in-group", taken.has((li as HTMLElement).dataset.key ?? ""));
  };
  thresholdInput.addEventListener("input", () => {
    const value = Number(thresholdInput.value);
    if (thresholdInput.value.trim() === "" || !Number.isFinite(value)) return;
    threshold = Math.min(1, Math.max(0, value));
    markGroup();
  });
  const decisionsTitle = h("h3", { class: "merge-decisions-title" }, "Your decisions");
  const decisionList = h("ul", {
    class: "merge-decisions",
    attrs: { "aria-label": "Your decisions" },
  });
  // The accepted merges as a VOSviewer thesaurus file (export/thesaurus.ts).
  let saved: { accepted: readonly MergeDecision[]; nameOf: (id: string) => string } | null = null;
  const saveThesaurus = h(
    "button",
    {
      class: "button merge-save-thesaurus",
      attrs: { type: "button" },
      on: {
        click: () => {
          if (saved === null) return;
          const text = thesaurusText(saved.accepted, saved.nameOf);
          downloadFile(document, text, "thesaurus_authors.txt", "text/plain;charset=utf-8");
        },
      },
    },
    "Save merges as VOSviewer thesaurus",
  );
  const { button, panel, toggle } = createPopover({
    title: "Possible duplicates",
    panelClass: "merge-popover",
    buttonClass: "button",
    buttonContent: [count],
    body: [intro, groupBar, list, more, decisionsTitle, decisionList, saveThesaurus],
    onOpen: handlers.onOpen,
  });
  let lookups: { nameOf: (id: string) => string; titleOf: (id: string) => string } = {
    nameOf: (id) => id,
    titleOf: (id) => id,
  };
  const element = (s: MergeSuggestion) =>
    itemElement(describeSuggestion(s, lookups.nameOf, lookups.titleOf), s, handlers, acceptAbove);
  const open = () =>
    visibleSuggestions(current.suggestions, [...current.accepted, ...current.rejected], { limit });
  const showMoreButton = (left: number) => {
    more.hidden = left === 0;
    more.textContent = `Show ${Math.min(left, MERGE_PAGE_SIZE)} more (${left} not shown)`;
  };
  /** "Show more": the next page is appended, the items listed stay as they are. */
  const showMore = () => {
    const { shown, more: left } = open();
    const from = list.children.length;
    const focusNew = document.activeElement === more;
    list.append(...shown.slice(from).map(element));
    showMoreButton(left);
    markGroup();
    // From the keyboard: on to the first new item (the button may be gone).
    if (focusNew) (list.children[from]?.querySelector("button") as HTMLElement | null)?.focus();
  };
  /** Lists the open suggestions up to `limit`, keeping focus near where it was. */
  const render = () => {
    const { shown, more: left } = open();
    const focused = list.contains(document.activeElement)
      ? (document.activeElement?.closest(".merge-item") as HTMLElement | null)
      : null;
    const index = focused ? [...list.children].indexOf(focused) : -1;
    list.replaceChildren(...shown.map(element));
    showMoreButton(left);
    groupBar.hidden = shown.length === 0;
    markGroup();
    if (index >= 0) {
      const next = list.children[Math.min(index, list.children.length - 1)];
      (next?.querySelector("button") as HTMLElement | null)?.focus();
    }
  };
  return {
    button,
    panel,
    toggle,
    update(suggestions, { accepted, rejected, groups = [] }, nameOf, titleOf) {
      const { shown, more } = visibleSuggestions(suggestions, [...accepted, ...rejected], {
        limit: Infinity,
      });
      const total = shown.length + more;
      const taken = describeDecisionsWithGroups(accepted, rejected, groups, nameOf);
      button.hidden = total === 0 && taken.length === 0;
      if (button.hidden) toggle(false);
      count.textContent =
        total > 0
          ? `${total} possible ${total === 1 ? "duplicate" : "duplicates"}`
          : `${taken.length} merge ${taken.length === 1 ? "decision" : "decisions"}`;
      intro.textContent =
        total > 0
          ? "Authors that may be one person. Nothing is merged until you accept."
          : "No possible duplicates left to review.";
      // An Undo pressed from the keyboard: focus goes to the next one (or the dialog's first button).
      const undone = decisionList.contains(document.activeElement)
        ? [...decisionList.children].indexOf(
            document.activeElement?.closest(".merge-decision") as HTMLElement,
          )
        : -1;
      decisionsTitle.hidden = taken.length === 0;
      saved = { accepted, nameOf };
      saveThesaurus.hidden = accepted.length === 0;
      decisionList.hidden = taken.length === 0;
      decisionList.replaceChildren(...taken.map((item) => decisionElement(item, handlers)));
      if (undone >= 0) {
        const next = decisionList.children[Math.min(undone, decisionList.children.length - 1)];
        const target = next?.querySelector("button") ?? panel.querySelector("button");
        (target as HTMLElement | null)?.focus();
      }
      // Keep focus near where it was: on the next item's first button after a decision.
      current = { suggestions, accepted, rejected };
      lookups = { nameOf, titleOf };
      render();
    },
  };
}
