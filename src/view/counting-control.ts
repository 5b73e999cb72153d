// The map control for how collaborations are counted: full or fractional counting, and the author cap.
import type { ProjectionOptions } from "../graph/coauthor-graph.ts";
import { h } from "./dom.ts";

/** What the control asks the projection for. */
export type CountingChoice = Pick<ProjectionOptions, "counting" | "maxAuthors">;

export const DEFAULT_COUNTING_CHOICE: CountingChoice = { counting: "full", maxAuthors: 50 };

/**
 * A counting select (full: one per shared paper; fractional: 1/(n−1), Newman 2001) and the
 * author cap (papers with more authors add no coauthorships); `onChange` gets the new choice
 * (the caller runs the analysis again).
 */
export function countingControl(
  initial: CountingChoice,
  onChange: (choice: CountingChoice) => void,
): HTMLElement {
  let choice = { ...initial };
  const counting = h(
    "select",
    { attrs: { "aria-label": "Counting", title: "How a shared paper counts towards a link" } },
    h(
      "option",
      { props: { value: "full", selected: choice.counting === "full" } },
      "Full counting",
    ),
    h(
      "option",
      { props: { value: "fractional", selected: choice.counting === "fractional" } },
      "Fractional counting",
    ),
  );
  const cap = h("input", {
    attrs: {
      type: "number",
      min: 2,
      step: 1,
      "aria-label": "Author cap",
      title: "Papers with more authors than this add no coauthorships",
    },
    props: { value: String(choice.maxAuthors) },
  });
  cap.style.width = "4.2em";
  const changed = () => {
    const n = Number(cap.value);
    choice = {
      counting: counting.value === "fractional" ? "fractional" : "full",
      maxAuthors: Number.isInteger(n) && n >= 2 ? n : choice.maxAuthors,
    };
    cap.value = String(choice.maxAuthors);
    onChange(choice);
  };
  counting.addEventListener("change", changed);
  cap.addEventListener("change", changed);
  return h("div", { class: "community-control" }, counting, cap);
}
