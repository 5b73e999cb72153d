// Parser and file warnings: a toolbar button with the count and a list the user can open.
import type { Warning } from "../model/types.ts";
import { h } from "./dom.ts";
import { createPopover } from "./popover.ts";

export interface WarningsPanel {
  button: HTMLElement;
  panel: HTMLElement;
  update(warnings: readonly Warning[]): void;
  /** Shows or hides the list. */
  toggle(open: boolean): void;
}

const SHOWN = 500;

/** Creates the warnings button and its popover list (warnings rendered as text). */
export function createWarningsPanel(onOpen?: () => void): WarningsPanel {
  const count = h("span", { class: "warning-count" });
  const list = h("ul", { class: "warning-list" });
  const { button, panel, toggle } = createPopover({
    title: "Warnings",
    panelClass: "warnings-popover",
    buttonClass: "button warn",
    buttonContent: ["⚠ ", count],
    body: [list],
    onOpen,
  });
  return {
    button,
    panel,
    toggle,
    update(warnings) {
      button.hidden = warnings.length === 0;
      if (!warnings.length) toggle(false);
      count.textContent = `${warnings.length} ${warnings.length === 1 ? "warning" : "warnings"}`;
      list.replaceChildren(
        ...warnings
          .slice(0, SHOWN)
          .map((w) =>
            h(
              "li",
              {},
              h(
                "span",
                { class: "warning-where" },
                [w.file, w.line > 0 ? `line ${w.line}` : ""].filter(Boolean).join(": "),
              ),
              h("span", {}, w.message),
            ),
          ),
        ...(warnings.length > SHOWN
          ? [h("li", { class: "muted" }, `…and ${warnings.length - SHOWN} more`)]
          : []),
      );
    },
  };
}
