// Is a one-case run of letters (`JOHN` in `SMITH, JOHN`) a given name, or initials run together (`RLPGD`)?

/** Consonant pairs that may start a given name (`CHRIS`, `STEPHEN`, `THOMAS`). */
const ONSETS = new Set(
  "BL BR CH CL CR DR FL FR GL GR KL KR PH PL PR SC SH SK SL SM SN SP ST SW TH TR TW WH WR ZH".split(
    " ",
  ),
);
/** Consonant pairs that may end one (`FRANK`, `JOHN`, `HANS`, `ROBERT`). */
const CODAS = new Set(
  "CK LD LL LT ND NK NN NS NT RD RK RL RN RT SH SS ST TH TT CH LF RG NG RS LS MS TZ NZ RC HN RL RM RY".split(
    " ",
  ),
);
/** Three-letter given names: too short to tell from initials by their shape (`MAD` is initials). */
const SHORT_NAMES = new Set(
  (
    "ANN AMY BEN BOB DAN DON EVA EVE GUY IAN IDA JAN JIM JOE JON KAI KEN KIM LEE LEO LIN LIU MAX " +
    "MEI NED RAY ROB ROY SAM SUE TED TIM TOM UWE VAL WEI YAN ZOE ALI ABE AVA ELI JAY LOU MIA PER " +
    "TOR URS JUN HUI HAO YAO HAN MIN BIN JIN QIN XIN TAO GAO"
  ).split(" "),
);

const VOWEL = /[AEIOUY]/;

/**
 * True when `run` (letters only, any case) reads as a spelled-out given name rather than initials
 * written together. The rule: three letters only from a short list of common names (`IAN`,
 * `WEI`; `MAD` is initials); four or more letters when the run is pronounceable — a vowel, no
 * three consonants in a row (but `SCH`, `CHR`, `STR`, `NCH`, `TCH`), no three vowels in a row (but
 * `IAO`, `UAI`, `IOU`, `EAU`: `XIAOMING`), no doubled first letter or doubled `A`/`I`/`U`, and
 * a consonant pair at the start or the end only if names start or end with it (`CHRISTOPHER`,
 * `FRANK`; `RLPGD`, `TGSV`, `EMCD` are initials). Newman's hep-th.gml has a few initials runs
 * that pass (`ALMA`, `ASID`: 5 of its 8361 labels); they read as given names.
 */
export function isPlausibleGivenName(run: string): boolean {
  const r = run.toUpperCase();
  if (!/^[A-Z]+$/.test(r) || r.length < 3) return false;
  if (r.length === 3) return SHORT_NAMES.has(r);
  if (!VOWEL.test(r)) return false;
  if (/[^AEIOUY]{3}/.test(r.replace(/SCH|CHR|STR|NCH|TCH/g, "_"))) return false;
  if (/[AEIOUY]{3}/.test(r.replace(/IAO|UAI|IOU|EAU/g, "_"))) return false;
  if (/^(.)\1|AA|II|UU/.test(r)) return false;
  const consonant = (c: string) => !VOWEL.test(c);
  if (consonant(r[0]) && consonant(r[1]) && !ONSETS.has(r.slice(0, 2))) return false;
  if (consonant(r.at(-1) ?? "") && consonant(r.at(-2) ?? "") && !CODAS.has(r.slice(-2)))
    return false;
  return true;
}
