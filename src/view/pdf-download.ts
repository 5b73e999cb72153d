// The explorer's PDF export: the export SVG with DejaVu Sans named first, converted by jsPDF + svg2pdf.js.
import bold from "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url";
import regular from "dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url";
import { downloadFile } from "../export/download.ts";
import { svgExport, type ExportInput, type ImageSettings } from "../export/export-actions.ts";
import { exportFileName } from "../export/file-name.ts";
import { PDF_FONT_FAMILY, svgToPdfBlob, type PdfFonts } from "../export/pdf-browser.ts";
import { SCENE_STYLE } from "../scene/style.ts";

let fonts: Promise<PdfFonts> | null = null;

/** The fonts, fetched on the first PDF export only (they are 1.4 MB together). */
function loadFonts(): Promise<PdfFonts> {
  const get = (url: string) =>
    fetch(url).then((r) => {
      if (!r.ok) throw new Error(`coauthor-atlas/view: could not load the PDF font (${r.status})`);
      return r.arrayBuffer();
    });
  fonts ??= Promise.all([get(regular), get(bold)]).then(([r, b]) => ({ regular: r, bold: b }));
  fonts.catch(() => (fonts = null));
  return fonts;
}

/** Exports the current view as a `width` × `height` mm PDF; returns the file name. */
export async function pdfDownload(
  doc: Document,
  input: ExportInput,
  settings: ImageSettings,
  width: number,
  height: number,
): Promise<string> {
  const svg = svgExport(input, settings, {
    fontFamily: `"${PDF_FONT_FAMILY}", ${SCENE_STYLE.fontFamily}`,
  });
  const parser = new DOMParser();
  const blob = await svgToPdfBlob(
    svg.content,
    (text) => parser.parseFromString(text, "image/svg+xml").documentElement,
    await loadFonts(),
    { widthMm: width, heightMm: height, title: `Coauthor map of ${input.dataset}` },
  );
  const fileName = exportFileName(input.dataset, input.date, "pdf", `${width}x${height}mm`);
  downloadFile(doc, blob, fileName);
  return fileName;
}
