// The orders of an author's paper list: newest or oldest first, most cited, by title.
import type { Paper } from "../model/types.ts";

export const PAPER_ORDERS = ["newest", "oldest", "cited", "title"] as const;
export type PaperOrder = (typeof PAPER_ORDERS)[number];

export const PAPER_ORDER_LABELS: Record<PaperOrder, string> = {
  newest: "Newest first",
  oldest: "Oldest first",
  cited: "Most cited",
  title: "Title",
};

const titleCollator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

/**
 * `papers` in `order`, as a new array (the input is left alone). Papers without the sorted value
 * (no year, no citation count, no title) go last; ties keep the given order, except that most
 * cited breaks ties newest first.
 */
export function sortPapers<P extends Pick<Paper, "year" | "title" | "citations">>(
  papers: readonly P[],
  order: PaperOrder,
): P[] {
  const index = new Map(papers.map((p, i) => [p, i]));
  const year = (p: P) => (p.year !== undefined && Number.isFinite(p.year) ? p.year : null);
  const missingLast = (a: number | null, b: number | null, desc: boolean) =>
    a === null ? (b === null ? 0 : 1) : b === null ? -1 : desc ? b - a : a - b;
  const compare = (a: P, b: P): number => {
    switch (order) {
      case "newest":
        return missingLast(year(a), year(b), true);
      case "oldest":
        return missingLast(year(a), year(b), false);
      case "cited":
        return (
          missingLast(a.citations ?? null, b.citations ?? null, true) ||
          missingLast(year(a), year(b), true)
        );
      case "title": {
        const ta = a.title.trim();
        const tb = b.title.trim();
        if (!ta || !tb) return ta ? -1 : tb ? 1 : 0;
        return titleCollator.compare(ta, tb);
      }
    }
  };
  return [...papers].sort(
    (a, b) => compare(a, b) || (index.get(a) as number) - (index.get(b) as number),
  );
}

/** The orders that make sense for `papers`: most cited only when some paper has a count. */
export function paperOrdersFor(papers: readonly Pick<Paper, "citations">[]): PaperOrder[] {
  const cited = papers.some((p) => p.citations !== undefined);
  return PAPER_ORDERS.filter((o) => o !== "cited" || cited);
}
