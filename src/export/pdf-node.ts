// Node-only PDF glue: the export SVG drawn as vector PDF by pdfkit + svg-to-pdfkit, for the CLI.
import { createRequire } from "node:module";
import {
  DEFAULT_PDF_PAGE_OPTIONS,
  pdfPlacement,
  svgForPdf,
  svgSize,
  type PdfPageOptions,
} from "./pdf-page.ts";

const require = createRequire(import.meta.url);

export interface NodePdfOptions extends PdfPageOptions {
  /** Compress content streams (off only for tests that read the text operators). */
  compress: boolean;
}

export const DEFAULT_NODE_PDF_OPTIONS: NodePdfOptions = {
  ...DEFAULT_PDF_PAGE_OPTIONS,
  compress: true,
};

/**
 * Writes one PDF page of the given size holding the SVG (the SVG export's document: map, legend,
 * caption) fitted inside the margins. Text stays text, set in the bundled DejaVu Sans (embedded,
 * so every name's letters print), shapes stay vector paths.
 */
export async function svgToPdf(
  svg: string,
  options: Partial<NodePdfOptions> = {},
): Promise<Uint8Array> {
  // Loaded here, not at start-up: pdfkit brings fontkit, brotli and AES tables (~80 ms).
  const [{ default: PDFDocument }, { default: SVGtoPDF }] = await Promise.all([
    import("pdfkit"),
    import("svg-to-pdfkit"),
  ]);
  const o: NodePdfOptions = { ...DEFAULT_NODE_PDF_OPTIONS, ...options };
  const { width, height } = svgSize(svg);
  const place = pdfPlacement(width, height, o);
  const doc = new PDFDocument({
    size: [place.pageWidth, place.pageHeight],
    margin: 0,
    compress: o.compress,
    info: { Title: o.title, ...(o.subject && { Subject: o.subject }), Creator: "Coauthor Atlas" },
  });
  doc.registerFont("DejaVu", require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"));
  doc.registerFont("DejaVu-Bold", require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"));
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  SVGtoPDF(doc, svgForPdf(svg), place.x, place.y, {
    width: place.width,
    height: place.height,
    assumePt: true,
    preserveAspectRatio: "xMidYMid meet",
    fontCallback: (_family, bold) => (bold ? "DejaVu-Bold" : "DejaVu"),
  });
  doc.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}
