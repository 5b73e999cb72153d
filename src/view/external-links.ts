// Links out (DOI, dblp, OpenAlex, PubMed, Scopus, ORCID) as anchors opening in a new tab.
import type { ExternalLink } from "../model/links.ts";
import { h } from "./dom.ts";
import "./external-links.css";

/**
 * A row of anchors, `target=_blank rel="noopener noreferrer"`; null when there are none. The
 * hrefs come from model/links.ts, built from validated identifiers (https only); checked again
 * here so that nothing but an `https:` URL ever becomes an href.
 */
export function externalLinks(links: readonly ExternalLink[], label: string): HTMLElement | null {
  const safe = links.filter((l) => l.href.startsWith("https://"));
  if (safe.length === 0) return null;
  return h(
    "div",
    { class: "external-links", attrs: { role: "group", "aria-label": label } },
    ...safe.map((l) =>
      h(
        "a",
        {
          class: "external-link",
          attrs: {
            href: l.href,
            target: "_blank",
            rel: "noopener noreferrer",
            title: `${l.title} (opens in a new tab)`,
          },
        },
        l.label,
      ),
    ),
  );
}
