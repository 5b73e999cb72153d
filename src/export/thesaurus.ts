// The user's merge decisions as a VOSviewer thesaurus file (`label<TAB>replace by`).
import type { MergeDecision } from "../parse/merge-suggestions.ts";

export interface ThesaurusExportOptions {
  /** Line ending (VOSviewer reads both; Windows users expect CRLF). */
  newline: "\n" | "\r\n";
}

export const DEFAULT_THESAURUS_EXPORT_OPTIONS: ThesaurusExportOptions = { newline: "\r\n" };

/** A name made safe for one thesaurus cell: tabs, line breaks and control characters become spaces. */
function cell(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").trim();
}

/**
 * Serializes accepted merge decisions as a VOSviewer thesaurus: the `label<TAB>replace by`
 * header, then one line per merged author, `merged name<TAB>name kept`. Chained decisions
 * (`c` into `b`, `b` into `a`) point straight at the final survivor, since VOSviewer replaces
 * once; `dropped` names get an empty replacement (VOSviewer then leaves them out). The label is
 * the merged author's name when the decision was taken (`mergeName`, else `nameOf`), the
 * replacement the survivor's current name (`nameOf`, else `keepName`). VOSviewer labels are names:
 * two people shown with one name share a line. Lines are unique, in decision order.
 */
export function thesaurusText(
  decisions: readonly MergeDecision[],
  nameOf: (authorId: string) => string | undefined = () => undefined,
  dropped: readonly string[] = [],
  options: Partial<ThesaurusExportOptions> = {},
): string {
  const { newline } = { ...DEFAULT_THESAURUS_EXPORT_OPTIONS, ...options };
  const parent = new Map<string, string>();
  const names = new Map<string, string>();
  for (const d of decisions) {
    if (d.keepName !== undefined && !names.has(d.keep)) names.set(d.keep, d.keepName);
    if (d.mergeName !== undefined && !names.has(d.merge)) names.set(d.merge, d.mergeName);
  }
  const find = (id: string): string => {
    let root = id;
    const seen = new Set<string>();
    while (parent.has(root) && !seen.has(root)) {
      seen.add(root);
      root = parent.get(root) as string;
    }
    return root;
  };
  for (const d of decisions) {
    const keep = find(d.keep);
    if (keep !== find(d.merge)) parent.set(find(d.merge), keep);
  }
  const name = (id: string): string => cell(nameOf(id) ?? names.get(id) ?? id);
  const lines = ["label\treplace by"];
  const seen = new Set<string>();
  const push = (line: string): void => {
    if (!seen.has(line)) lines.push(line);
    seen.add(line);
  };
  for (const d of decisions) {
    const label = cell(d.mergeName ?? nameOf(d.merge) ?? d.merge);
    const target = name(find(d.merge));
    if (label !== "" && label !== target) push(`${label}\t${target}`);
  }
  for (const n of dropped) if (cell(n) !== "") push(`${cell(n)}\t`);
  return lines.join(newline) + newline;
}
