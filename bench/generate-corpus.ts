// Seeded synthetic corpus in the profile text format: labs, power-law productivity, cross-lab papers.
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { pathToFileURL } from "node:url";
import { mulberry32, type Rng } from "../src/metrics/mulberry32.ts";

export interface CorpusOptions {
  papers: number;
  seed: number;
  /** Authors per paper in the whole corpus (≈ 1/3 gives 6–7k authors for 20k papers). */
  authorsPerPaper: number;
  /** Share of papers that bring in authors of another lab. */
  crossGroup: number;
  /** Share of labs that never write with other labs (they make the small components). */
  isolatedGroups: number;
  /** Among cross-lab papers, share whose partner lab is a neighbour (index ±1…3), the rest random. */
  neighbourPartner: number;
  /** Lab sizes follow a Pareto law with this exponent, cut to [minGroup, maxGroup]. */
  groupExponent: number;
  minGroup: number;
  maxGroup: number;
}

export const DEFAULT_CORPUS_OPTIONS: CorpusOptions = {
  papers: 1000,
  seed: 1,
  authorsPerPaper: 1 / 3,
  crossGroup: 0.25,
  isolatedGroups: 0.02,
  neighbourPartner: 0.7,
  groupExponent: 1.6,
  minGroup: 4,
  maxGroup: 80,
};

/** P(number of authors = 2 … 8). */
const AUTHOR_COUNT_WEIGHTS = [0.14, 0.22, 0.22, 0.17, 0.11, 0.08, 0.06];

const LAST_PARTS = [
  "an",
  "ber",
  "chen",
  "da",
  "el",
  "fo",
  "gar",
  "han",
  "ito",
  "ja",
  "kov",
  "li",
  "mar",
  "no",
  "ol",
  "pet",
  "qui",
  "ros",
  "sa",
  "ta",
  "ul",
  "van",
  "wang",
  "xu",
  "ya",
  "zi",
  "lo",
  "mi",
  "ne",
  "ri",
];
const FIRST_NAMES = [
  "Ada",
  "Ben",
  "Chen",
  "Dana",
  "Eli",
  "Fatih",
  "Gita",
  "Hugo",
  "Ines",
  "Jun",
  "Kai",
  "Lena",
  "Mei",
  "Nora",
  "Omar",
  "Pia",
  "Qing",
  "Rui",
  "Sara",
  "Tomas",
  "Uma",
  "Vera",
  "Wei",
  "Xin",
  "Yara",
  "Zoe",
  "Amir",
  "Bo",
  "Clara",
  "Dmitri",
  "Emma",
  "Felix",
  "Hana",
  "Ivan",
  "Jana",
  "Liam",
  "Maya",
  "Nils",
  "Olga",
  "Paul",
  "Rosa",
  "Sven",
  "Tara",
  "Yusuf",
];
const WORDS = [
  "graph",
  "learning",
  "robust",
  "federated",
  "neural",
  "sparse",
  "alignment",
  "model",
  "networks",
  "efficient",
  "scalable",
  "adaptive",
  "safety",
  "optimization",
  "inference",
  "attention",
  "distributed",
  "privacy",
  "language",
  "vision",
  "benchmark",
  "analysis",
  "towards",
  "secure",
  "dynamic",
  "fine-tuning",
  "agents",
  "reasoning",
];

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

function weightedIndex(rng: Rng, cumulative: Float64Array): number {
  const r = rng() * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > r) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function cumulate(weights: ArrayLike<number>): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) out[i] = sum += weights[i];
  return out;
}

function capitalize(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}

function sentence(rng: Rng, words: number): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i++) parts.push(pick(rng, WORDS));
  return capitalize(parts.join(" "));
}

interface Group {
  members: string[];
  isolated: boolean;
  /** Cumulative productivity: member i weighs 1/(i+1). */
  cumulative: Float64Array;
}

/**
 * Generates a corpus in the profile text format (owner line, then title / authors / abstract
 * lines per paper). Authors live in labs whose sizes follow a Pareto law; within a lab member i
 * writes with weight 1/(i+1) (the head of the lab most); a paper has 2–8 authors, and in a share of
 * papers one or two of them come from a neighbouring or random lab (a few labs never do). Names are `Last, First`,
 * ASCII, unique after case folding. Same options, same text.
 */
export function generateCorpus(options: Partial<CorpusOptions> & { papers: number }): string {
  return [...generateCorpusChunks(options)].join("");
}

/**
 * {@link generateCorpus} piece by piece (each piece ends with a newline, and they join to the
 * same text), so a million papers are written to a file without ever being one string.
 */
export function* generateCorpusChunks(
  options: Partial<CorpusOptions> & { papers: number },
): Generator<string> {
  const o = { ...DEFAULT_CORPUS_OPTIONS, ...options };
  if (!(Number.isInteger(o.papers) && o.papers >= 1))
    throw new Error(`coauthor-atlas/bench: papers must be a positive integer, got ${o.papers}`);
  const rng = mulberry32(o.seed);
  const used = new Set<string>();
  const newName = (): string => {
    for (;;) {
      const syllables = 2 + Math.floor(rng() * 2);
      let last = "";
      for (let i = 0; i < syllables; i++) last += pick(rng, LAST_PARTS);
      const name = `${capitalize(last)}, ${pick(rng, FIRST_NAMES)}`;
      const key = name.toLowerCase();
      if (!used.has(key)) {
        used.add(key);
        return name;
      }
    }
  };

  const targetAuthors = Math.max(2, Math.round(o.papers * o.authorsPerPaper));
  const groups: Group[] = [];
  let authors = 0;
  while (authors < targetAuthors) {
    const pareto = o.minGroup / Math.pow(1 - rng(), 1 / o.groupExponent);
    const size = Math.min(o.maxGroup, Math.round(pareto), targetAuthors - authors + 1);
    const members: string[] = [];
    for (let i = 0; i < Math.max(2, size); i++) members.push(newName());
    const isolated = groups.length > 0 && rng() < o.isolatedGroups;
    groups.push({ members, isolated, cumulative: cumulate(members.map((_, i) => 1 / (i + 1))) });
    authors += members.length;
  }
  const groupCumulative = cumulate(groups.map((g) => Math.pow(g.members.length, 1.1)));
  const countCumulative = cumulate(AUTHOR_COUNT_WEIGHTS);

  yield `${groups[0].members[0]}\n`;
  let lines: string[] = [];
  for (let p = 0; p < o.papers; p++) {
    const g = weightedIndex(rng, groupCumulative);
    const group = groups[g];
    const wanted = 2 + weightedIndex(rng, countCumulative);
    let partner = g;
    if (!group.isolated && groups.length > 1 && rng() < o.crossGroup) {
      if (rng() < o.neighbourPartner) {
        const step = 1 + Math.floor(rng() * 3);
        partner = (g + (rng() < 0.5 ? step : groups.length - step)) % groups.length;
      } else partner = Math.floor(rng() * groups.length);
      if (groups[partner].isolated) partner = g;
    }
    const guests = partner === g ? 0 : Math.min(1 + Math.floor(rng() * 2), wanted - 1);
    const local = Math.min(wanted - guests, group.members.length);
    const chosen = new Set<string>();
    if (rng() < 0.6) chosen.add(group.members[0]);
    let guard = 0;
    while (chosen.size < local && guard++ < 100)
      chosen.add(group.members[weightedIndex(rng, group.cumulative)]);
    const other = groups[partner];
    for (let i = 0; i < guests; i++)
      chosen.add(other.members[weightedIndex(rng, other.cumulative)]);
    const byline = [...chosen];
    for (let i = byline.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [byline[i], byline[j]] = [byline[j], byline[i]];
    }
    lines.push(`${sentence(rng, 4 + Math.floor(rng() * 6))} ${p + 1}`);
    lines.push(byline.join(", "));
    lines.push(`${sentence(rng, 12 + Math.floor(rng() * 20))}.`);
    if (lines.length >= 3000) {
      yield `${lines.join("\n")}\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join("\n")}\n`;
}

function parseArgs(argv: string[]): {
  options: Partial<CorpusOptions> & { papers: number };
  out?: string;
} {
  let papers = DEFAULT_CORPUS_OPTIONS.papers;
  let seed = DEFAULT_CORPUS_OPTIONS.seed;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`coauthor-atlas/bench: ${flag} needs a value`);
    if (flag === "--papers") papers = Number(value);
    else if (flag === "--seed") seed = Number(value);
    else if (flag === "--out") out = value;
    else
      throw new Error(
        `coauthor-atlas/bench: unknown argument ${flag} (use --papers N --seed S --out PATH)`,
      );
  }
  return { options: { papers, seed }, out };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { options, out } = parseArgs(process.argv.slice(2));
  if (out) {
    mkdirSync(dirname(out), { recursive: true });
    const fd = openSync(out, "w");
    for (const piece of generateCorpusChunks(options)) writeSync(fd, piece);
    closeSync(fd);
  } else for (const piece of generateCorpusChunks(options)) process.stdout.write(piece);
}
