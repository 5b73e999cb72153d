// The map control choosing the community detection (Louvain, Leiden with a resolution, the file's clusters).
import type { CommunityMethod } from "../metrics/community-method.ts";
import { h } from "./dom.ts";

/** What the control asks the pipeline for (MetricsOptions.communities and resolution). */
export interface CommunityChoice {
  communities: CommunityMethod;
  resolution: number;
}

export const DEFAULT_COMMUNITY_CHOICE: CommunityChoice = { communities: "auto", resolution: 1 };

const METHODS: [CommunityMethod, string][] = [
  ["auto", "Communities: auto"],
  ["louvain", "Louvain"],
  ["leiden", "Leiden"],
  ["file", "File clusters"],
];

/**
 * A method select and a resolution field; `onChange` gets the new choice (the caller runs the
 * analysis again). `auto` is the file's clusters when every author has one, else Louvain.
 */
export function communityControl(
  initial: CommunityChoice,
  onChange: (choice: CommunityChoice) => void,
): HTMLElement {
  let choice = { ...initial };
  const method = h(
    "select",
    { attrs: { "aria-label": "Community detection", title: "Community detection" } },
    ...METHODS.map(([value, label]) =>
      h("option", { props: { value, selected: value === choice.communities } }, label),
    ),
  );
  const resolution = h("input", {
    attrs: {
      type: "number",
      min: 0,
      max: 10,
      step: 0.1,
      "aria-label": "Resolution",
      title: "Resolution γ of Louvain and Leiden: higher gives smaller communities",
    },
    props: { value: String(choice.resolution) },
  });
  resolution.style.width = "4.2em";
  const changed = () => {
    const r = Number(resolution.value);
    choice = {
      communities: method.value as CommunityMethod,
      resolution: Number.isFinite(r) && r >= 0 ? r : choice.resolution,
    };
    onChange(choice);
  };
  method.addEventListener("change", changed);
  resolution.addEventListener("change", changed);
  return h("div", { class: "community-control" }, method, resolution);
}
