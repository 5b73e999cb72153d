// One paper as a list item: title, year and venue, coauthors (clickable), links out, abstract on demand.
import type { Paper } from "../model/types.ts";
import { authorName, type Dataset } from "./dataset.ts";
import { h } from "./dom.ts";
import { externalLinks } from "./external-links.ts";
import { paperLinks } from "../model/links.ts";

const AUTHORS_SHOWN = 12;

export interface PaperItemOptions {
  /** Authors shown in bold (the selected ones). */
  emphasize: ReadonlySet<string>;
  /** Clicking another author: by default, that author and the first emphasized one as a pair. */
  onAuthor: (id: string) => void;
}

/** Renders a paper as `<li role="listitem">`; every string from the file is set as text. */
export function paperItem(
  dataset: Dataset,
  paper: Paper,
  options: PaperItemOptions,
): HTMLLIElement {
  const meta = [paper.year, paper.venue].filter((v) => v !== undefined && v !== "").join(" · ");
  const authorList = h("div", { class: "paper-authors" });
  const renderAuthors = (all: boolean) => {
    authorList.replaceChildren();
    const shown = all ? paper.authors : paper.authors.slice(0, AUTHORS_SHOWN);
    shown.forEach((id, i) => {
      if (i > 0) authorList.append(", ");
      const name = authorName(dataset, id);
      if (options.emphasize.has(id)) authorList.append(h("strong", {}, name));
      else
        authorList.append(
          h(
            "button",
            {
              class: "link",
              attrs: { type: "button", title: `Show ${name}` },
              on: { click: () => options.onAuthor(id) },
            },
            name,
          ),
        );
    });
    if (!all && paper.authors.length > shown.length)
      authorList.append(
        " ",
        h(
          "button",
          {
            class: "link more",
            attrs: { type: "button" },
            on: { click: () => renderAuthors(true) },
          },
          `+${paper.authors.length - shown.length} more`,
        ),
      );
  };
  renderAuthors(false);

  let abstract: HTMLElement | null = null;
  if (paper.abstract) {
    const text = paper.abstract;
    const body = h("p", { class: "abstract-text" });
    const details = h("details", { class: "paper-abstract" }, h("summary", {}, "Abstract"), body);
    // The abstract text is only put in the page when asked for.
    details.addEventListener("toggle", () => {
      if (details.open && !body.textContent) body.textContent = text;
    });
    abstract = details;
  }

  return h(
    "li",
    { class: "paper", attrs: { role: "listitem" } },
    h("div", { class: "paper-title" }, paper.title || "(untitled)"),
    meta ? h("div", { class: "paper-meta" }, meta) : null,
    authorList,
    externalLinks(paperLinks(paper), "Paper links"),
    abstract,
  );
}

/** A paper list with the first `limit` items and a button for the rest. */
export function paperList(
  dataset: Dataset,
  papers: readonly Paper[],
  options: PaperItemOptions,
  limit = 50,
): HTMLElement {
  const list = h("ul", { class: "paper-list", attrs: { role: "list" } });
  const wrapper = h("div", {}, list);
  const show = (count: number) => {
    list.replaceChildren(...papers.slice(0, count).map((p) => paperItem(dataset, p, options)));
    wrapper.querySelector(".show-more")?.remove();
    if (papers.length > count)
      wrapper.append(
        h(
          "button",
          {
            class: "button subtle show-more",
            attrs: { type: "button" },
            on: { click: () => show(papers.length) },
          },
          `Show all ${papers.length} papers`,
        ),
      );
  };
  show(limit);
  return wrapper;
}
