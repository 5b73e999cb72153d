// The Shared papers region: what two authors wrote together, or the collaboration path between them.
import { fileLinkBetween } from "../graph/network-nodes.ts";
import type { CollaborationPath } from "../graph/paths.ts";
import type { Paper } from "../model/types.ts";
import { formatMetric } from "../scene/metric-info.ts";
import type { Actions } from "./actions.ts";
import { authorName, pairPapers, type Dataset } from "./dataset.ts";
import { swatch } from "./details-panel.ts";
import { h } from "./dom.ts";
import { paperList } from "./paper-item.ts";

const HOP_PAPERS_SHOWN = 3;

function authorButton(dataset: Dataset, id: string, actions: Actions): HTMLElement {
  return h(
    "button",
    {
      class: "author-chip",
      attrs: { type: "button", title: `Details of ${authorName(dataset, id)}` },
      on: { click: () => actions.selectAuthor(id) },
    },
    swatch(dataset, id),
    authorName(dataset, id),
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Renders the pair panel (role="region", aria-label="Shared papers") for authors a and b. */
export function sharedPapersPanel(
  dataset: Dataset,
  a: string,
  b: string,
  path: CollaborationPath | null,
  actions: Actions,
): HTMLElement {
  const shared = pairPapers(dataset, a, b);
  const onAuthor = (id: string) => actions.selectAuthor(id);
  const link = a !== b && shared.length === 0 ? fileLinkBetween(dataset.corpus, a, b) : null;
  let body: (HTMLElement | string)[];
  if (a === b) body = [h("p", { class: "muted" }, "Pick two different authors.")];
  else if (link !== null)
    body = [
      h(
        "p",
        { class: "summary" },
        `Linked in ${link.file} with weight ${formatMetric(link.weight, "strength")}.`,
      ),
      h("p", { class: "muted" }, "The network file lists the link, not the papers behind it."),
    ];
  else if (shared.length > 0)
    body = [
      h("p", { class: "summary" }, `${plural(shared.length, "paper")} together`),
      paperList(dataset, shared, { emphasize: new Set([a, b]), onAuthor }),
    ];
  else if (path === null)
    body = [
      h(
        "p",
        { class: "summary" },
        `${authorName(dataset, a)} and ${authorName(dataset, b)} have no paper together and no chain of coauthors joins them in this network.`,
      ),
    ];
  else
    body = [
      h(
        "p",
        { class: "summary" },
        `No paper together. Shortest collaboration path: ${plural(path.hops.length, "hop")}.`,
      ),
      h(
        "div",
        { class: "path", attrs: { role: "group", "aria-label": "Collaboration path" } },
        ...path.hops.map((hop, i) => {
          const papers = hop.papers
            .map((id) => dataset.papers.get(id))
            .filter((p): p is Paper => p !== undefined);
          return h(
            "div",
            { class: "hop" },
            h(
              "div",
              { class: "hop-head" },
              h("span", { class: "hop-index", attrs: { "aria-hidden": "true" } }, String(i + 1)),
              authorButton(dataset, hop.source, actions),
              h("span", { class: "arrow", attrs: { "aria-label": "with" } }, "→"),
              authorButton(dataset, hop.target, actions),
              h(
                "span",
                { class: "muted" },
                papers.length ? plural(papers.length, "paper") : `weight ${hop.weight}`,
              ),
            ),
            paperList(
              dataset,
              papers,
              { emphasize: new Set([hop.source, hop.target]), onAuthor },
              HOP_PAPERS_SHOWN,
            ),
          );
        }),
      ),
    ];

  return h(
    "section",
    { class: "panel-section shared", attrs: { role: "region", "aria-label": "Shared papers" } },
    h(
      "header",
      { class: "panel-header" },
      h("h2", {}, "Shared papers"),
      h(
        "button",
        {
          class: "icon-button close",
          attrs: {
            type: "button",
            "aria-label": "Close shared papers",
            title: "Back to the first author",
          },
          on: { click: () => actions.selectAuthor(a) },
        },
        "×",
      ),
    ),
    h(
      "div",
      { class: "pair" },
      authorButton(dataset, a, actions),
      h("span", { class: "pair-link", attrs: { "aria-hidden": "true" } }, "&"),
      authorButton(dataset, b, actions),
    ),
    ...body,
  );
}
