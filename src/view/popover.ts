// Toolbar popover shell shared by the warnings and possible-duplicates panels: button, dialog, close.
import { h } from "./dom.ts";

type Child = Node | string | null;

export interface PopoverOptions {
  /** Dialog heading, also its accessible name. */
  title: string;
  /** Extra class on the dialog (sizing). */
  panelClass: string;
  /** Class of the toolbar button. */
  buttonClass: string;
  /** Contents of the toolbar button. */
  buttonContent: readonly Child[];
  /** Dialog contents below the header. */
  body: readonly Child[];
  /** Called when the popover opens, e.g. to close another one. */
  onOpen?: () => void;
}

export interface Popover {
  button: HTMLButtonElement;
  panel: HTMLDivElement;
  /** Shows or hides the dialog and keeps the button's `aria-expanded` in step. */
  toggle(open: boolean): void;
}

/** Presses closer than this (ms) to one inside the dialog never close it. */
const DOUBLE_CLICK_MS = 500;

/** Creates a hidden dialog with a heading and a close button, and the button that opens it. */
export function createPopover(options: PopoverOptions): Popover {
  const panel = h(
    "div",
    {
      class: `popover ${options.panelClass}`.trim(),
      attrs: { hidden: true, role: "dialog", "aria-label": options.title },
    },
    h(
      "header",
      { class: "panel-header" },
      h("h2", {}, options.title),
      h(
        "button",
        {
          class: "icon-button",
          attrs: { type: "button", "aria-label": `Close ${options.title.toLowerCase()}` },
          on: { click: () => toggle(false) },
        },
        "×",
      ),
    ),
    ...options.body,
  );
  const button = h(
    "button",
    {
      class: options.buttonClass,
      attrs: { type: "button", hidden: true, "aria-expanded": "false" },
      on: { click: () => toggle(panel.hidden) },
    },
    ...options.buttonContent,
  );
  function toggle(open: boolean) {
    if (open && panel.hidden) options.onOpen?.();
    panel.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
  }
  // A press anywhere outside the dialog and its button closes it; not the second press of a
  // double click inside, which may land outside once the first one changed the dialog.
  let insideAt = -Infinity;
  document.addEventListener("pointerdown", (event) => {
    const target = event.target as Node | null;
    if (panel.hidden || !target) return;
    if (panel.contains(target) || button.contains(target)) insideAt = event.timeStamp;
    else if (event.timeStamp - insideAt > DOUBLE_CLICK_MS) toggle(false);
  });
  return { button, panel, toggle };
}
