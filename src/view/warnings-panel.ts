// Parser and file warnings: a toolbar button with the count and a list the user can open.
import type { Warning } from "../model/types.ts";
import { h } from "./dom.ts";

export interface WarningsPanel {
  button: HTMLElement;
  panel: HTMLElement;
  update(warnings: readonly Warning[]): void;
}

const SHOWN = 500;

/** Creates the warnings button and its popover list (warnings rendered as text). */
export function createWarningsPanel(): WarningsPanel {
  const count = h("span", { class: "warning-count" });
  const list = h("ul", { class: "warning-list" });
  const panel = h(
    "div",
    {
      class: "warnings-popover",
      attrs: { hidden: true, role: "dialog", "aria-label": "Warnings" },
    },
    h(
      "header",
      { class: "panel-header" },
      h("h2", {}, "Warnings"),
      h(
        "button",
        {
          class: "icon-button",
          attrs: { type: "button", "aria-label": "Close warnings" },
          on: { click: () => toggle(false) },
        },
        "×",
      ),
    ),
    list,
  );
  const button = h(
    "button",
    {
      class: "button warn",
      attrs: { type: "button", hidden: true, "aria-expanded": "false" },
      on: { click: () => toggle(panel.hidden) },
    },
    "⚠ ",
    count,
  );
  function toggle(open: boolean) {
    panel.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
  }
  return {
    button,
    panel,
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
