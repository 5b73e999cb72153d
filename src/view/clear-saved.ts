// "Clear saved data": a button that asks first, in a small dialog, before anything is deleted.
import { h } from "./dom.ts";

export interface ClearButton {
  element: HTMLElement;
  /** The confirmation dialog (hidden until the button is pressed). */
  confirm: HTMLElement;
  close(): void;
}

/** Creates the button; `onConfirm` runs only after "Delete" in the dialog. */
export function createClearButton(onConfirm: () => void): ClearButton {
  const element = h(
    "button",
    {
      class: "button",
      attrs: {
        type: "button",
        title: "Forget the saved files and merge decisions",
        "aria-haspopup": "dialog",
      },
      on: { click: () => open() },
    },
    "Clear saved data",
  );
  const cancel = h(
    "button",
    { class: "button", attrs: { type: "button" }, on: { click: () => close() } },
    "Cancel",
  );
  const remove = h(
    "button",
    {
      class: "button danger",
      attrs: { type: "button" },
      on: {
        click: () => {
          close();
          onConfirm();
        },
      },
    },
    "Delete saved data",
  );
  const confirm = h(
    "div",
    {
      class: "popover confirm-popover",
      attrs: { hidden: true, role: "alertdialog", "aria-label": "Clear saved data?" },
    },
    h("h2", {}, "Clear saved data?"),
    h(
      "p",
      {},
      "The files you loaded and your merge decisions are deleted from this browser, and the default network opens.",
    ),
    h("div", { class: "confirm-actions" }, cancel, remove),
  );
  const open = () => {
    confirm.hidden = false;
    cancel.focus();
  };
  const close = () => {
    if (confirm.hidden) return;
    confirm.hidden = true;
    element.focus();
  };
  document.addEventListener("pointerdown", (event) => {
    const target = event.target as Node | null;
    if (!confirm.hidden && target && !confirm.contains(target) && !element.contains(target))
      close();
  });
  return { element, confirm, close };
}
