// Text from a file made safe to print: one line, no raw control characters, bounded length.

/**
 * Characters that must never reach a terminal raw: C0 controls (ESC included), DEL, C1 controls,
 * the Unicode line and paragraph separators and the bidirectional overrides and isolates (which
 * can make a line read as something else).
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/** `\n`, `\t`, `\x1B`: a visible stand-in for one unprintable character. */
function visible(ch: string): string {
  if (ch === "\n") return "\\n";
  if (ch === "\r") return "\\r";
  if (ch === "\t") return " ";
  const code = ch.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`
    : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * Makes text from a file printable on one terminal line: control characters (line feeds from
 * JSON snippets and XML, ESC sequences, NUL) become visible escapes (`\n`, `\x1B`), tabs spaces.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, visible);
}

/** Longest warning message kept; longer ones are cut with an ellipsis (a 100 MB title stays out). */
export const MAX_MESSAGE_LENGTH = 1000;

/** A warning message as every warning list holds it: {@link printable}, at most {@link MAX_MESSAGE_LENGTH} characters. */
export function cleanMessage(message: string): string {
  const cut =
    message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH)}…` : message;
  return printable(cut);
}
