// The note over an empty map: why no author is shown (a year range outside the papers, filters).
import { h } from "./dom.ts";
import "./color-scale.css";

/** What the note needs to know: the view's year range and the dataset's years. */
export interface EmptyMapContext {
  yearFrom?: number;
  yearTo?: number;
  includeUndated: boolean;
  /** Earliest and latest paper year, when any paper has one. */
  years?: { min: number; max: number };
}

/** Why nothing is shown, in words (the year range is named when one is set). */
export function emptyMapMessage(c: EmptyMapContext): string {
  const ranged = c.years && (c.yearFrom !== undefined || c.yearTo !== undefined);
  if (!ranged || !c.years) return "No author passes the filters.";
  const { yearFrom: from, yearTo: to } = c;
  const span =
    from !== undefined && to !== undefined
      ? from === to
        ? `in ${from}`
        : `in ${from}–${to}`
      : from !== undefined
        ? `from ${from} on`
        : `up to ${to}`;
  const undated = c.includeUndated ? "" : " (undated papers left out)";
  return `No author has a paper ${span}${undated}; the papers span ${c.years.min}–${c.years.max}.`;
}

export interface EmptyMapNote {
  element: HTMLElement;
  /** Shows the note when `shown` is 0 of a non-empty network, else hides it. */
  update(shown: number, total: number, context: EmptyMapContext): void;
}

/** A card over the map, with a button that clears the filters (`onReset`). */
export function createEmptyMapNote(onReset: () => void): EmptyMapNote {
  const text = h("p", {});
  const element = h(
    "div",
    { class: "empty-map-note", attrs: { role: "status" } },
    h(
      "div",
      { class: "empty-map-card" },
      text,
      h(
        "button",
        { class: "button", attrs: { type: "button" }, on: { click: onReset } },
        "Reset filters",
      ),
    ),
  );
  element.hidden = true;
  return {
    element,
    update(shown, total, context) {
      element.hidden = !(shown === 0 && total > 0);
      text.textContent = element.hidden ? "" : emptyMapMessage(context);
    },
  };
}
