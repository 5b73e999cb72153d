// The "Possible duplicates" panel: authors that may be one person, with evidence, accept / reject;
// below, the decisions taken, each of which can be undone.
import type { MergeDecision, MergeSuggestion } from "../parse/merge-suggestions.ts";
import { downloadFile } from "../export/download.ts";
import { thesaurusText } from "../export/thesaurus.ts";
import { h } from "./dom.ts";
import { createPopover } from "./popover.ts";
import {
  describeDecisions,
  describeSuggestion,
  visibleSuggestions,
  type DecisionItem,
  type MergeItem,
} from "./merge-list.ts";

export interface MergePanel {
  /** Toolbar button with the count; hidden when there is nothing to review. */
  button: HTMLElement;
  /** The popover list. */
  panel: HTMLElement;
  update(
    suggestions: readonly MergeSuggestion[],
    decisions: { accepted: readonly MergeDecision[]; rejected: readonly MergeDecision[] },
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
  /** Called when the list opens (the app closes other popovers). */
  onOpen?(): void;
}

function itemElement(item: MergeItem, handlers: MergePanelHandlers): HTMLElement {
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
    h("div", { class: "merge-reason muted" }, item.reason),
    h("div", { class: "merge-evidence" }, item.coauthors),
    item.samePapers ? h("div", { class: "merge-evidence" }, item.samePapers) : null,
    item.coPapers ? h("div", { class: "merge-evidence against" }, item.coPapers) : null,
    h(
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
    ),
  );
  return li;
}

function decisionElement(item: DecisionItem, handlers: MergePanelHandlers): HTMLElement {
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
    body: [intro, list, decisionsTitle, decisionList, saveThesaurus],
    onOpen: handlers.onOpen,
  });
  return {
    button,
    panel,
    toggle,
    update(suggestions, { accepted, rejected }, nameOf, titleOf) {
      const { shown, more } = visibleSuggestions(suggestions, [...accepted, ...rejected]);
      const total = shown.length + more;
      const taken = describeDecisions(accepted, rejected, nameOf);
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
      const focused = list.contains(document.activeElement)
        ? (document.activeElement?.closest(".merge-item") as HTMLElement | null)
        : null;
      const index = focused ? [...list.children].indexOf(focused) : -1;
      list.replaceChildren(
        ...shown.map((s) => itemElement(describeSuggestion(s, nameOf, titleOf), handlers)),
        ...(more > 0 ? [h("li", { class: "muted" }, `…and ${more} more`)] : []),
      );
      if (index >= 0) {
        const next = list.children[Math.min(index, list.children.length - 1)];
        (next?.querySelector("button") as HTMLElement | null)?.focus();
      }
    },
  };
}
