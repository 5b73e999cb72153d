// The author search box: an ARIA combobox with autocomplete; Enter selects the best match.
import { h } from "./dom.ts";
import { searchAuthors, type SearchHit, type SearchIndex } from "./search-index.ts";

export interface SearchBox {
  element: HTMLElement;
  input: HTMLInputElement;
  setIndex(index: SearchIndex | null): void;
}

let instances = 0;

/** Creates the search box; `onSelect` gets the chosen author id. */
export function createSearchBox(onSelect: (id: string) => void): SearchBox {
  const listId = `search-options-${++instances}`;
  const input = h("input", {
    class: "search-input",
    attrs: {
      type: "search",
      "aria-label": "Search authors",
      placeholder: "Search authors…",
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": listId,
      autocomplete: "off",
      spellcheck: "false",
    },
  });
  const list = h("ul", {
    class: "search-options",
    attrs: { id: listId, role: "listbox", hidden: true },
  });
  const status = h("div", {
    class: "visually-hidden",
    attrs: { role: "status", "aria-live": "polite" },
  });
  const element = h("div", { class: "search" }, input, list, status);
  let index: SearchIndex | null = null;
  let hits: SearchHit[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    input.value = hit.name;
    close();
    onSelect(hit.id);
  };
  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, i) =>
        h(
          "li",
          {
            class: i === active ? "active" : "",
            attrs: {
              id: `${listId}-${i}`,
              role: "option",
              "aria-selected": i === active ? "true" : "false",
            },
            on: {
              // mousedown, not click: the input must not lose focus (and close the list) first.
              mousedown: (event) => {
                event.preventDefault();
                choose(hit);
              },
            },
          },
          h("span", { class: "option-name" }, hit.name),
          hit.detail ? h("span", { class: "option-score" }, hit.detail) : null,
        ),
      ),
    );
    if (active >= 0) input.setAttribute("aria-activedescendant", `${listId}-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };
  const refresh = () => {
    hits = index ? searchAuthors(index, input.value, 8) : [];
    active = -1;
    const open = hits.length > 0 && input.value.trim() !== "";
    list.hidden = !open;
    input.setAttribute("aria-expanded", open ? "true" : "false");
    status.textContent = input.value.trim() ? `${hits.length} matches` : "";
    render();
  };

  input.addEventListener("input", refresh);
  input.addEventListener("focus", () => {
    if (input.value.trim()) refresh();
  });
  input.addEventListener("blur", close);
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (list.hidden) refresh();
      if (!hits.length) return;
      event.preventDefault();
      const delta = event.key === "ArrowDown" ? 1 : -1;
      active = (active + delta + hits.length) % hits.length;
      render();
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (!index) return;
      const current = searchAuthors(index, input.value, 8);
      choose(active >= 0 ? hits[active] : current[0]);
    } else if (event.key === "Escape") close();
  });

  return {
    element,
    input,
    setIndex(next) {
      index = next;
      if (document.activeElement === input) refresh();
    },
  };
}
