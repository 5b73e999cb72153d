// XML text escaping shared by the SVG, GEXF and GraphML serializers: every string from a file goes through here.

/**
 * Characters XML 1.0 forbids even as references: C0 controls other than tab/LF/CR, U+FFFE/U+FFFF
 * and unpaired surrogates.
 */
const INVALID_XML_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // Attribute-value normalization would turn these into spaces; references keep them.
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** Removes the characters XML 1.0 cannot carry at all. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, "");
}

/**
 * Escapes a string for XML text or a quoted attribute value: `& < > " '` become entities, tab, LF
 * and CR become character references, and characters XML cannot carry are removed.
 */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]);
}

/** Formats a number for XML output: finite, at most `digits` decimals, no trailing zeros. */
export function formatNumber(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return "0";
  const rounded = Number(value.toFixed(digits));
  return Object.is(rounded, -0) ? "0" : String(rounded);
}
