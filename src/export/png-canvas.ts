// Browser PNG glue: draws an export SVG onto a canvas at 1×–4×, so the PNG is the SVG's picture.

/**
 * Rasterizes an SVG document (width × height in CSS pixels) to a PNG blob of
 * `round(width × scale) × round(height × scale)` pixels. The SVG is loaded as an image from a blob
 * URL (same origin, so the canvas stays readable) and drawn at the target size, not upscaled.
 */
export async function svgToPngBlob(
  doc: Document,
  svg: string,
  size: { width: number; height: number },
  scale: number,
): Promise<Blob> {
  const view = doc.defaultView;
  if (!view) throw new Error("coauthor-atlas/export: the document has no window to draw a PNG in");
  const url = view.URL.createObjectURL(new view.Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = doc.createElement("img");
    image.width = size.width;
    image.height = size.height;
    image.src = url;
    await image.decode();
    const canvas = doc.createElement("canvas");
    canvas.width = Math.round(size.width * scale);
    canvas.height = Math.round(size.height * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("coauthor-atlas/export: no 2D canvas context for the PNG");
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) =>
          blob ? resolve(blob) : reject(new Error("coauthor-atlas/export: PNG encoding failed")),
        "image/png",
      ),
    );
  } finally {
    view.URL.revokeObjectURL(url);
  }
}
