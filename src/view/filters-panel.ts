// The filter controls: minimum papers, shared papers and coauthors, years, component size, top N,
// ego network, largest component; the label density beside the size metric.
import { countUndated } from "../graph/years.ts";
import { colorModeUnavailable } from "../scene/author-color-values.ts";
import { COLOR_MODES, type ColorMode } from "../scene/color-by.ts";
import { METRIC_INFO, SIZE_METRICS, type SizeMetric } from "../scene/metric-info.ts";
import type { Actions } from "./actions.ts";
import type { Dataset } from "./dataset.ts";
import { emptyMapMessage } from "./empty-map-note.ts";
import { h } from "./dom.ts";
import { CLEARED_FILTERS, LABEL_CHOICES, type UrlState } from "./url-state.ts";

export interface FiltersPanel {
  element: HTMLElement;
  /** Room under the shown count for actions on what is shown (the filtered layout). */
  footSlot: HTMLElement;
  update(
    dataset: Dataset | null,
    url: UrlState,
    shown: { nodes: number; edges: number },
    hasSelection: boolean,
  ): void;
}

let ids = 0;

/** The colour modes as the control names them. */
export const COLOR_MODE_LABELS: Record<ColorMode, string> = {
  community: "Community",
  year: "Mean year",
  "first-year": "First year",
  citations: "Citations",
  file: "Source file",
};

/** "1207 undated papers" (or "1 undated paper"). */
export function undatedText(count: number): string {
  return `${count} undated ${count === 1 ? "paper" : "papers"}`;
}

function field(
  label: string,
  control: HTMLElement,
  output?: HTMLElement,
  hint?: string,
): HTMLElement {
  const id = `filter-${++ids}`;
  control.id = id;
  const hintId = `${id}-hint`;
  if (hint) control.setAttribute("aria-describedby", hintId);
  return h(
    "div",
    { class: "field" },
    h(
      "label",
      { attrs: { for: id } },
      label,
      output ? h("span", { class: "field-value" }, output) : null,
    ),
    control,
    hint ? h("p", { class: "field-hint", attrs: { id: hintId } }, hint) : null,
  );
}

/** A whole-number input from `min` (empty reads as `min`), committed on change. */
function countInput(min: number, commit: (n: number) => void): HTMLInputElement {
  const input: HTMLInputElement = h("input", {
    attrs: { type: "number", min, step: 1, inputmode: "numeric", placeholder: String(min) },
    on: {
      change: () => {
        const n = Math.floor(Number(input.value));
        commit(Number.isFinite(n) ? Math.max(min, n) : min);
      },
    },
  });
  return input;
}

/** Creates the panel; every change is committed through `actions.update` (and so the URL). */
export function createFiltersPanel(actions: Actions): FiltersPanel {
  let bounds: { graph: Dataset["graph"]; maxPapers: number; maxWeight: number } | null = null;
  const metric = h(
    "select",
    { on: { change: () => actions.setMetric(metric.value as SizeMetric) } },
    ...SIZE_METRICS.map((key) =>
      h(
        "option",
        { attrs: { value: key, title: METRIC_INFO[key].description } },
        METRIC_INFO[key].label,
      ),
    ),
  );

  const color = h(
    "select",
    {
      attrs: { "aria-label": "Colour authors by" },
      on: { change: () => actions.setColor(color.value as ColorMode) },
    },
    ...COLOR_MODES.map((mode) => h("option", { attrs: { value: mode } }, COLOR_MODE_LABELS[mode])),
  );
  const colorNote = h("p", { class: "muted color-note", attrs: { role: "status" } });
  let colorCorpus: Dataset["corpus"] | null = null;
  const colorField = field("Colour authors by", color);
  colorField.append(colorNote);

  const minPapersValue = h("output", {});
  const minPapers = h("input", {
    attrs: { type: "range", min: 1, max: 10, step: 1 },
    on: {
      input: () => (minPapersValue.textContent = minPapers.value),
      change: () => actions.update({ minPapers: Number(minPapers.value) }),
    },
  });
  const minWeightValue = h("output", {});
  const minWeight = h("input", {
    attrs: { type: "range", min: 1, max: 10, step: 1 },
    on: {
      input: () => (minWeightValue.textContent = minWeight.value),
      change: () => actions.update({ minWeight: Number(minWeight.value) }),
    },
  });

  const minDegree = countInput(0, (n) => actions.update({ minDegree: n }));
  const minComponent = countInput(1, (n) => actions.update({ minComponent: n }));

  const labels = h(
    "select",
    {
      on: { change: () => actions.update({ labels: Number(labels.value) }) },
    },
    ...LABEL_CHOICES.map((n) =>
      h("option", { attrs: { value: n } }, n === 0 ? "As many as fit" : `Top ${n}`),
    ),
  );

  const year = (key: "yearFrom" | "yearTo", label: string) =>
    h("input", {
      class: "year",
      attrs: { type: "number", inputmode: "numeric", "aria-label": label, step: 1 },
      on: {
        change: (event) => {
          const value = (event.target as HTMLInputElement).value;
          actions.update({ [key]: value === "" ? undefined : Number(value) });
        },
      },
    });
  const yearFrom = year("yearFrom", "From year");
  const yearTo = year("yearTo", "To year");
  const undated = h("input", {
    attrs: { type: "checkbox" },
    on: { change: () => actions.update({ includeUndated: undated.checked }) },
  });
  const undatedId = `undated-${++ids}`;
  undated.id = undatedId;
  const undatedLabel = h("label", { attrs: { for: undatedId } });
  const undatedRow = h("div", { class: "check-row undated-row" }, undated, undatedLabel);
  const yearNote = h("p", { class: "muted year-note", attrs: { role: "status" } });
  let undatedCount: { corpus: Dataset["corpus"]; count: number } | null = null;
  const years = h(
    "div",
    { class: "field" },
    h("span", { class: "field-label" }, "Years"),
    h(
      "div",
      { class: "year-range" },
      yearFrom,
      h("span", { attrs: { "aria-hidden": "true" } }, "–"),
      yearTo,
    ),
    undatedRow,
    yearNote,
  );

  const top = h("input", {
    attrs: { type: "number", min: 0, step: 10, placeholder: "all", inputmode: "numeric" },
    on: {
      change: () => {
        const n = Math.max(0, Math.floor(Number(top.value) || 0));
        actions.update({ top: n });
      },
    },
  });

  const egoOn = h("input", {
    attrs: { type: "checkbox" },
    on: { change: () => actions.update({ ego: egoOn.checked ? Number(egoHops.value) || 1 : 0 }) },
  });
  const egoHops = h(
    "select",
    {
      attrs: { "aria-label": "Ego network hops" },
      on: { change: () => egoOn.checked && actions.update({ ego: Number(egoHops.value) }) },
    },
    ...[1, 2, 3].map((k) =>
      h("option", { attrs: { value: k } }, `${k} ${k === 1 ? "hop" : "hops"}`),
    ),
  );
  const egoLabelId = `ego-${++ids}`;
  egoOn.id = egoLabelId;
  const ego = h(
    "div",
    { class: "check-row" },
    egoOn,
    h("label", { attrs: { for: egoLabelId } }, "Selected author's network"),
    egoHops,
  );

  const largest = h("input", {
    attrs: { type: "checkbox" },
    on: { change: () => actions.update({ largest: largest.checked }) },
  });
  const largestId = `largest-${++ids}`;
  largest.id = largestId;

  const shown = h("p", { class: "muted shown-count", attrs: { role: "status" } });
  const reset = h(
    "button",
    {
      class: "button subtle",
      attrs: { type: "button" },
      on: {
        click: () => actions.update(CLEARED_FILTERS),
      },
    },
    "Reset filters",
  );

  const footSlot = h("div", { class: "filters-actions" });
  const element = h(
    "div",
    { class: "filters" },
    field("Size authors by", metric),
    field(
      "Labels",
      labels,
      undefined,
      "Largest authors first, never overlapping; the exports draw the same.",
    ),
    colorField,
    field("Min. papers per author", minPapers, minPapersValue),
    field("Min. shared papers per collaboration", minWeight, minWeightValue),
    years,
    field(
      "Min. coauthors per author",
      minDegree,
      undefined,
      "Counted in the network the filters above leave (as Gephi's degree range), in one pass.",
    ),
    field(
      "Min. component size",
      minComponent,
      undefined,
      "Hides groups of connected authors smaller than this, after the coauthor count.",
    ),
    field(`Top authors only`, top),
    ego,
    h(
      "div",
      { class: "check-row" },
      largest,
      h("label", { attrs: { for: largestId } }, "Largest component only"),
    ),
    h("div", { class: "filters-foot" }, shown, footSlot, reset),
  );

  return {
    element,
    footSlot,
    update(dataset, url, count, hasSelection) {
      metric.value = url.metric;
      // A link may ask for a count the menu does not offer: it gets an entry of its own.
      if (![...labels.options].some((o) => o.value === String(url.labels)))
        labels.append(h("option", { attrs: { value: url.labels } }, `Top ${url.labels}`));
      labels.value = String(url.labels);
      minDegree.value = url.minDegree > 0 ? String(url.minDegree) : "";
      minComponent.value = url.minComponent > 1 ? String(url.minComponent) : "";
      let maxPapers = 1;
      let maxWeight = 1;
      if (dataset) {
        // A graph does not change (a dataset with centrality merged in keeps it): its bounds
        // are looked up once.
        if (bounds?.graph !== dataset.graph) {
          let papers = 1;
          let weight = 1;
          dataset.graph.forEachNode((_id, a) => (papers = Math.max(papers, a.papers)));
          dataset.graph.forEachEdge(
            (_e, a) => (weight = Math.max(weight, a.papers.length || a.weight)),
          );
          bounds = { graph: dataset.graph, maxPapers: papers, maxWeight: weight };
        }
        ({ maxPapers, maxWeight } = bounds);
      }
      minPapers.max = String(Math.max(maxPapers, url.minPapers));
      minPapers.value = String(url.minPapers);
      minPapersValue.textContent = String(url.minPapers);
      minWeight.max = String(Math.max(Math.ceil(maxWeight), url.minWeight));
      minWeight.value = String(url.minWeight);
      minWeightValue.textContent = String(url.minWeight);
      years.hidden = !dataset?.years;
      if (dataset?.years) {
        for (const input of [yearFrom, yearTo]) {
          input.min = String(dataset.years.min);
          input.max = String(dataset.years.max);
        }
        yearFrom.placeholder = String(dataset.years.min);
        yearTo.placeholder = String(dataset.years.max);
      }
      yearFrom.value = url.yearFrom === undefined ? "" : String(url.yearFrom);
      yearTo.value = url.yearTo === undefined ? "" : String(url.yearTo);
      if (dataset && undatedCount?.corpus !== dataset.corpus)
        undatedCount = { corpus: dataset.corpus, count: countUndated(dataset.corpus.papers) };
      const noYear = dataset ? (undatedCount?.count ?? 0) : 0;
      undatedRow.hidden = noYear === 0;
      undated.checked = url.includeUndated;
      undatedLabel.textContent = `Include ${undatedText(noYear)}`;
      const ranged = url.yearFrom !== undefined || url.yearTo !== undefined;
      const empty = dataset !== null && count.nodes === 0 && (dataset.graph.order ?? 0) > 0;
      yearNote.classList.toggle("empty", empty);
      yearNote.textContent =
        empty && ranged ? emptyMapMessage({ ...url, years: dataset?.years }) : "";
      yearNote.hidden = yearNote.textContent === "";
      if (dataset && colorCorpus !== dataset.corpus) {
        colorCorpus = dataset.corpus;
        for (const option of color.options) {
          const why = colorModeUnavailable(option.value as ColorMode, dataset.corpus);
          option.disabled = why !== null;
          option.textContent =
            COLOR_MODE_LABELS[option.value as ColorMode] + (why ? ` (${why})` : "");
          option.title = why ? `Not available: ${why}` : "";
        }
      }
      color.value = url.color;
      const colorWhy = dataset ? colorModeUnavailable(url.color, dataset.corpus) : null;
      colorNote.textContent = colorWhy
        ? `${COLOR_MODE_LABELS[url.color]}: ${colorWhy}, so authors are coloured by community.`
        : "";
      colorNote.hidden = colorNote.textContent === "";
      top.value = url.top > 0 ? String(url.top) : "";
      egoOn.checked = url.ego > 0;
      egoOn.disabled = !hasSelection && url.ego === 0;
      egoHops.value = String(url.ego > 0 ? url.ego : Number(egoHops.value) || 1);
      egoHops.disabled = egoOn.disabled;
      largest.checked = url.largest;
      const total = dataset ? dataset.graph.order : 0;
      const totalEdges = dataset ? dataset.graph.size : 0;
      shown.textContent = `Showing ${count.nodes} of ${total} authors and ${count.edges} of ${totalEdges} collaborations`;
    },
  };
}
