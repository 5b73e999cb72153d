// Export file names that say what and when: `coauthors-<dataset>-<date>[-<part>].<ext>`.

/** Lower-case ASCII slug of a dataset name (accents folded, extension dropped); "dataset" when empty. */
export function slugify(name: string): string {
  const slug = name
    .replace(/\.[a-z0-9]{1,8}$/i, "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "dataset";
}

/** `YYYY-MM-DD` of a date in local time. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Builds `coauthors-<dataset>-<YYYY-MM-DD>[-<part>].<ext>`, for example
 * `coauthors-huang-tiansheng-2026-05-01.svg` or `coauthors-huang-tiansheng-2026-05-01-authors.csv`.
 */
export function exportFileName(dataset: string, date: Date, ext: string, part?: string): string {
  const suffix = part ? `-${slugify(part)}` : "";
  return `coauthors-${slugify(dataset)}-${isoDate(date)}${suffix}.${ext}`;
}
