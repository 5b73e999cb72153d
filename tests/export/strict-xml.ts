// Test helper: check well-formedness with saxes (a conformant XML 1.0 parser), then parse to a DOM with xmldom.
import { DOMParser } from "@xmldom/xmldom";
import { SaxesParser } from "saxes";

/** Throws on the first well-formedness or namespace error in `text`. */
export function assertWellFormedXml(text: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(text).close();
}

/** Parses `text` as XML after {@link assertWellFormedXml} (xmldom alone repairs many errors). */
export function parseStrictXml(text: string): Document {
  assertWellFormedXml(text);
  return new DOMParser().parseFromString(text, "application/xml") as unknown as Document;
}
