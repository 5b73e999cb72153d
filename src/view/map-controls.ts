// The map's zoom and fit buttons.
import { h } from "./dom.ts";
import type { MapView } from "./map-view.ts";

/** A toolbar of +, − and Fit buttons for `map`. */
export function createMapControls(map: MapView): HTMLElement {
  const button = (label: string, title: string, text: string, action: () => void, extra = "") =>
    h(
      "button",
      {
        class: `icon-button ${extra}`.trim(),
        attrs: { type: "button", "aria-label": label, title },
        on: { click: action },
      },
      text,
    );
  return h(
    "div",
    { class: "map-controls", attrs: { role: "toolbar", "aria-label": "Map controls" } },
    button("Zoom in", "Zoom in (+)", "+", () => map.zoomBy(1.5)),
    button("Zoom out", "Zoom out (−)", "−", () => map.zoomBy(1 / 1.5)),
    button("Fit the map", "Fit (F)", "Fit", () => map.fit(true), "fit"),
  );
}
