// A small line of an author's collaborations per year, built as SVG elements (no markup parsing).
import type { CollaborationYear } from "../graph/collaboration-years.ts";
import { h, svg } from "./dom.ts";

/** The numbers behind a sparkline in words ("2010: 2 papers, 3 coauthors; 2011: …"). */
export function collaborationSummary(years: readonly CollaborationYear[]): string {
  return years
    .map(
      (y) =>
        `${y.year}: ${y.papers} ${y.papers === 1 ? "paper" : "papers"}, ${y.coauthors} ${y.coauthors === 1 ? "coauthor" : "coauthors"}`,
    )
    .join("; ");
}

/**
 * Coauthored papers per year as a line from the first year to the last, with the peak marked;
 * the title and aria-label give every year's numbers. Null when there is no year to draw.
 */
export function collaborationSparkline(
  years: readonly CollaborationYear[],
  width = 240,
  height = 36,
): HTMLElement | null {
  if (years.length === 0) return null;
  const pad = 3;
  const max = Math.max(1, ...years.map((y) => y.papers));
  const x = (i: number) =>
    years.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (years.length - 1);
  const y = (v: number) => height - pad - (v * (height - 2 * pad)) / max;
  const points = years.map((d, i) => `${x(i).toFixed(1)},${y(d.papers).toFixed(1)}`).join(" ");
  const peak = years.reduce((best, d, i) => (d.papers > years[best].papers ? i : best), 0);
  const summary = `Coauthored papers per year: ${collaborationSummary(years)}`;
  const title = svg("title");
  title.textContent = summary;
  const picture = svg(
    "svg",
    {
      class: "sparkline",
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: "img",
      "aria-label": summary,
    },
    title,
    svg("line", {
      x1: pad,
      x2: width - pad,
      y1: height - pad,
      y2: height - pad,
      stroke: "currentColor",
      "stroke-opacity": 0.25,
    }),
    svg("polyline", {
      class: "spark-line",
      points,
      fill: "none",
      stroke: "#0f766e",
      "stroke-width": 1.5,
      "stroke-linejoin": "round",
    }),
    svg("circle", {
      class: "spark-peak",
      cx: x(peak),
      cy: y(years[peak].papers),
      r: 2.5,
      fill: "#0f766e",
    }),
  );
  const first = years[0].year;
  const last = years[years.length - 1].year;
  const total = years.reduce((n, d) => n + d.papers, 0);
  return h(
    "div",
    { class: "collaboration-years" },
    picture,
    h(
      "p",
      { class: "muted sparkline-caption" },
      `${first === last ? first : `${first}–${last}`} · ${total} coauthored ${total === 1 ? "paper" : "papers"}, most in ${years[peak].year} (${years[peak].papers})`,
    ),
  );
}
