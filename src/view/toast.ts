// The error toast: one message at a time, dismissable, without the internal module prefixes.
import { h } from "./dom.ts";

export interface Toast {
  element: HTMLElement;
  show(message: string): void;
  hide(): void;
}

/** `coauthor-atlas/parse: x.bib: …` → `x.bib: …`: the prefixes name modules, not anything a user knows. */
export function userMessage(message: string): string {
  return message.replace(/coauthor-atlas\/[\w-]+:\s*/g, "");
}

/** Creates the toast (hidden). */
export function createToast(): Toast {
  const element = h("div", { class: "toast", attrs: { role: "alert", hidden: true } });
  const hide = () => {
    element.hidden = true;
  };
  return {
    element,
    show(message) {
      element.replaceChildren(
        h("span", {}, userMessage(message)),
        h(
          "button",
          {
            class: "icon-button",
            attrs: { type: "button", "aria-label": "Dismiss" },
            on: { click: hide },
          },
          "×",
        ),
      );
      element.hidden = false;
    },
    hide,
  };
}
