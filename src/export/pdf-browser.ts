// Browser PDF glue: the export SVG drawn as vector PDF by jsPDF + svg2pdf.js (they need a DOM).
import { jsPDF } from "jspdf";
import { svg2pdf } from "svg2pdf.js";
import { EXPORT_MIME } from "./download.ts";
import { pdfPlacement, svgForPdf, svgSize, type PdfPageOptions } from "./pdf-page.ts";

/** TrueType files to embed (DejaVu Sans), so that every letter of every name prints. */
export interface PdfFonts {
  regular: ArrayBuffer;
  bold: ArrayBuffer;
}

/** The family the PDF's text is set in; the SVG handed to {@link svgToPdfBlob} should name it first. */
export const PDF_FONT_FAMILY = "DejaVu Sans";

function binaryString(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let out = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

/**
 * One PDF page of the given size (mm) holding the SVG fitted inside the margins, text as text in
 * the embedded fonts. `parse` turns the SVG text into an element (DOMParser in the page).
 */
export async function svgToPdfBlob(
  svg: string,
  parse: (svg: string) => Element,
  fonts: PdfFonts,
  options: Partial<PdfPageOptions> = {},
): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const place = pdfPlacement(width, height, options);
  const doc = new jsPDF({
    unit: "pt",
    format: [place.pageWidth, place.pageHeight],
    orientation: place.pageWidth >= place.pageHeight ? "landscape" : "portrait",
    compress: true,
  });
  doc.addFileToVFS("DejaVuSans.ttf", binaryString(fonts.regular));
  doc.addFont("DejaVuSans.ttf", PDF_FONT_FAMILY, "normal");
  doc.addFileToVFS("DejaVuSans-Bold.ttf", binaryString(fonts.bold));
  doc.addFont("DejaVuSans-Bold.ttf", PDF_FONT_FAMILY, "bold");
  doc.setProperties({
    title: options.title ?? "Coauthor map",
    ...(options.subject && { subject: options.subject }),
    creator: "Coauthor Atlas",
  });
  await svg2pdf(parse(svgForPdf(svg)), doc, {
    x: place.x,
    y: place.y,
    width: place.width,
    height: place.height,
  });
  return new Blob([doc.output("arraybuffer")], { type: EXPORT_MIME.pdf });
}
