// The Export menu: a menu button offering the view as SVG/PNG and the data as GEXF, GraphML, JSON and CSV.
import { downloadFile } from "../export/download.ts";
import {
  dataExport,
  DEFAULT_IMAGE_SETTINGS,
  pngFileName,
  svgExport,
  type DataExportKind,
  type ExportInput,
  type ImageSettings,
  type TextExport,
} from "../export/export-actions.ts";
import { buildReport } from "../export/json-report.ts";
import { svgToPngBlob } from "../export/png-canvas.ts";
import type { Scene } from "../scene/scene.ts";
import type { Dataset } from "./dataset.ts";
import { pdfDownload } from "./pdf-download.ts";
import { h } from "./dom.ts";

export interface ExportMenuOptions {
  /** Told when an export fails; by default the menu's own status line shows it. */
  onError?: (message: string) => void;
  /** Called after a file was handed to the browser, with its name. */
  onExported?: (fileName: string) => void;
  settings?: Partial<ImageSettings>;
  /** Small multiples of the view, one panel per period (the item is offered when given). */
  smallMultiples?: () => TextExport | null;
}

export interface ExportMenu {
  readonly element: HTMLElement;
  open(focus?: "first" | "last"): void;
  close(returnFocus?: boolean): void;
  isOpen(): boolean;
  /** The image choices (scale of the last PNG, background, legend, caption). */
  settings(): ImageSettings;
  /** Runs one export as if its item had been chosen. */
  run(kind: ExportKind): Promise<void>;
}

/** Every export the menu runs; `pdf-W-H` is a PDF page of W × H millimetres. */
export type ExportKind =
  "svg" | "small-multiples" | DataExportKind | `png-${number}` | `pdf-${number}-${number}`;

/** PDF pages offered: a two-column and a one-column paper figure, in millimetres. */
const PDF_PAGES = [
  { width: 180, height: 120, label: "PDF (vector, 180 × 120 mm)" },
  { width: 85, height: 64, label: "PDF (vector, 85 × 64 mm)" },
] as const;

const PNG_SCALES = [1, 2, 4] as const;

let menuCount = 0;

/**
 * What an export is made from in the explorer: the scene as drawn now and the report of the
 * loaded dataset (named after its first file); null while nothing is loaded.
 */
export function exportInputFrom(
  scene: Scene | null,
  dataset: Dataset | null,
  now: Date = new Date(),
): ExportInput | null {
  if (!scene || !dataset) return null;
  const files = dataset.corpus.files;
  const first = files[0]?.file.split(/[\\/]/).pop() ?? "dataset";
  return {
    dataset: files.length > 1 ? `${first} and ${files.length - 1} more` : first,
    date: now,
    scene,
    report: buildReport(dataset.corpus, dataset.graph, dataset.metrics),
  };
}

const LIST_STYLE: Partial<CSSStyleDeclaration> = {
  position: "absolute",
  right: "0",
  top: "calc(100% + 4px)",
  zIndex: "20",
  minWidth: "15rem",
  padding: "4px 0",
  background: "#ffffff",
  color: "#1e293b",
  border: "1px solid #cbd5e1",
  borderRadius: "6px",
  boxShadow: "0 6px 20px rgba(15, 23, 42, 0.15)",
  font: "14px system-ui, sans-serif",
};

/**
 * Creates the Export menu (WAI-ARIA menu button). `getInput` is read when an item is chosen:
 * the scene as drawn now and the analysis behind it, or null while nothing is loaded. Keyboard:
 * Enter, Space or ↓ open it on the first item, ↑ on the last; ↑ ↓ Home End move; Enter or Space
 * choose; Escape closes and returns focus to the button; Tab closes.
 */
export function createExportMenu(
  getInput: () => ExportInput | null,
  options: ExportMenuOptions = {},
): ExportMenu {
  const id = `export-menu-${++menuCount}`;
  const settings: ImageSettings = { ...DEFAULT_IMAGE_SETTINGS, ...options.settings };

  const item = (
    role: "menuitem" | "menuitemradio" | "menuitemcheckbox",
    label: string,
    data: Record<string, string>,
    hint?: string,
  ) => {
    const attrs: Record<string, string | number> = { role, tabindex: -1 };
    for (const [k, v] of Object.entries(data)) attrs[`data-${k}`] = v;
    if (hint) attrs.title = hint;
    const mark = role === "menuitem" ? null : h("span", { attrs: { "aria-hidden": "true" } });
    const el = h("div", { class: "export-menu-item", attrs }, mark, label);
    el.style.padding = "5px 14px";
    el.style.cursor = "pointer";
    el.style.whiteSpace = "nowrap";
    return el;
  };
  const heading = (text: string, groupId: string) => {
    const el = h(
      "div",
      { class: "export-menu-heading", attrs: { id: groupId, role: "presentation" } },
      text,
    );
    Object.assign(el.style, {
      padding: "6px 14px 2px",
      fontSize: "12px",
      fontWeight: "600",
      color: "#64748b",
    });
    return el;
  };
  const group = (label: string, groupId: string, ...items: (HTMLElement | null)[]) =>
    h(
      "div",
      { attrs: { role: "group", "aria-labelledby": groupId } },
      heading(label, groupId),
      ...items,
    );

  const imageGroup = group(
    "Image of the current view",
    `${id}-image`,
    item("menuitem", "SVG (vector)", { export: "svg" }, "Scalable picture with real text labels"),
    ...PNG_SCALES.map((scale) =>
      item(
        "menuitem",
        `PNG ${scale}×`,
        { export: `png-${scale}` },
        `Raster picture at ${scale}× size`,
      ),
    ),
    ...PDF_PAGES.map((page) =>
      item(
        "menuitem",
        page.label,
        { export: `pdf-${page.width}-${page.height}` },
        "Vector PDF for a paper figure, with legend and caption",
      ),
    ),
    options.smallMultiples
      ? item(
          "menuitem",
          "Small multiples by period (SVG)",
          { export: "small-multiples" },
          "One panel per period, the same layout in each (time slices)",
        )
      : null,
    item("menuitemradio", "White background", { background: "white" }),
    item("menuitemradio", "Transparent background", { background: "transparent" }),
    item("menuitemcheckbox", "Legend", { option: "legend" }),
    item("menuitemcheckbox", "Caption", { option: "caption" }),
  );
  const dataGroup = group(
    "Data",
    `${id}-data`,
    item(
      "menuitem",
      "GEXF 1.3 (Gephi)",
      { export: "gexf" },
      "Shown authors with metrics, positions and colours",
    ),
    item(
      "menuitem",
      "GEXF 1.2 (networkx)",
      { export: "gexf-1.2" },
      "The same in the older schema that networkx and other tools read",
    ),
    item("menuitem", "GraphML", { export: "graphml" }, "Shown authors with metrics and positions"),
    item("menuitem", "JSON (whole analysis)", { export: "json" }, "The CLI's JSON report"),
    item(
      "menuitem",
      "CSV: authors",
      { export: "csv-authors" },
      "One row per shown author, every metric",
    ),
    item(
      "menuitem",
      "CSV: coauthorships",
      { export: "csv-edges" },
      "One row per shown collaboration, with the shared papers",
    ),
  );
  const separator = h("div", { attrs: { role: "separator" } });
  Object.assign(separator.style, { borderTop: "1px solid #e2e8f0", margin: "4px 0" });

  const list = h(
    "div",
    {
      class: "export-menu-list",
      attrs: { id: `${id}-list`, role: "menu", "aria-labelledby": `${id}-button`, hidden: true },
    },
    imageGroup,
    separator,
    dataGroup,
  );
  Object.assign(list.style, LIST_STYLE);
  const button = h(
    "button",
    {
      class: "button export-menu-button",
      attrs: {
        id: `${id}-button`,
        type: "button",
        "aria-haspopup": "menu",
        "aria-expanded": "false",
        "aria-controls": `${id}-list`,
      },
    },
    "Export",
    h("span", { attrs: { "aria-hidden": "true" } }, " ▾"),
  );
  const status = h("span", {
    class: "export-menu-status visually-hidden",
    attrs: { role: "status", "aria-live": "polite" },
  });
  Object.assign(status.style, {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  });
  const report = (message: string, error: boolean) => {
    status.textContent = message;
    if (error) options.onError?.(message);
    if (error && !options.onError) {
      // Visible too: a failed export must not pass silently.
      status.removeAttribute("style");
      Object.assign(status.style, { marginLeft: "8px", color: "#b91c1c", fontSize: "13px" });
    }
  };
  const element = h("div", { class: "export-menu" }, button, list, status);
  element.style.position = "relative";
  element.style.display = "inline-block";

  const items = () => Array.from(list.querySelectorAll<HTMLElement>("[role^='menuitem']"));

  function syncChecks(): void {
    for (const el of items()) {
      let checked: boolean | null = null;
      if (el.dataset.background) checked = el.dataset.background === settings.background;
      if (el.dataset.option === "legend") checked = settings.legend;
      if (el.dataset.option === "caption") checked = settings.caption;
      if (checked === null) continue;
      el.setAttribute("aria-checked", String(checked));
      const mark = el.firstElementChild as HTMLElement;
      mark.textContent = checked ? "✓ " : "";
      mark.style.display = "inline-block";
      mark.style.width = "1.2em";
    }
  }

  function focusItem(index: number): void {
    const all = items();
    if (!all.length) return;
    const i = ((index % all.length) + all.length) % all.length;
    for (const el of all) el.style.background = "";
    all[i].focus();
    all[i].style.background = "#e2e8f0";
  }

  function open(focus: "first" | "last" = "first"): void {
    list.hidden = false;
    button.setAttribute("aria-expanded", "true");
    focusItem(focus === "first" ? 0 : -1);
  }

  function close(returnFocus = true): void {
    if (list.hidden) return;
    list.hidden = true;
    button.setAttribute("aria-expanded", "false");
    if (returnFocus) button.focus();
  }

  function done(fileName: string): void {
    report(`Saved ${fileName}`, false);
    options.onExported?.(fileName);
  }

  async function run(kind: ExportKind): Promise<void> {
    const input = getInput();
    if (!input) throw new Error("nothing to export yet: load a dataset first");
    if (kind === "small-multiples") {
      const file = options.smallMultiples?.();
      if (!file) throw new Error("no paper has a year: there are no periods to draw");
      downloadFile(document, file.content, file.fileName, file.type);
      done(file.fileName);
    } else if (kind === "svg") {
      const svg = svgExport(input, settings);
      downloadFile(document, svg.content, svg.fileName, svg.type);
      done(svg.fileName);
    } else if (kind.startsWith("pdf-")) {
      const [width, height] = kind.slice(4).split("-").map(Number);
      const fileName = await pdfDownload(document, input, settings, width, height);
      done(fileName);
    } else if (kind.startsWith("png-")) {
      const scale = Number(kind.slice(4));
      settings.scale = scale;
      const svg = svgExport(input, settings);
      const blob = await svgToPngBlob(document, svg.content, svg, scale);
      const fileName = pngFileName(input, scale);
      downloadFile(document, blob, fileName);
      done(fileName);
    } else {
      const file = dataExport(kind as DataExportKind, input);
      downloadFile(document, file.content, file.fileName, file.type);
      done(file.fileName);
    }
  }

  function activate(el: HTMLElement): void {
    if (el.dataset.background) {
      settings.background = el.dataset.background === "transparent" ? "transparent" : "white";
      syncChecks();
      return;
    }
    if (el.dataset.option === "legend" || el.dataset.option === "caption") {
      settings[el.dataset.option] = !settings[el.dataset.option];
      syncChecks();
      return;
    }
    const kind = el.dataset.export;
    if (!kind) return;
    close();
    run(kind as Parameters<typeof run>[0]).catch((error: Error) =>
      report(`Export failed: ${error.message.replace(/^coauthor-atlas\/\w+: /, "")}`, true),
    );
  }

  button.addEventListener("click", () => (list.hidden ? open("first") : close()));
  button.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      open(event.key === "ArrowDown" ? "first" : "last");
    }
  });
  list.addEventListener("keydown", (event) => {
    const all = items();
    const current = all.indexOf(document.activeElement as HTMLElement);
    switch (event.key) {
      case "ArrowDown":
        focusItem(current + 1);
        break;
      case "ArrowUp":
        focusItem(current - 1);
        break;
      case "Home":
        focusItem(0);
        break;
      case "End":
        focusItem(-1);
        break;
      case "Enter":
      case " ":
        if (current >= 0) activate(all[current]);
        break;
      case "Escape":
        close();
        break;
      case "Tab":
        close(false);
        return;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  });
  list.addEventListener("click", (event) => {
    const el = (event.target as Element).closest<HTMLElement>("[role^='menuitem']");
    if (el) activate(el);
  });
  list.addEventListener("mousemove", (event) => {
    const el = (event.target as Element).closest<HTMLElement>("[role^='menuitem']");
    if (el && el !== document.activeElement) focusItem(items().indexOf(el));
  });
  document.addEventListener("pointerdown", (event) => {
    if (!element.contains(event.target as Node)) close(false);
  });
  syncChecks();

  return {
    element,
    open,
    close,
    isOpen: () => !list.hidden,
    settings: () => ({ ...settings }),
    run,
  };
}
