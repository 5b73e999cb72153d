// The map control that turns the density view on and off (a pressed toggle button).
import type { DensityPainter } from "./density-painter.ts";
import { h } from "./dom.ts";

/** A toggle button for `painter`; `redraw` repaints the map after each change. */
export function densityToggle(painter: DensityPainter, redraw: () => void): HTMLButtonElement {
  const button = h(
    "button",
    {
      class: "icon-button density-toggle",
      attrs: {
        type: "button",
        "aria-pressed": "false",
        "aria-label": "Density view",
        title: "Density view: where the collaboration mass is (D)",
      },
    },
    "Density",
  );
  button.addEventListener("click", () => {
    painter.setEnabled(!painter.enabled());
    button.setAttribute("aria-pressed", String(painter.enabled()));
    redraw();
  });
  return button;
}
