// Browser download glue: hands a text or a blob to the user as a file.

/** MIME types of the exports. */
export const EXPORT_MIME = {
  svg: "image/svg+xml;charset=utf-8",
  png: "image/png",
  gexf: "application/gexf+xml;charset=utf-8",
  graphml: "application/graphml+xml;charset=utf-8",
  json: "application/json;charset=utf-8",
  csv: "text/csv;charset=utf-8",
  pdf: "application/pdf",
} as const;

/** Saves `content` as `fileName` through a temporary `<a download>` element. */
export function downloadFile(
  doc: Document,
  content: Blob | string,
  fileName: string,
  type = "",
): void {
  const view = doc.defaultView;
  if (!view) throw new Error("coauthor-atlas/export: the document has no window to download from");
  const blob = typeof content === "string" ? new view.Blob([content], { type }) : content;
  const url = view.URL.createObjectURL(blob);
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a tick later is enough.
  view.setTimeout(() => view.URL.revokeObjectURL(url), 1000);
}
