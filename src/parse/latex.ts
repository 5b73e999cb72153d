// LaTeX → readable Unicode text: accents, special letters, escapes, dashes, simple math, commands.

/** Combining mark for each accent command (`\'e`, `\c{c}`, …). */
const ACCENTS: Record<string, string> = {
  "'": "\u0301",
  "`": "\u0300",
  "^": "\u0302",
  '"': "\u0308",
  "~": "\u0303",
  "=": "\u0304",
  ".": "\u0307",
  u: "\u0306",
  v: "\u030C",
  H: "\u030B",
  c: "\u0327",
  k: "\u0328",
  r: "\u030A",
  d: "\u0323",
  b: "\u0331",
  t: "\u0361",
};

/** Letter commands that stand inside words (`Stra\ss e`): TeX swallows the space after them. */
const LETTERS: Record<string, string> = {
  ss: "ß",
  SS: "SS",
  o: "ø",
  O: "Ø",
  l: "ł",
  L: "Ł",
  aa: "å",
  AA: "Å",
  ae: "æ",
  AE: "Æ",
  oe: "œ",
  OE: "Œ",
  i: "ı",
  j: "ȷ",
  dh: "ð",
  DH: "Ð",
  th: "þ",
  TH: "Þ",
  ng: "ŋ",
  NG: "Ŋ",
  dj: "đ",
  DJ: "Đ",
};

/** Symbol commands, in text or math. */
const SYMBOLS: Record<string, string> = {
  alpha: "α",
  beta: "β",
  gamma: "γ",
  delta: "δ",
  epsilon: "ϵ",
  varepsilon: "ε",
  zeta: "ζ",
  eta: "η",
  theta: "θ",
  vartheta: "ϑ",
  iota: "ι",
  kappa: "κ",
  lambda: "λ",
  mu: "μ",
  nu: "ν",
  xi: "ξ",
  pi: "π",
  varpi: "ϖ",
  rho: "ρ",
  varrho: "ϱ",
  sigma: "σ",
  varsigma: "ς",
  tau: "τ",
  upsilon: "υ",
  phi: "ϕ",
  varphi: "φ",
  chi: "χ",
  psi: "ψ",
  omega: "ω",
  Gamma: "Γ",
  Delta: "Δ",
  Theta: "Θ",
  Lambda: "Λ",
  Xi: "Ξ",
  Pi: "Π",
  Sigma: "Σ",
  Upsilon: "Υ",
  Phi: "Φ",
  Psi: "Ψ",
  Omega: "Ω",
  times: "×",
  cdot: "·",
  cdots: "⋯",
  ldots: "…",
  dots: "…",
  textellipsis: "…",
  pm: "±",
  mp: "∓",
  leq: "≤",
  le: "≤",
  geq: "≥",
  ge: "≥",
  neq: "≠",
  ne: "≠",
  approx: "≈",
  sim: "∼",
  equiv: "≡",
  infty: "∞",
  to: "→",
  rightarrow: "→",
  leftarrow: "←",
  Rightarrow: "⇒",
  leftrightarrow: "↔",
  in: "∈",
  notin: "∉",
  subset: "⊂",
  subseteq: "⊆",
  cup: "∪",
  cap: "∩",
  forall: "∀",
  exists: "∃",
  partial: "∂",
  nabla: "∇",
  sum: "∑",
  prod: "∏",
  int: "∫",
  ell: "ℓ",
  emptyset: "∅",
  star: "⋆",
  ast: "∗",
  circ: "∘",
  deg: "°",
  textdegree: "°",
  prime: "′",
  copyright: "©",
  textcopyright: "©",
  textregistered: "®",
  texttrademark: "™",
  S: "§",
  P: "¶",
  dag: "†",
  ddag: "‡",
  pounds: "£",
  euro: "€",
  texteuro: "€",
  textendash: "–",
  textemdash: "—",
  textquoteleft: "‘",
  textquoteright: "’",
  textquotedblleft: "“",
  textquotedblright: "”",
  textasciitilde: "~",
  textasciicircum: "^",
  textunderscore: "_",
  textbar: "|",
  textless: "<",
  textgreater: ">",
  textbullet: "•",
  guillemotleft: "«",
  guillemotright: "»",
  quad: " ",
  qquad: " ",
  LaTeX: "LaTeX",
  TeX: "TeX",
  BibTeX: "BibTeX",
};

/** Math operator names printed as words (`$O(n\log n)$` → `O(n log n)`). */
const OPERATORS = new Set([
  "log",
  "ln",
  "lg",
  "exp",
  "sin",
  "cos",
  "tan",
  "max",
  "min",
  "arg",
  "argmax",
  "argmin",
  "det",
  "lim",
  "sup",
  "inf",
  "gcd",
  "Pr",
  "dim",
  "ker",
  "mod",
  "poly",
]);

/** Commands whose (first) argument is not text and is dropped. */
const DROP_ARGUMENT = new Set([
  "noopsort",
  "label",
  "index",
  "cite",
  "citep",
  "citet",
  "ref",
  "eqref",
  "hspace",
  "vspace",
  "footnote",
  "thanks",
  "nocite",
  "pagebreak",
]);

/** Commands whose argument is copied verbatim (no `~`, `--` or escape processing). */
const VERBATIM_ARGUMENT = new Set(["url", "path", "doi"]);

/** Commands whose argument is text even inside math. */
const TEXT_ARGUMENT = new Set(["text", "textrm", "mbox", "hbox", "textnormal", "operatorname"]);

const SUPERSCRIPTS: Record<string, string> = {
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
  "+": "⁺",
  "-": "⁻",
  "−": "⁻",
  "=": "⁼",
  "(": "⁽",
  ")": "⁾",
  n: "ⁿ",
  i: "ⁱ",
};

const SUBSCRIPTS: Record<string, string> = {
  "0": "₀",
  "1": "₁",
  "2": "₂",
  "3": "₃",
  "4": "₄",
  "5": "₅",
  "6": "₆",
  "7": "₇",
  "8": "₈",
  "9": "₉",
  "+": "₊",
  "-": "₋",
  "−": "₋",
  "=": "₌",
  "(": "₍",
  ")": "₎",
};

const isLetter = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

/** Maps every character through `table`, or returns null when one has no entry. */
function mapAll(text: string, table: Record<string, string>): string | null {
  let out = "";
  for (const ch of text) {
    const mapped = table[ch];
    if (mapped === undefined) return null;
    out += mapped;
  }
  return out;
}

/** Puts an accent on the first character of `base` (dotless ı/ȷ get their dot back first). */
function applyAccent(mark: string, base: string): string {
  if (base === "") return mark === "\u0301" ? "´" : mark;
  const chars = Array.from(base);
  let first = chars[0];
  if (first === "ı") first = "i";
  else if (first === "ȷ") first = "j";
  // The tie accent (\t{oo}) lands between the two letters: o͡o.
  chars[0] = (first + mark).normalize("NFC");
  return chars.join("");
}

type Until = "end" | "}" | "$" | "$$" | "]";

/**
 * Nesting the reader follows (groups, arguments, accents on accents) before it gives up on a
 * string: hostile input nests thousands deep (`{{{…`, `\'\'\'…`, `\textbf{\textbf{…`), which
 * would overflow the stack; real text nests a few levels.
 */
export const MAX_LATEX_DEPTH = 200;

/** Thrown inside the reader when {@link MAX_LATEX_DEPTH} is passed; caught by decodeLatex. */
class TooDeep extends Error {}

/** A small recursive-descent reader over one LaTeX string, its depth capped. */
class LatexReader {
  private i = 0;
  private depth = 0;
  constructor(private readonly s: string) {}

  /** Runs one nested step, counting its depth. */
  private nested<T>(step: () => T): T {
    if (++this.depth > MAX_LATEX_DEPTH) throw new TooDeep();
    try {
      return step();
    } finally {
      this.depth--;
    }
  }

  /** Reads until `until` (consumed) or the end of input. */
  sequence(math: boolean, until: Until): string {
    return this.nested(() => this.sequenceAt(math, until));
  }

  private sequenceAt(math: boolean, until: Until): string {
    const s = this.s;
    let out = "";
    while (this.i < s.length) {
      const c = s[this.i];
      if (until === "}" && c === "}") {
        this.i++;
        return out;
      }
      if (until === "]" && c === "]") {
        this.i++;
        return out;
      }
      if (until === "$$" && s.startsWith("$$", this.i)) {
        this.i += 2;
        return out;
      }
      if (until === "$" && c === "$") {
        this.i++;
        return out;
      }
      if (c === "{") {
        this.i++;
        out += this.sequence(math, "}");
      } else if (c === "}") {
        this.i++; // stray closing brace
      } else if (c === "\\") {
        out += this.command(math, out);
      } else if (c === "$" && !math) {
        out += this.mathSpan();
      } else if (math && (c === "^" || c === "_")) {
        this.i++;
        const arg = this.argument(true).trim();
        const table = c === "^" ? SUPERSCRIPTS : SUBSCRIPTS;
        const mapped = arg === "" ? "" : mapAll(arg, table);
        out += mapped ?? (Array.from(arg).length === 1 ? `${c}${arg}` : `${c}(${arg})`);
      } else if (c === "~") {
        this.i++;
        out += " ";
      } else if (c === "-" && !math && s.startsWith("---", this.i)) {
        this.i += 3;
        out += "—";
      } else if (c === "-" && !math && s.startsWith("--", this.i)) {
        this.i += 2;
        out += "–";
      } else if (c === "`" && !math && s.startsWith("``", this.i)) {
        this.i += 2;
        out += "“";
      } else if (c === "'" && !math && s.startsWith("''", this.i)) {
        this.i += 2;
        out += "”";
      } else {
        const cp = s.codePointAt(this.i) ?? 0;
        const ch = String.fromCodePoint(cp);
        this.i += ch.length;
        out += ch;
      }
    }
    return out;
  }

  /** At a `$`: reads inline or display math, or keeps a lone `$` that never closes. */
  private mathSpan(): string {
    const s = this.s;
    const display = s.startsWith("$$", this.i);
    const open = display ? 2 : 1;
    let j = this.i + open;
    let closed = false;
    while (j < s.length) {
      if (s[j] === "\\") j += 2;
      else if (s[j] === "$") {
        closed = true;
        break;
      } else j++;
    }
    if (!closed) {
      this.i += open;
      return display ? "$$" : "$";
    }
    this.i += open;
    return this.sequence(true, display ? "$$" : "$");
  }

  /** One macro argument: a `{group}`, a command, or one character. Leading spaces are skipped. */
  private argument(math: boolean): string {
    return this.nested(() => this.argumentAt(math));
  }

  private argumentAt(math: boolean): string {
    this.skipSpaces();
    const s = this.s;
    if (this.i >= s.length) return "";
    const c = s[this.i];
    if (c === "{") {
      this.i++;
      return this.sequence(math, "}");
    }
    if (c === "\\") return this.command(math, "");
    if (c === "}") return "";
    const ch = String.fromCodePoint(s.codePointAt(this.i) ?? 0);
    this.i += ch.length;
    return ch;
  }

  /** A `{group}` copied verbatim (balanced braces, no decoding). */
  private verbatimGroup(): string {
    this.skipSpaces();
    if (this.s[this.i] !== "{") return "";
    let depth = 0;
    const start = this.i + 1;
    for (; this.i < this.s.length; this.i++) {
      const c = this.s[this.i];
      if (c === "{") depth++;
      else if (c === "}" && --depth === 0) {
        this.i++;
        return this.s.slice(start, this.i - 1).replace(/[{}]/g, "");
      }
    }
    return this.s.slice(start).replace(/[{}]/g, "");
  }

  private skipSpaces(): void {
    while (isSpace(this.s[this.i])) this.i++;
  }

  /** Consumes an empty `{}` that terminates a command (`\ss{}`, `\LaTeX{}`). */
  private skipEmptyGroup(): boolean {
    if (this.s.startsWith("{}", this.i)) {
      this.i += 2;
      return true;
    }
    return false;
  }

  /** Skips whitespace and reports whether a `{` argument follows. */
  private groupFollows(): boolean {
    let j = this.i;
    while (isSpace(this.s[j])) j++;
    return this.s[j] === "{";
  }

  /** At a backslash: decodes one control symbol or control word. */
  private command(math: boolean, before: string): string {
    const s = this.s;
    this.i++; // backslash
    if (this.i >= s.length) return "";
    const c = s[this.i];
    if (!isLetter(c)) {
      this.i++;
      if (Object.hasOwn(ACCENTS, c)) return applyAccent(ACCENTS[c], this.argument(math));
      if ("&%_$#{}".includes(c)) return c;
      if (c === "\\" || c === "," || c === ";" || c === ":" || c === " " || isSpace(c)) return " ";
      if (c === "!" || c === "-" || c === "/" || c === "@") return "";
      return c;
    }
    let j = this.i;
    while (isLetter(s[j])) j++;
    const name = s.slice(this.i, j);
    this.i = j;

    if (Object.hasOwn(ACCENTS, name) && name.length === 1) {
      return applyAccent(ACCENTS[name], this.argument(math));
    }
    if (Object.hasOwn(LETTERS, name)) {
      if (!this.skipEmptyGroup()) this.skipSpaces();
      return LETTERS[name];
    }
    if (Object.hasOwn(SYMBOLS, name)) {
      this.skipEmptyGroup();
      return SYMBOLS[name];
    }
    if (OPERATORS.has(name)) {
      return (/[\p{L}\p{N}]$/u.test(before) ? " " : "") + name;
    }
    if (VERBATIM_ARGUMENT.has(name)) return this.verbatimGroup();
    if (name === "href") {
      this.verbatimGroup();
      return this.argument(false);
    }
    if (name === "frac" || name === "tfrac" || name === "dfrac") {
      const num = this.argument(math);
      const den = this.argument(math);
      return `${num}/${den}`;
    }
    if (name === "sqrt") return `√${this.argument(math)}`;
    if (name === "ensuremath") return this.argument(true);
    if (name === "textsuperscript" || name === "textsubscript") {
      const arg = this.argument(false);
      const sign = name === "textsuperscript" ? "^" : "_";
      const mapped = mapAll(arg, sign === "^" ? SUPERSCRIPTS : SUBSCRIPTS);
      return mapped ?? arg;
    }
    if (TEXT_ARGUMENT.has(name)) return this.argument(false);
    if (s[this.i] === "[") {
      // Optional argument of an unknown command, e.g. \cite[p.~3]{key}: dropped.
      this.i++;
      this.sequence(math, "]");
    }
    if (DROP_ARGUMENT.has(name)) {
      if (this.groupFollows()) this.argument(math);
      else this.skipSpaces();
      return "";
    }
    if (this.groupFollows()) return this.argument(math); // \textbf{x}, \emph{x}, \mathrm{x}, …
    // A declaration such as {\em …} or \bf, or an unknown command: nothing to print.
    this.skipSpaces();
    return "";
  }
}

/**
 * Decodes LaTeX markup to readable Unicode text (NFC). Handles accent commands in every bracing
 * (`{\"u}`, `\"u`, `\"{u}`, `{\c C}`, `{\'\i}`), special letters (`\ss`, `\o`, `\l`, `\aa`, `\ae`),
 * escapes (`\&`, `\%`, `\_`, `\$`), dashes (`--` → –, `---` → —), `~` → space, formatting
 * commands (`\textbf{x}` → `x`, `{\em x}` → `x`), and simple math (`$H^3$` → `H³`, `$\alpha$` → `α`;
 * superscripts without a Unicode form stay as `^x`). Braces are removed; whitespace is collapsed
 * and trimmed. Escaped braces (`\{`) are kept as literal braces; name decoding removes them.
 */
export function decodeLatex(text: string): string {
  // Plain text (no command, brace, math, tie, dash or quote ligature) decodes to itself.
  if (!LATEX_MARKUP.test(text)) return tidy(text);
  try {
    return tidy(new LatexReader(text).sequence(false, "end"));
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    tooDeep++;
    return tidy(flatten(text));
  }
}

/** Strings that nested deeper than {@link MAX_LATEX_DEPTH} since the last call. */
let tooDeep = 0;

/**
 * How many strings {@link decodeLatex} found nested deeper than {@link MAX_LATEX_DEPTH} since the
 * last call (which resets the count). Such a string is not decoded but flattened: commands,
 * braces and `$` removed. A parser calls this after each record to warn about it.
 */
export function takeLatexTooDeep(): number {
  const count = tooDeep;
  tooDeep = 0;
  return count;
}

/** The flat reading of a string too deep to decode: commands, braces and `$` removed (linear). */
function flatten(text: string): string {
  return text.replace(/\\[A-Za-z]+\s*|\\[^A-Za-z]|[{}$]/g, "");
}

/** Inline math (`$i$`, `$^2$`) or a LaTeX command (`\\emph{`, `\\ell`): text that is LaTeX. */
const CLEAR_LATEX = /\$[^$\n]+\$|\\[A-Za-z]+/;

/**
 * Decodes text from a source that is not LaTeX (JSON, CSV) when it clearly holds LaTeX anyway
 * (inline math or a command: `$i$-Mix`, `VA-RED$^2$`, `\\emph{detect}`, as OpenReview titles and
 * abstracts do); other text is returned as it is, so a `~`, `--` or `{` stays what it was.
 */
export function decodeLatexMarkup(text: string): string {
  return CLEAR_LATEX.test(text) ? decodeLatex(text) : text;
}

/** What the reader would change; a lone `-`, `'` or `` ` `` is copied as it is. */
const LATEX_MARKUP = /[\\{}$~]|--|``|''/;

/** Whitespace runs as one space, trimmed, NFC; the common already-tidy ASCII text as it is. */
function tidy(text: string): string {
  const collapsed = /\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, " ") : text;
  const trimmed = collapsed.trim();
  return /^[ -~]*$/.test(trimmed) ? trimmed : trimmed.normalize("NFC");
}
