// Entry of the explorer: styles, the embedded default dataset, the analysis worker, the app.
import defaultProfile from "../data/huang-tiansheng.txt?raw";
import { createApp } from "./view/app.ts";
import { createExportMenu, exportInputFrom } from "./view/export-menu.ts";
import { smallMultiplesExport } from "./view/small-multiples-export.ts";
import { selectFilterOptions } from "./view/store/selectors.ts";
import "./view/styles.css";
import { createInlineClient, createWorkerClient } from "./worker/client.ts";

const root = document.getElementById("app");
if (!root) throw new Error("coauthor-atlas/main: #app element missing from index.html");

const app = createApp({
  root,
  client: typeof Worker === "function" ? createWorkerClient() : createInlineClient(),
  defaultFiles: [{ name: "huang-tiansheng.txt", text: defaultProfile }],
});

// For the export menu and the browser tests: the app's public handle.
(window as unknown as { coauthorAtlas: typeof app }).coauthorAtlas = app;

// Export menu (export layer): the current view as SVG/PNG and the data as GEXF, GraphML, JSON, CSV.
// In the density view the pictures are its heat map (the data exports are the same).
app.toolbarSlot.append(
  createExportMenu(
    () => {
      const input = exportInputFrom(app.scene(), app.dataset());
      return input && { ...input, density: app.densityView(), filters: app.filters() };
    },
    {
      // Time slices: the shown network in periods, in the map's layout and view.
      smallMultiples() {
        const input = exportInputFrom(app.scene(), app.dataset());
        const state = app.store.get();
        const filters = selectFilterOptions(state);
        const d = app.dataset();
        if (!input || !d || !filters) return null;
        const { metric } = state.view;
        return smallMultiplesExport(d, input.scene, filters, metric, input.dataset, input.date);
      },
    },
  ).element,
);
