// The timeline over the map: a year slider with play / pause, cumulative or moving-window mode,
// and the chart of papers and new collaborations per year (click or drag it to scrub).
import {
  DEFAULT_TIMELINE_WINDOW,
  frameLabel,
  frameRange,
  type TimelineFrame,
  type TimelineIndex,
} from "../graph/timeline.ts";
import { h } from "./dom.ts";
import { createTimelineChart } from "./timeline-chart.ts";
import { MAX_TIMELINE_WINDOW } from "./timeline-url.ts";
import "./timeline.css";

/** Time between two frames while playing, in milliseconds. */
export const PLAY_INTERVAL_MS = 900;

export interface TimelinePanel {
  /** The toggle for the map controls. */
  button: HTMLButtonElement;
  /** The panel itself (over the map, at its foot). */
  element: HTMLElement;
  /** Shows the frame (null: closed) of a dataset with this index (null: nothing dated). */
  update(frame: TimelineFrame | null, index: TimelineIndex | null): void;
  /** Keeps the panel just above `controls` (the map controls, which wrap on narrow maps). */
  keepAbove(controls: HTMLElement): void;
}

/** Gap between the map controls and the panel, and the controls' own margin, in pixels. */
const ABOVE_GAP = 8;
const CONTROLS_MARGIN = 14;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Creates the panel; `onChange` hears the next frame, or undefined when it is closed. */
export function createTimelinePanel(
  onChange: (frame: TimelineFrame | undefined) => void,
): TimelinePanel {
  let frame: TimelineFrame | null = null;
  let index: TimelineIndex | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;

  const first = () => index?.years[0] ?? 0;
  const last = () => index?.years[index.years.length - 1] ?? 0;
  const go = (change: Partial<TimelineFrame>) => {
    if (!frame) return;
    const next = { ...frame, ...change };
    next.year = Math.max(first(), Math.min(last(), next.year));
    onChange(next);
  };

  const stop = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    play.textContent = "▶";
    play.setAttribute("aria-label", "Play");
    play.title = "Play the years";
  };
  const start = () => {
    if (!frame || !index) return;
    if (frame.year >= last()) go({ year: first() });
    play.textContent = "❚❚";
    play.setAttribute("aria-label", "Pause");
    play.title = "Pause";
    timer = setInterval(() => {
      if (!frame || frame.year >= last()) return stop();
      go({ year: frame.year + 1 });
      if (frame.year >= last()) stop();
    }, PLAY_INTERVAL_MS);
  };

  const button = h(
    "button",
    {
      class: "icon-button timeline-toggle",
      attrs: {
        type: "button",
        "aria-pressed": "false",
        title: "Timeline: the network year by year",
      },
      on: {
        click() {
          if (frame) {
            stop();
            onChange(undefined);
          } else if (index && index.years.length > 0)
            onChange({ mode: "cumulative", year: first(), window: DEFAULT_TIMELINE_WINDOW });
        },
      },
    },
    "Timeline",
  );
  const play = h("button", {
    class: "icon-button timeline-play",
    attrs: { type: "button" },
    on: { click: () => (timer === null ? start() : stop()) },
  });
  const readout = h("output", { class: "timeline-year", attrs: { "aria-live": "polite" } });
  const slider = h("input", {
    class: "timeline-slider",
    attrs: { type: "range", step: 1, "aria-label": "Year" },
    on: {
      input() {
        stop();
        go({ year: Number(slider.value) });
      },
    },
  });
  const mode = h(
    "select",
    {
      class: "timeline-mode",
      attrs: { "aria-label": "Timeline mode" },
      on: { change: () => go({ mode: mode.value === "window" ? "window" : "cumulative" }) },
    },
    h("option", { attrs: { value: "cumulative" } }, "Up to year"),
    h("option", { attrs: { value: "window" } }, "Window"),
  );
  const width = h("input", {
    class: "timeline-window",
    attrs: {
      type: "number",
      min: 1,
      max: MAX_TIMELINE_WINDOW,
      step: 1,
      "aria-label": "Window width in years",
      title: "Window width in years",
    },
    on: {
      change() {
        const w = Math.round(Number(width.value));
        if (Number.isFinite(w) && w >= 1 && w <= MAX_TIMELINE_WINDOW) go({ window: w });
        else if (frame) width.value = String(frame.window);
      },
    },
  });
  const close = h(
    "button",
    {
      class: "icon-button timeline-close",
      attrs: { type: "button", "aria-label": "Close the timeline", title: "Close the timeline" },
      on: {
        click() {
          stop();
          onChange(undefined);
        },
      },
    },
    "×",
  );
  const chart = createTimelineChart((year) => {
    stop();
    go({ year });
  });
  const stats = h("div", { class: "timeline-stats" });
  const element = h(
    "section",
    { class: "timeline-panel", attrs: { "aria-label": "Timeline", hidden: true } },
    h("div", { class: "timeline-row" }, play, readout, slider, mode, width, close),
    chart.element,
    stats,
  );
  stop();

  return {
    button,
    element,
    keepAbove(controls) {
      const fit = () =>
        element.style.setProperty(
          "--timeline-bottom",
          `${controls.offsetHeight + CONTROLS_MARGIN + ABOVE_GAP}px`,
        );
      if (typeof ResizeObserver === "function") new ResizeObserver(fit).observe(controls);
      fit();
    },
    update(nextFrame, nextIndex) {
      index = nextIndex;
      const dated = index !== null && index.years.length > 0;
      button.disabled = !dated;
      button.title = dated ? "Timeline: the network year by year" : "No paper has a year";
      if (!nextFrame || !index || !dated) {
        if (frame) stop();
        frame = null;
        element.hidden = true;
        button.setAttribute("aria-pressed", "false");
        element.removeAttribute("data-year");
        return;
      }
      const opened = frame === null;
      frame = nextFrame;
      element.hidden = false;
      button.setAttribute("aria-pressed", "true");
      element.dataset.year = String(frame.year);
      element.dataset.mode = frame.mode;
      readout.textContent = frameLabel(frame);
      slider.min = String(first());
      slider.max = String(last());
      slider.value = String(frame.year);
      slider.setAttribute("aria-valuetext", frameLabel(frame));
      mode.value = frame.mode;
      width.hidden = frame.mode !== "window";
      if (document.activeElement !== width) width.value = String(frame.window);
      const i = frame.year - first();
      stats.textContent = `${frame.year}: ${[
        plural(index.papers[i] ?? 0, "paper", "papers"),
        plural(index.newAuthors[i] ?? 0, "new author", "new authors"),
        plural(index.newPairs[i] ?? 0, "new collaboration", "new collaborations"),
      ].join(" · ")}`;
      const range = frameRange(frame);
      const draw = () => frame && index && chart.update(index, frame.year, range.from);
      // Just shown: measure the chart once it has a width.
      if (opened) requestAnimationFrame(draw);
      else draw();
    },
  };
}
