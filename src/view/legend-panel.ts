// The legend: what node size, colour, line width and rings mean, drawn from the scene's legend.
import type { Scene } from "../scene/scene.ts";
import { OTHER_COLOR_NAME } from "../scene/palette.ts";
import { SCENE_STYLE } from "../scene/style.ts";
import { h, svg } from "./dom.ts";
import { scaleTickText, type ColorScale } from "../scene/color-by.ts";
import "./color-scale.css";

/**
 * A continuous scale as a gradient bar, low values left, with its ticks below (years or counts),
 * labelled for screen readers with the range it spans.
 */
export function colorScaleBar(scale: ColorScale, title: string): HTMLElement {
  const bar = h("div", { class: "color-scale-bar" });
  bar.style.background = `linear-gradient(to right, ${scale.ramp.join(", ")})`;
  const ticks = scale.ticks.map((tick, i) => {
    const el = h("div", { class: "color-scale-tick" }, scaleTickText(scale, i));
    el.style.left = `${(100 * tick.t).toFixed(2)}%`;
    return el;
  });
  const first = scale.ticks[0]?.label;
  const last = scale.ticks[scale.ticks.length - 1]?.label;
  return h(
    "div",
    {
      class: "color-scale",
      attrs: {
        role: "img",
        "aria-label": `${title}: from ${first ?? "?"} (dark purple) to ${last ?? "?"} (yellow)`,
        "data-ticks": scale.ticks.map((t) => t.label).join(","),
      },
    },
    bar,
    ...ticks,
  );
}

/** Community entries as toggle buttons: click (or Enter / Space) to highlight, again to clear. */
export interface LegendOptions {
  /** The highlighted community. */
  active?: number;
  onCommunity?: (community: number | null) => void;
}

/** Renders the legend of `scene` (empty when the scene has none). */
export function legendPanel(scene: Scene | null, options: LegendOptions = {}): HTMLElement {
  const legend = scene?.legend;
  if (!legend) return h("div", { class: "legend" });
  const maxR = Math.max(...legend.sizes.map((s) => s.r), 4);
  const sizeRow = h(
    "div",
    { class: "legend-sizes" },
    ...legend.sizes.map((s) => {
      const d = 2 * maxR + 2;
      const picture = svg(
        "svg",
        { width: d, height: d, viewBox: `0 0 ${d} ${d}`, "aria-hidden": "true" },
        svg("circle", { cx: d / 2, cy: d - s.r - 1, r: s.r, fill: "#cbd5e1", stroke: "#94a3b8" }),
      );
      return h("div", { class: "legend-size" }, picture, h("span", {}, s.label));
    }),
  );
  const colorRow = (color: string, label: string) => {
    const dot = h("span", { class: "swatch" });
    dot.style.background = color;
    return h("div", { class: "legend-color" }, dot, h("span", { class: "legend-text" }, label));
  };
  const { onCommunity } = options;
  const communityButton = (color: string, label: string, community: number, count?: number) => {
    const dot = h("span", { class: "swatch", attrs: { "aria-hidden": "true" } });
    dot.style.background = color;
    const pressed = options.active === community;
    return h(
      "button",
      {
        class: pressed ? "legend-color legend-community pressed" : "legend-color legend-community",
        attrs: {
          type: "button",
          "aria-pressed": pressed ? "true" : "false",
          "data-community": community,
          "data-count": count,
          title: pressed
            ? `Community ${community + 1} is highlighted: click to clear`
            : `Highlight community ${community + 1}`,
        },
        on: { click: () => onCommunity?.(pressed ? null : community) },
      },
      dot,
      h("span", { class: "legend-text" }, label),
    );
  };
  const scale = legend.scale;
  const colorRows = scale
    ? [
        colorScaleBar(scale, legend.colorTitle ?? "Colour"),
        scale.missing ? colorRow(scale.missing.color, scale.missing.label) : null,
      ]
    : legend.colors.map((c) =>
        c.community !== undefined && onCommunity && !legend.colorTitle
          ? communityButton(c.color, c.label, c.community, c.count)
          : colorRow(c.color, c.label),
      );
  // The communities beyond the palette share one neutral colour (scene/palette.ts).
  const others = legend.others;
  if (others && !scale)
    colorRows.push(
      colorRow(
        others.color,
        `${others.count} other ${others.count === 1 ? "community" : "communities"} in ${OTHER_COLOR_NAME}`,
      ),
    );
  const line = (width: number) =>
    svg("line", {
      x1: 2,
      x2: 34,
      y1: 8,
      y2: 8,
      stroke: "#64748b",
      "stroke-width": width,
      "stroke-linecap": "round",
    });
  const ring = svg(
    "svg",
    { width: 22, height: 22, viewBox: "0 0 22 22", "aria-hidden": "true" },
    svg("circle", { cx: 11, cy: 11, r: 5, fill: "#cbd5e1" }),
    svg("circle", {
      cx: 11,
      cy: 11,
      r: 5 + SCENE_STYLE.ownerRingGap + SCENE_STYLE.ownerRingWidth / 2,
      fill: "none",
      stroke: SCENE_STYLE.ownerRing,
      "stroke-width": SCENE_STYLE.ownerRingWidth,
    }),
  );
  return h(
    "div",
    { class: "legend" },
    h("div", { class: "legend-heading" }, "Size: ", h("strong", {}, legend.sizeMetric)),
    sizeRow,
    legend.colorTitle
      ? h("div", { class: "legend-heading" }, "Colour: ", h("strong", {}, legend.colorTitle))
      : h(
          "div",
          { class: "legend-heading" },
          "Colour: ",
          h("strong", {}, "community"),
          " (number · top author)",
        ),
    h("div", { class: "legend-colors" }, ...colorRows),
    h(
      "div",
      { class: "legend-row" },
      svg("svg", { width: 36, height: 16, "aria-hidden": "true" }, line(1)),
      svg("svg", { width: 36, height: 16, "aria-hidden": "true" }, line(5)),
      h("span", {}, `Line width: ${legend.edgeMeaning}`),
    ),
    // Only a profile has an owner; other datasets draw no ring.
    scene?.nodes.some((n) => n.owner)
      ? h("div", { class: "legend-row" }, ring, h("span", {}, "Profile owner"))
      : null,
  );
}
