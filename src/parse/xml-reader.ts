// Streaming XML for the parsers (saxes): undeclared HTML entities known, errors become warnings.
import { SaxesParser } from "saxes";
import { HTML_ENTITIES } from "./html-entities.ts";
import { stripBom } from "./text-lines.ts";
import type { WarningLog } from "./warning-log.ts";

/** What a format parser does with the XML events; names are local (namespace prefix removed). */
export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>, line: number): void;
  text(text: string): void;
  /**
   * `forced`: the close tag written here names another element, and saxes closed this one while
   * repairing (an unmatched `</autho>` closes every open element); a handler may keep it open.
   */
  close(name: string, line: number, forced: boolean): void;
}

/** saxes errors that only follow from an earlier repair that closed the root element. */
const CONSEQUENCES = /only one root|outside of root/;

/** Local part of a qualified name: `viz:color` → `color`. */
function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Characters that references to the internal DOCTYPE subset's `<!ENTITY>` declarations may add
 * in one document, as XML parsers cap entity expansion: a 60 KB file of references to one long
 * entity would expand into a 100 MB title. Past the cap, references expand to nothing (warned once).
 */
export const MAX_ENTITY_EXPANSION = 1 << 20;

/** Characters of already-written text kept for looking back (close tags, entity references). */
const LOOKBACK = 4096;

/**
 * Streams `text` through saxes and calls `handlers` for each element and text run. Works on a
 * string already decoded (the XML declaration's `encoding` is ignored; a file read with the wrong
 * decoder shows as U+FFFD characters, reported once). Entities: the XML five, numeric references,
 * the HTML Latin-1 set that dblp.dtd declares (the DTD itself is never fetched) and `<!ENTITY>`
 * declarations in the internal DOCTYPE subset. Well-formedness errors do not stop the reading:
 * saxes repairs as it can (an unmatched close tag closes the open elements, reported once, with
 * the errors that only follow from it left out) and each error becomes one warning per line and
 * message, capped by the log under the kind `"xml"`.
 */
export function readXml(text: string, handlers: XmlHandlers, log: WarningLog): void {
  const reader = createXmlReader(handlers, log);
  reader.write(text);
  reader.close();
}

/** {@link readXml} fed in pieces: `write` each piece, then `close`. */
export interface XmlReader {
  write(chunk: string): void;
  close(): void;
}

/**
 * The streaming form of {@link readXml}: saxes reads each piece as it comes, and only the last
 * {@link LOOKBACK} characters are kept to look back at (the close tag as written, an undefined
 * entity's name).
 */
export function createXmlReader(handlers: XmlHandlers, log: WarningLog): XmlReader {
  const parser = new SaxesParser({ position: true });
  Object.assign(parser.ENTITIES, HTML_ENTITIES);
  /** The text around the current position: the end of earlier pieces and the current piece. */
  let window = "";
  /** Offset of `window[0]` in the whole text. */
  let windowStart = 0;
  /** Offset of the end of the text written so far, and the line breaks before it. */
  let writtenChars = 0;
  let linesWritten = 0;
  /** saxes threw (an internal failure, reported once): the rest is not read. */
  let stopped = false;
  let sawReplacement = false;
  let atStart = true;
  const reported = new Set<string>();
  const report = (message: string): void => {
    const key = `${parser.line}\u0000${message}`;
    if (reported.has(key)) return;
    reported.add(key);
    log.add(parser.line, `XML: ${message}`, "xml");
  };
  let repaired = false;
  /** Elements closed by a repair: their own close tags come later and match nothing. */
  const forcedNames = new Set<string>();
  /** Position of the last close tag that closed elements it does not name (reported once). */
  let forcedAt = -1;
  parser.on("error", (error) => {
    const message = error.message.replace(/^\d+:\d+:\s*/, "").replace(/\.$/, "");
    // saxes says "unexpected close tag" for each element a wrong close tag closes: reported once
    // from the closetag handler, which knows both names.
    if (message === "unexpected close tag") return;
    // After a repair closed the root, every later element is "another root", and the close tags
    // of the elements closed by the repair are unmatched: consequences, not new problems.
    if (repaired && CONSEQUENCES.test(message)) return;
    const unmatched = /^unmatched closing tag: (.*)$/.exec(message);
    if (unmatched && (forcedNames.delete(unmatched[1]) || forcedAt === parser.position)) return;
    if (message === "undefined entity") {
      const at = window.lastIndexOf("&", parser.position - windowStart);
      const ref = at < 0 ? "" : window.slice(at, window.indexOf(";", at) + 1);
      report(`undefined entity ${ref.length <= 40 ? ref : ""} kept as text`.replace("  ", " "));
    } else report(message);
  });
  /** Internal entities declared in the DOCTYPE, and the characters their references added. */
  const declared = new Set<string>();
  let expanded = 0;
  parser.on("doctype", (doctype) => {
    for (const m of doctype.matchAll(/<!ENTITY\s+([\w.-]+)\s+(?:"([^"]*)"|'([^']*)')\s*>/g)) {
      parser.ENTITIES[m[1]] = m[2] ?? m[3];
      declared.add(m[1]);
    }
  });
  // saxes resolves each reference through its (private) parseEntity: declared entities are
  // counted there. Pinned saxes 6.0.0 (package.json); tests/hostile/xml-entities.test.ts fails if it changes.
  const hook = parser as unknown as { parseEntity(entity: string): string };
  const parseEntity = hook.parseEntity.bind(parser);
  hook.parseEntity = (entity: string): string => {
    const value = parseEntity(entity);
    if (!declared.has(entity)) return value;
    if (expanded + value.length <= MAX_ENTITY_EXPANSION) {
      expanded += value.length;
      return value;
    }
    if (expanded <= MAX_ENTITY_EXPANSION) {
      expanded = MAX_ENTITY_EXPANSION + 1;
      report(
        `entity expansion passes ${MAX_ENTITY_EXPANSION} characters (as XML parsers cap it); later references to declared entities are left empty`,
      );
    }
    return "";
  };
  parser.on("opentag", (tag) => {
    handlers.open(localName(tag.name), tag.attributes as Record<string, string>, parser.line);
  });
  parser.on("text", handlers.text);
  parser.on("cdata", handlers.text);
  parser.on("closetag", (tag) => {
    // The close tag as written ends just before `position`; a self-closing tag has none.
    const end = parser.position - 1 - windowStart;
    const written = tag.isSelfClosing
      ? tag.name
      : window.slice(window.lastIndexOf("</", end) + 2, end).trim();
    const forced = written !== tag.name;
    if (forced) {
      forcedNames.add(tag.name);
      repaired = true;
      if (forcedAt !== parser.position) report(`</${written}> does not close <${tag.name}>`);
      forcedAt = parser.position;
    }
    handlers.close(localName(tag.name), parser.line, forced);
  });
  const run = (action: () => void): void => {
    if (stopped) return;
    try {
      action();
    } catch (error) {
      // saxes reports through the error handler; anything thrown is an internal failure.
      stopped = true;
      log.add(parser.line, `XML: reading stopped: ${(error as Error).message}`);
    }
  };
  return {
    write(piece) {
      const chunk = atStart ? stripBom(piece) : piece;
      if (piece !== "") atStart = false;
      const bad = sawReplacement ? -1 : chunk.indexOf("\uFFFD");
      if (bad >= 0) {
        sawReplacement = true;
        log.add(
          linesWritten + countLines(chunk, bad) + 1,
          "replacement character U+FFFD: the file was probably decoded with the wrong encoding (check the XML declaration, e.g. ISO-8859-1)",
        );
      }
      const keep = window.slice(-LOOKBACK);
      windowStart = writtenChars - keep.length;
      window = keep + chunk;
      writtenChars += chunk.length;
      linesWritten += countLines(chunk, chunk.length);
      run(() => parser.write(chunk));
    },
    close() {
      run(() => parser.close());
    },
  };
}

/** Line breaks (LF) in `text` before `end`. */
function countLines(text: string, end: number): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) count++;
  return count;
}
