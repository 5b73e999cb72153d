// The highlighted community: its summary, its top authors, a filter to it and its member list.
import type { CommunitySummary } from "../metrics/community-summary.ts";
import { formatMetric } from "../scene/metric-info.ts";
import { authorName, type Dataset } from "./dataset.ts";
import { h } from "./dom.ts";
import "./community-focus.css";
import { authorMetrics } from "../metrics/author-table.ts";

const MEMBERS_SHOWN = 100;

export interface CommunityFocusOptions {
  dataset: Dataset;
  summary: CommunitySummary;
  /** Whether the map shows only this community. */
  only: boolean;
  onFilter: (only: boolean) => void;
  onClear: () => void;
  onAuthor: (id: string) => void;
}

/** Renders the summary as `role="region" aria-label="Community summary"`. */
export function communityFocus(o: CommunityFocusOptions): HTMLElement {
  const { dataset, summary } = o;
  const number = summary.community + 1;
  const dot = h("span", { class: "swatch", attrs: { "aria-hidden": "true" } });
  dot.style.background = dataset.colors.get(summary.community) ?? "#94a3b8";
  const stat = (label: string, value: number, title: string) =>
    h(
      "div",
      { class: "community-stat", attrs: { title } },
      h("dt", {}, label),
      h("dd", {}, formatMetric(value, "papers")),
    );
  const authorButton = (id: string) =>
    h(
      "button",
      {
        class: "link",
        attrs: { type: "button", title: `Show ${authorName(dataset, id)}` },
        on: { click: () => o.onAuthor(id) },
      },
      authorName(dataset, id),
    );
  const top = h("p", { class: "community-top" }, "Top: ");
  summary.topAuthors.forEach((id, i) => {
    if (i > 0) top.append(", ");
    top.append(authorButton(id));
  });

  const list = h("ol", { class: "community-members", attrs: { hidden: true } });
  const fillList = () => {
    if (list.childElementCount > 0) return;
    const pagerank = dataset.ranks.pagerank;
    const shown = summary.members.slice(0, MEMBERS_SHOWN);
    list.append(
      ...shown.map((id) => {
        const m = authorMetrics(dataset.metrics.authors, id);
        return h(
          "li",
          { class: "community-member" },
          authorButton(id),
          h(
            "span",
            { class: "member-ranks" },
            `PageRank #${pagerank.get(id) ?? "–"} · ${m ? formatMetric(m.coauthors, "coauthors") : "–"} coauthors`,
          ),
        );
      }),
    );
    if (summary.members.length > shown.length)
      list.append(h("li", { class: "hint" }, `and ${summary.members.length - shown.length} more`));
  };
  const listButton = h(
    "button",
    {
      class: "button subtle",
      attrs: { type: "button", "aria-expanded": "false", "data-focus-key": "members" },
      on: {
        click: () => {
          const open = list.hidden;
          if (open) fillList();
          list.hidden = !open;
          listButton.setAttribute("aria-expanded", String(open));
          listButton.textContent = open ? "Hide members" : "List members";
        },
      },
    },
    "List members",
  );

  return h(
    "section",
    {
      class: "community-focus",
      attrs: { role: "region", "aria-label": "Community summary", "data-community": number },
    },
    h(
      "div",
      { class: "community-heading" },
      dot,
      h("strong", {}, `Community ${number}`),
      h(
        "button",
        {
          class: "icon-button",
          attrs: {
            type: "button",
            "aria-label": "Clear the highlighted community",
            title: "Clear",
          },
          on: { click: o.onClear },
        },
        "×",
      ),
    ),
    h(
      "dl",
      { class: "community-stats" },
      stat("Members", summary.members.length, "Authors of the community shown on the map"),
      stat("Papers", summary.papers, "Papers with at least one member among their authors"),
      stat("Internal links", summary.internalLinks, "Collaborations between two members"),
      stat("External links", summary.externalLinks, "Collaborations of a member with a non-member"),
    ),
    summary.topAuthors.length > 0 ? top : null,
    h(
      "div",
      { class: "community-actions" },
      h(
        "button",
        {
          class: "button",
          attrs: {
            type: "button",
            "aria-pressed": o.only ? "true" : "false",
            "data-focus-key": "filter",
          },
          on: { click: () => o.onFilter(!o.only) },
        },
        o.only ? "Show everyone" : "Show only this community",
      ),
      listButton,
    ),
    list,
  );
}
