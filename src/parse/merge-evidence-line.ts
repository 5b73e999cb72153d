// One line saying why two authors may be one person, shared by the explorer's list and the CLI.
import type { MergeSuggestion } from "./merge-suggestions.ts";

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * The evidence of a suggestion in one line, in this order: how the names agree (the reason),
 * shared coauthors (`no shared coauthors` when none), shared venues, papers met in two versions
 * with the two at the same byline place, papers listing both (against), and how many other
 * authors either name also fits (ambiguity). Example: `initials match the full given name,
 * 3 shared coauthors, 2 shared venues, name also fits 1 other author`.
 */
export function evidenceLine(suggestion: MergeSuggestion): string {
  const e = suggestion.evidence;
  const parts = [e.reason];
  parts.push(
    e.sharedCoauthors.length === 0
      ? "no shared coauthors"
      : count(e.sharedCoauthors.length, "shared coauthor", "shared coauthors"),
  );
  if (e.sharedVenues.length > 0)
    parts.push(count(e.sharedVenues.length, "shared venue", "shared venues"));
  if (e.samePapers.length > 0)
    parts.push(`same byline place in ${count(e.samePapers.length, "paper", "papers")}`);
  if (e.coPapers.length > 0)
    parts.push(`both on ${count(e.coPapers.length, "paper", "papers")} (against)`);
  if (e.alternatives > 0)
    parts.push(`name also fits ${count(e.alternatives, "other author", "other authors")}`);
  return parts.join(", ");
}
