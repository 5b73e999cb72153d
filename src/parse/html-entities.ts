// Named character entities that XML files from dblp and graph tools use without declaring them.

/**
 * The HTML 4 / ISO 8879 Latin-1 entity names, in code point order from U+00A0 (`nbsp`) to U+00FF
 * (`yuml`). dblp.xml declares exactly these in its dblp.dtd, which is usually not shipped with the
 * file, so an XML parser would otherwise reject `&uuml;` as undefined.
 */
const LATIN1_NAMES = (
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr " +
  "deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest " +
  "Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml " +
  "ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig " +
  "agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml " +
  "eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml"
).split(" ");

/** A few HTML entities beyond Latin-1 that exported titles and labels commonly carry. */
const EXTRA: Record<string, string> = {
  OElig: "Œ",
  oelig: "œ",
  Scaron: "Š",
  scaron: "š",
  Yuml: "Ÿ",
  fnof: "ƒ",
  circ: "ˆ",
  tilde: "˜",
  ndash: "–",
  mdash: "—",
  lsquo: "‘",
  rsquo: "’",
  sbquo: "‚",
  ldquo: "“",
  rdquo: "”",
  bdquo: "„",
  dagger: "†",
  Dagger: "‡",
  bull: "•",
  hellip: "…",
  permil: "‰",
  prime: "′",
  Prime: "″",
  lsaquo: "‹",
  rsaquo: "›",
  euro: "€",
  trade: "™",
  minus: "−",
  thinsp: "\u2009",
  ensp: "\u2002",
  emsp: "\u2003",
  zwnj: "\u200C",
  zwj: "\u200D",
};

/** Entity name → replacement text (without the XML five, which every XML parser knows). */
export const HTML_ENTITIES: Readonly<Record<string, string>> = Object.freeze({
  ...Object.fromEntries(LATIN1_NAMES.map((name, i) => [name, String.fromCharCode(0xa0 + i)])),
  ...EXTRA,
});

const XML_FIVE: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * Replaces character references in `text`: the XML five, the names in {@link HTML_ENTITIES}, and
 * numeric `&#233;` / `&#xE9;`. Unknown names are left as they are.
 */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]*);/g, (whole, ref) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return XML_FIVE[ref] ?? HTML_ENTITIES[ref] ?? whole;
  });
}
