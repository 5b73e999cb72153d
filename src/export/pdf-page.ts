// PDF figure geometry and the SVG the PDF converters read: page in mm, the map fitted, halos split.

/** Points per millimetre (PDF user space is 1/72 inch). */
export const PT_PER_MM = 72 / 25.4;

export interface PdfPageOptions {
  /** Page width and height in millimetres (a paper figure: 180 × 120 fits a two-column width). */
  widthMm: number;
  heightMm: number;
  /** White margin on every side, in millimetres. */
  marginMm: number;
  /** Document title (PDF metadata). */
  title: string;
  /** Document subject, e.g. the caption (PDF metadata). */
  subject?: string;
}

export const DEFAULT_PDF_PAGE_OPTIONS: PdfPageOptions = {
  widthMm: 180,
  heightMm: 120,
  marginMm: 6,
  title: "Coauthor map",
};

/** Where the SVG goes on the page, in points: its box, scaled to fit inside the margins, centred. */
export interface PdfPlacement {
  pageWidth: number;
  pageHeight: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Points per SVG pixel. */
  scale: number;
}

/**
 * Fits an SVG of `svgWidth` × `svgHeight` pixels inside the page's margins, keeping its aspect
 * ratio, centred; throws on a page too small for its margins.
 */
export function pdfPlacement(
  svgWidth: number,
  svgHeight: number,
  options: Partial<PdfPageOptions> = {},
): PdfPlacement {
  const o = { ...DEFAULT_PDF_PAGE_OPTIONS, ...options };
  const pageWidth = o.widthMm * PT_PER_MM;
  const pageHeight = o.heightMm * PT_PER_MM;
  const margin = o.marginMm * PT_PER_MM;
  const boxW = pageWidth - 2 * margin;
  const boxH = pageHeight - 2 * margin;
  if (!(boxW > 0 && boxH > 0 && svgWidth > 0 && svgHeight > 0))
    throw new Error(
      `coauthor-atlas/export: a ${o.widthMm} × ${o.heightMm} mm page with ${o.marginMm} mm margins has no room for the map`,
    );
  const scale = Math.min(boxW / svgWidth, boxH / svgHeight);
  const width = svgWidth * scale;
  const height = svgHeight * scale;
  return {
    pageWidth,
    pageHeight,
    x: (pageWidth - width) / 2,
    y: (pageHeight - height) / 2,
    width,
    height,
    scale,
  };
}

/** Width and height of an SVG document from its root's `width` and `height` attributes. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0))
    throw new Error("coauthor-atlas/export: the SVG has no width and height to size the PDF by");
  return { width, height };
}

/**
 * The export SVG as the PDF converters can draw it. Labels are haloed with `paint-order="stroke"`,
 * which neither svg-to-pdfkit nor svg2pdf.js implements (they would paint the halo over the
 * text): each such group becomes a stroke-only copy (the halo) under a fill-only one.
 */
export function svgForPdf(svg: string): string {
  return svg.replace(
    /<g ([^>]*?)\s*paint-order="stroke"([^>]*)>([\s\S]*?)<\/g>/g,
    (_all, before: string, after: string, body: string) => {
      const attrs = `${before}${after}`.trim();
      const halo = attrs
        .replace(/\s*\bfill="[^"]*"/g, "")
        .replace(/\bclass="([^"]*)"/, 'class="$1-halo"');
      const text = attrs.replace(/\s*\bstroke(?:-[a-z]+)?="[^"]*"/g, "");
      return `<g ${halo} fill="none">${body}</g><g ${text}>${body}</g>`;
    },
  );
}
