// The page's structure: top bar, left sidebar, stage (map and rankings), right panel, overlays.
import { h, replaceChildren, svg } from "./dom.ts";
import type { Tab } from "./url-state.ts";

type Child = Node | string | null;

export interface ShellParts {
  /** Toolbar items between the dataset name and the theme toggle. */
  toolbar: readonly Child[];
  search: HTMLElement;
  filters: HTMLElement;
  legend: HTMLElement;
  mapPane: readonly Child[];
  rankings: HTMLElement;
  sidePanel: HTMLElement;
  /** Popovers and toasts appended at the end of the page. */
  overlays: readonly Child[];
  onTab(tab: Tab): void;
  onToggle(panel: "sidebar" | "details"): void;
  onTheme(): void;
}

export interface Shell {
  datasetInfo: HTMLElement;
  tabs: Record<Tab, HTMLElement>;
  panes: Record<Tab, HTMLElement>;
  sidebar: HTMLElement;
  details: HTMLElement;
  /** Buttons that collapse or open the side panels. */
  toggles: Record<"sidebar" | "details", HTMLButtonElement>;
  themeButton: HTMLButtonElement;
  /** The live region announcing keyboard moves on the map. */
  announcer: HTMLElement;
}

function logo(): SVGElement {
  return svg(
    "svg",
    { width: 26, height: 26, viewBox: "0 0 26 26", "aria-hidden": "true", class: "logo" },
    svg("line", { x1: 7, y1: 8, x2: 18, y2: 6, stroke: "#94a3b8", "stroke-width": 1.6 }),
    svg("line", { x1: 7, y1: 8, x2: 12, y2: 19, stroke: "#94a3b8", "stroke-width": 1.6 }),
    svg("line", { x1: 18, y1: 6, x2: 12, y2: 19, stroke: "#94a3b8", "stroke-width": 2.6 }),
    svg("line", { x1: 12, y1: 19, x2: 21, y2: 19, stroke: "#94a3b8", "stroke-width": 1.6 }),
    svg("circle", { cx: 7, cy: 8, r: 3.2, fill: "#2563eb" }),
    svg("circle", { cx: 18, cy: 6, r: 2.6, fill: "#f97316" }),
    svg("circle", {
      cx: 12,
      cy: 19,
      r: 4.2,
      fill: "#10b981",
      stroke: "#0f172a",
      "stroke-width": 1.2,
    }),
    svg("circle", { cx: 21, cy: 19, r: 2.2, fill: "#2563eb" }),
  );
}

/** Builds the page into `root` from its parts. */
export function createShell(root: HTMLElement, parts: ShellParts): Shell {
  const datasetInfo = h("div", { class: "dataset-info", attrs: { "aria-live": "polite" } });
  const tabButton = (tab: Tab, label: string) =>
    h(
      "button",
      {
        class: "tab",
        attrs: { type: "button", role: "tab", id: `tab-${tab}`, "aria-controls": `pane-${tab}` },
        on: { click: () => parts.onTab(tab) },
      },
      label,
    );
  const tabs = { map: tabButton("map", "Map"), rankings: tabButton("rankings", "Rankings") };
  const toggle = (panel: "sidebar" | "details", label: string, controls: string) =>
    h(
      "button",
      {
        class: `button panel-toggle toggle-${panel}`,
        attrs: { type: "button", "aria-controls": controls, "aria-expanded": "true" },
        on: { click: () => parts.onToggle(panel) },
      },
      label,
    );
  const toggles = {
    sidebar: toggle("sidebar", "Filters", "sidebar"),
    details: toggle("details", "Details", "details"),
  };
  const themeButton = h(
    "button",
    {
      class: "button theme-toggle",
      attrs: { type: "button", title: "Colour theme: system, light or dark" },
      on: { click: parts.onTheme },
    },
    "Theme",
  );
  const announcer = h("div", {
    class: "visually-hidden",
    attrs: { "aria-live": "polite", role: "status", id: "map-announcer" },
  });
  const panes = {
    map: h(
      "div",
      {
        class: "pane map-pane",
        attrs: { id: "pane-map", role: "tabpanel", "aria-labelledby": "tab-map" },
      },
      ...parts.mapPane,
    ),
    rankings: h(
      "div",
      {
        class: "pane rankings-pane",
        attrs: {
          id: "pane-rankings",
          role: "tabpanel",
          "aria-labelledby": "tab-rankings",
          hidden: true,
        },
      },
      parts.rankings,
    ),
  };
  const sidebar = h(
    "aside",
    { class: "sidebar", attrs: { id: "sidebar", "aria-label": "Search, filters and legend" } },
    h("section", { class: "side-section" }, parts.search),
    h(
      "section",
      { class: "side-section" },
      h("h2", { class: "section-title" }, "View"),
      parts.filters,
    ),
    h(
      "section",
      { class: "side-section" },
      h("h2", { class: "section-title" }, "Legend"),
      parts.legend,
    ),
  );
  const details = h(
    "aside",
    { class: "side-panel", attrs: { id: "details", "aria-label": "Selection" } },
    parts.sidePanel,
  );
  replaceChildren(
    root,
    h(
      "header",
      { class: "topbar" },
      h("div", { class: "brand" }, logo(), h("span", { class: "brand-name" }, "Coauthor Atlas")),
      h(
        "nav",
        { class: "tabs", attrs: { role: "tablist", "aria-label": "Views" } },
        tabs.map,
        tabs.rankings,
      ),
      datasetInfo,
      h(
        "div",
        { class: "toolbar" },
        toggles.sidebar,
        toggles.details,
        ...parts.toolbar,
        themeButton,
      ),
    ),
    h(
      "div",
      { class: "workspace" },
      sidebar,
      h("main", { class: "stage" }, panes.map, panes.rankings),
      details,
    ),
    announcer,
    ...parts.overlays,
  );
  return { datasetInfo, tabs, panes, sidebar, details, toggles, themeButton, announcer };
}
