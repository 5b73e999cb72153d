// Loading files: a file input (open or add) and drag-and-drop anywhere on the page.
import { decodeBytes } from "../parse/decode-text.ts";
import type { InputFile } from "../worker/protocol.ts";
import { h } from "./dom.ts";

export type LoadMode = "replace" | "add";

export interface Loader {
  /** Buttons for the toolbar. */
  buttons: HTMLElement;
  /** The (visually hidden) file input. */
  input: HTMLInputElement;
}

/** File types the input offers (every format the parse layer reads; detection is by content). */
export const ACCEPTED_EXTENSIONS = [
  ".txt",
  ".bib",
  ".ris",
  ".xml",
  ".json",
  ".csv",
  ".gml",
  ".gexf",
  ".graphml",
];

/** Largest file read, so a huge drop cannot freeze the tab. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

async function readFiles(
  list: FileList | File[],
  onError: (message: string) => void,
): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const file of Array.from(list)) {
    if (file.size > MAX_FILE_BYTES) {
      onError(`${file.name}: file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
      continue;
    }
    const { text, warnings } = decodeBytes(new Uint8Array(await file.arrayBuffer()), file.name);
    files.push(
      warnings.length > 0 ? { name: file.name, text, warnings } : { name: file.name, text },
    );
  }
  return files;
}

/**
 * Wires the file input and drag-and-drop on `dropTarget`. Dropping on the "add" half of the
 * overlay adds to the current network; elsewhere it replaces it.
 */
export function createLoader(
  dropTarget: HTMLElement,
  onFiles: (files: InputFile[], mode: LoadMode) => void,
  onError: (message: string) => void,
): Loader {
  let mode: LoadMode = "replace";
  const input = h("input", {
    class: "visually-hidden",
    attrs: {
      type: "file",
      multiple: true,
      accept: ACCEPTED_EXTENSIONS.join(","),
      "aria-label": "Open bibliography files",
      tabindex: -1,
    },
  });
  input.addEventListener("change", async () => {
    if (!input.files?.length) return;
    const files = await readFiles(input.files, onError);
    input.value = "";
    if (files.length) onFiles(files, mode);
    mode = "replace";
  });
  const open = (next: LoadMode) => () => {
    mode = next;
    input.click();
  };
  const buttons = h(
    "div",
    { class: "load-buttons" },
    h(
      "button",
      {
        class: "button primary",
        attrs: { type: "button", title: "Open files, replacing the current network" },
        on: { click: open("replace") },
      },
      "Open files…",
    ),
    h(
      "button",
      {
        class: "button",
        attrs: { type: "button", title: "Add files to the current network" },
        on: { click: open("add") },
      },
      "Add files…",
    ),
    input,
  );

  const replaceZone = h(
    "div",
    { class: "drop-zone", attrs: { "data-mode": "replace" } },
    h("strong", {}, "Replace"),
    h("span", {}, "Open as a new network"),
  );
  const addZone = h(
    "div",
    { class: "drop-zone", attrs: { "data-mode": "add" } },
    h("strong", {}, "Add"),
    h("span", {}, "Merge into the current network"),
  );
  const overlay = h(
    "div",
    { class: "drop-overlay", attrs: { hidden: true } },
    replaceZone,
    addZone,
  );
  dropTarget.append(overlay);

  let depth = 0;
  const hasFiles = (event: DragEvent) =>
    Array.from(event.dataTransfer?.types ?? []).includes("Files");
  const zoneOf = (event: DragEvent): LoadMode =>
    (event.target as HTMLElement | null)?.closest?.("[data-mode='add']") ? "add" : "replace";
  dropTarget.addEventListener("dragenter", (event) => {
    if (!hasFiles(event)) return;
    depth++;
    overlay.hidden = false;
  });
  dropTarget.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  dropTarget.addEventListener("dragover", (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    const zone = zoneOf(event);
    replaceZone.classList.toggle("active", zone === "replace");
    addZone.classList.toggle("active", zone === "add");
  });
  dropTarget.addEventListener("drop", async (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const zone = zoneOf(event);
    const files = await readFiles(event.dataTransfer?.files ?? [], onError);
    if (files.length) onFiles(files, zone);
  });
  return { buttons, input };
}
