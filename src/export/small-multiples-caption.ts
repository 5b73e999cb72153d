// The caption under small multiples: what the panels are and what is red in them.
import { periodLabel, type Period } from "../graph/timeline.ts";

/** "Coauthor network of X by period: 2000–2004, 2005–2009; … Coauthor Atlas, <date>." */
export function smallMultiplesCaption(
  dataset: string,
  periods: readonly Period[],
  date?: string,
): string {
  const list = periods.map(periodLabel).join(", ");
  return (
    `Coauthor network of ${dataset} by period: ${list}. Each panel shows the authors and ` +
    `collaborations of its period's dated papers, in one layout of the whole network; ` +
    `collaborations first appearing in the period in red. Coauthor Atlas${date ? `, ${date}` : ""}.`
  );
}
