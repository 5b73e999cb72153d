// The timeline's small chart: papers per year (bars) and new collaborations per year (line); a
// click or drag on it picks a year.
import { line, max, scaleBand, scaleLinear, select } from "d3";
import type { TimelineIndex } from "../graph/timeline.ts";
import { svg } from "./dom.ts";

export interface TimelineChart {
  element: SVGSVGElement;
  /** Draws `index` with `current` marked and the years of the frame (`from`–`current`) shaded. */
  update(index: TimelineIndex, current: number, from: number | undefined): void;
}

const HEIGHT = 56;
const PAD = { left: 4, right: 4, top: 6, bottom: 14 };

/** Creates the chart; `onPick` hears the year under the pointer while it is pressed on the chart. */
export function createTimelineChart(onPick: (year: number) => void): TimelineChart {
  const element = svg("svg", {
    class: "timeline-chart",
    height: HEIGHT,
    role: "img",
    "aria-label": "Papers and new collaborations per year",
  });
  let years: number[] = [];
  let left = PAD.left;
  let step = 1;

  const yearAt = (event: PointerEvent): number | undefined => {
    if (years.length === 0) return undefined;
    const box = element.getBoundingClientRect();
    const i = Math.floor((event.clientX - box.left - left) / step);
    return years[Math.max(0, Math.min(years.length - 1, i))];
  };
  let pressed = false;
  element.addEventListener("pointerdown", (event) => {
    pressed = true;
    element.setPointerCapture?.(event.pointerId);
    const y = yearAt(event);
    if (y !== undefined) onPick(y);
  });
  element.addEventListener("pointermove", (event) => {
    if (!pressed) return;
    const y = yearAt(event);
    if (y !== undefined) onPick(y);
  });
  const release = () => (pressed = false);
  element.addEventListener("pointerup", release);
  element.addEventListener("pointercancel", release);

  return {
    element,
    update(index, current, from) {
      years = index.years;
      const width = Math.max(120, Math.round(element.getBoundingClientRect().width) || 480);
      element.setAttribute("viewBox", `0 0 ${width} ${HEIGHT}`);
      const x = scaleBand<number>()
        .domain(years)
        .range([PAD.left, width - PAD.right])
        .paddingInner(0.15);
      left = PAD.left;
      step = x.step();
      const bottom = HEIGHT - PAD.bottom;
      const yPapers = scaleLinear()
        .domain([0, max(index.papers) ?? 1])
        .range([bottom, PAD.top]);
      const yPairs = scaleLinear()
        .domain([0, max(index.newPairs) ?? 1])
        .range([bottom, PAD.top]);
      const root = select(element);
      root.selectAll("*").remove();
      const start = from ?? years[0];
      const band = x(start) ?? PAD.left;
      root
        .append("rect")
        .attr("class", "timeline-period")
        .attr("x", band - (step - x.bandwidth()) / 2)
        .attr("y", 0)
        .attr("width", Math.max(0, ((x(current) ?? band) - band) / step + 1) * step)
        .attr("height", bottom + 1);
      root
        .append("g")
        .attr("class", "timeline-bars")
        .selectAll("rect")
        .data(years)
        .join("rect")
        .attr("x", (y) => x(y) ?? 0)
        .attr("width", x.bandwidth())
        .attr("y", (_y, i) => yPapers(index.papers[i]))
        .attr("height", (_y, i) => bottom - yPapers(index.papers[i]))
        .classed("current", (y) => y === current);
      const path = line<number>()
        .x((_c, i) => (x(years[i]) ?? 0) + x.bandwidth() / 2)
        .y((c) => yPairs(c))(index.newPairs);
      root
        .append("path")
        .attr("class", "timeline-pairs")
        .attr("d", path ?? "");
      const cx = (x(current) ?? 0) + x.bandwidth() / 2;
      root
        .append("line")
        .attr("class", "timeline-cursor")
        .attr("x1", cx)
        .attr("x2", cx)
        .attr("y1", 0)
        .attr("y2", bottom + 2);
      // First and last year under the axis.
      const axis = root.append("g").attr("class", "timeline-axis");
      if (years.length > 0) {
        axis
          .append("text")
          .attr("x", PAD.left)
          .attr("y", HEIGHT - 2)
          .text(String(years[0]));
        axis
          .append("text")
          .attr("x", width - PAD.right)
          .attr("y", HEIGHT - 2)
          .attr("text-anchor", "end")
          .text(String(years[years.length - 1]));
      }
    },
  };
}
