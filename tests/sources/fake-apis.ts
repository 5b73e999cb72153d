// Fake OpenAlex, dblp, ORCID and Crossref answering like the documented APIs (see tests/fixtures/README.md).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Reply, Route } from "./server.ts";

const FIXTURES = fileURLToPath(new URL("../fixtures/sources/", import.meta.url));
const fixture = (name: string) => readFileSync(`${FIXTURES}${name}`, "utf8");

/** The OpenAlex author whose 205 works the paging tests read. */
export const OWNER = { id: "A5000000001", name: "Wei Zhang", orcid: "0000-0001-5000-0001" };
/** Another person with the same display name, coauthor of work 7. */
export const NAMESAKE = { id: "A5000000002", name: "Wei Zhang", orcid: "0000-0001-5000-0002" };
export const OWNER_WORKS = 205;
/** Work 3 has this many authors; list pages cut it at 100. */
export const BIG_BYLINE = 120;
const COAUTHORS = [
  "Ana Lima",
  "Bo Chen",
  "Carla Diaz",
  "Dev Patel",
  "Eva Novák",
  "Femi Ade",
  "Gus Berg",
  "Hana Sato",
  "Ivo Kral",
  "Jun Ito",
];

type Person = { id: string; name: string; orcid?: string; institution?: string };

function authorship(p: Person, position: number, count: number) {
  return {
    author_position: position === 0 ? "first" : position === count - 1 ? "last" : "middle",
    author: {
      id: `https://openalex.org/${p.id}`,
      display_name: p.name,
      orcid: p.orcid ? `https://orcid.org/${p.orcid}` : null,
    },
    institutions: p.institution
      ? [
          {
            id: "https://openalex.org/I99065089",
            display_name: p.institution,
            ror: "https://ror.org/03cve4549",
            country_code: "CN",
            type: "education",
          },
        ]
      : [],
    countries: p.institution ? ["CN"] : [],
    is_corresponding: position === 0,
    raw_author_name: p.name,
    raw_affiliation_strings: p.institution ? [p.institution] : [],
  };
}

/** A Work object as `/works` documents it (the fields a coauthor network reads, and a few more). */
export function work(n: number, people: Person[], extra: Record<string, unknown> = {}) {
  return {
    id: `https://openalex.org/W${4000000000 + n}`,
    doi: `https://doi.org/10.5555/test.${n}`,
    title: `Test work ${n}`,
    display_name: `Test work ${n}`,
    publication_year: 2000 + (n % 25),
    publication_date: `${2000 + (n % 25)}-01-01`,
    type: "article",
    primary_location: {
      is_oa: false,
      landing_page_url: `https://doi.org/10.5555/test.${n}`,
      source: {
        id: "https://openalex.org/S137773608",
        display_name: "Journal of Tests",
        issn_l: "0028-0836",
        type: "journal",
      },
    },
    authorships: people.map((p, i) => authorship(p, i, people.length)),
    cited_by_count: n,
    ...extra,
  };
}

const owner: Person = { ...OWNER, institution: "Tsinghua University" };
const namesake: Person = { ...NAMESAKE, institution: "University of Toronto" };
const coauthor = (k: number): Person => ({
  id: `A51000000${String(k).padStart(2, "0")}`,
  name: COAUTHORS[k],
});
const big = Array.from({ length: BIG_BYLINE - 1 }, (_, k): Person => ({
  id: `A52000${String(k).padStart(5, "0")}`,
  name: `Member ${k + 1} Consortium`,
}));

/** The owner's works in full (work 3 with all its 120 authors). */
export const OWNER_WORK_LIST = Array.from({ length: OWNER_WORKS }, (_, i) => {
  const n = i + 1;
  if (n === 3) return work(n, [owner, ...big]);
  if (n === 7) return work(n, [owner, namesake, coauthor(n % 10)]);
  return work(n, [owner, coauthor(n % 10)]);
});

/** How a list page shows a work: authorships cut at 100 and `is_authors_truncated` set. */
function listed(w: ReturnType<typeof work>) {
  return w.authorships.length > 100
    ? { ...w, authorships: w.authorships.slice(0, 100), is_authors_truncated: true }
    : w;
}

/** Cursor paging as documented: `cursor=*` starts, `meta.next_cursor` goes on, null after the last. */
function page(all: unknown[], url: URL): Reply {
  const size = Math.min(200, Number(url.searchParams.get("per-page") ?? 25));
  const cursor = url.searchParams.get("cursor");
  const offset = cursor === null || cursor === "*" ? 0 : Number(cursor.replace(/^o/, ""));
  const results = all.slice(offset, offset + size);
  return {
    body: {
      meta: {
        count: all.length,
        db_response_time_ms: 12,
        page: null,
        per_page: size,
        next_cursor: results.length > 0 ? `o${offset + size}` : null,
        groups_count: null,
      },
      results,
      group_by: [],
    },
  };
}

const josiah: Person = { id: "A5023888391", name: "Josiah Carberry", orcid: "0000-0002-1825-0097" };
const ORCID_WORK = work(9001, [josiah, { id: "A5100000099", name: "Jane Roe" }], {
  doi: "https://doi.org/10.1145/3290605.3300233",
  title: "Sample work found in OpenAlex",
});

const empty = {
  meta: {
    count: 0,
    db_response_time_ms: 3,
    page: 1,
    per_page: 25,
    next_cursor: null,
    groups_count: null,
  },
  results: [],
  group_by: [],
};

export interface FakeApis {
  route: Route;
  /** Clears the "answer once" failures so a scenario can be replayed. */
  reset(): void;
}

/**
 * The routes: OpenAlex under `/openalex`, dblp under `/dblp`, ORCID under `/orcid`, Crossref under
 * `/crossref` (one server, four base URLs). Planted trouble: a 429 with `Retry-After: 1` on the
 * owner's second page and on the dblp person page (once each), a 500 on the first fetch of work 3,
 * a malformed second page for A5000000009, an empty author A5000000003, no author A5000000404,
 * HTTP 401 for `api_key=bad`.
 */
export function createFakeApis(): FakeApis {
  let once = new Set<string>();
  const first = (tag: string) => {
    if (once.has(tag)) return false;
    once.add(tag);
    return true;
  };
  const openalex = (path: string, url: URL): Reply | undefined => {
    if (url.searchParams.get("api_key") === "bad")
      return {
        status: 401,
        body: { error: "Invalid API key", message: "The API key you provided is not valid." },
      };
    const filter = url.searchParams.get("filter") ?? "";
    if (path === "/works") {
      if (filter === `author.id:${OWNER.id}`) {
        if (url.searchParams.get("cursor") === "o200" && first("429"))
          return {
            status: 429,
            headers: { "retry-after": "1" },
            body: { error: "Too Many Requests" },
          };
        return page(OWNER_WORK_LIST.map(listed), url);
      }
      if (filter === "author.id:A5000000009") {
        if (url.searchParams.get("cursor") !== "*")
          return { body: "<html><body>502 Bad Gateway</body></html>" };
        return page(
          [
            work(1, [{ id: "A5000000009", name: "Mal Formed" }, coauthor(1)]),
            work(2, [{ id: "A5000000009", name: "Mal Formed" }, coauthor(2)]),
            work(3, [coauthor(3)]),
          ],
          new URL("http://x/?per-page=2"),
        );
      }
      if (filter === "author.id:A5000000003" || filter === "author.id:A5000000404")
        return { body: empty };
      if (filter.startsWith("doi:")) {
        const dois = filter.slice(4).split("|");
        return page(
          [ORCID_WORK].filter((w) => dois.includes(w.doi.replace("https://doi.org/", ""))),
          url,
        );
      }
    }
    const single = /^\/works\/(W\d+)$/.exec(path);
    if (single) {
      const w = OWNER_WORK_LIST.find((x) => x.id.endsWith(single[1]));
      if (w && w.authorships.length > 100 && first("500"))
        return { status: 500, body: "Internal Server Error" };
      return w ? { body: w } : { status: 404, body: { error: "Not Found" } };
    }
    if (path === "/authors/A5000000003")
      return {
        body: { id: "https://openalex.org/A5000000003", display_name: "No Works", works_count: 0 },
      };
    if (path === "/authors") {
      const q = (url.searchParams.get("search") ?? "").toLowerCase();
      const results = q.includes("wei")
        ? [owner, namesake].map((p, i) => ({
            id: `https://openalex.org/${p.id}`,
            orcid: `https://orcid.org/${p.orcid}`,
            display_name: p.name,
            display_name_alternatives: [p.name],
            works_count: i === 0 ? OWNER_WORKS : 12,
            cited_by_count: 1000 - i * 900,
            last_known_institutions: [
              {
                id: "https://openalex.org/I1",
                ror: "https://ror.org/1",
                display_name: p.institution,
                country_code: "CN",
                type: "education",
              },
            ],
          }))
        : [];
      return { body: { ...empty, meta: { ...empty.meta, count: results.length }, results } };
    }
    return undefined;
  };
  const route: Route = (url) => {
    const [, service, ...rest] = url.pathname.split("/");
    const path = `/${rest.join("/")}`;
    switch (service) {
      case "openalex":
        return openalex(path, url);
      case "dblp":
        if (path === "/search/author/api") {
          if (url.searchParams.get("format") !== "json") return { status: 400, body: "format" };
          const q = (url.searchParams.get("q") ?? "").toLowerCase();
          return q.includes("xu")
            ? { body: fixture("dblp-search-di-xu.json") }
            : {
                body: {
                  result: {
                    query: q,
                    status: { "@code": "200", text: "OK" },
                    hits: { "@total": "0", "@computed": "0", "@sent": "0", "@first": "0" },
                  },
                },
              };
        }
        if (path === "/pid/95/7448-1.xml") {
          if (first("dblp429"))
            return { status: 429, headers: { "retry-after": "1" }, body: "Too Many Requests" };
          return {
            headers: { "content-type": "application/xml" },
            body: fixture("dblp-95-7448-1.xml"),
          };
        }
        return undefined;
      case "orcid":
        if (path === "/0000-0002-1825-0097/works")
          return { body: fixture("orcid-0000-0002-1825-0097-works.json") };
        return {
          status: 404,
          body: {
            "response-code": 404,
            "developer-message": "404 Not Found: The resource was not found.",
          },
        };
      case "crossref": {
        const doi = decodeURIComponent(path.replace(/^\/works\//, "")).toLowerCase();
        if (doi === "10.5555/only.in.crossref") return { body: fixture("crossref-work.json") };
        if (doi === "10.1145/3290605.3300233") {
          const body = JSON.parse(fixture("crossref-work.json")) as {
            message: Record<string, unknown>;
          };
          body.message = {
            ...body.message,
            DOI: "10.1145/3290605.3300233",
            title: ["Sample work found in OpenAlex"],
            author: [
              {
                given: "Josiah",
                family: "Carberry",
                ORCID: "http://orcid.org/0000-0002-1825-0097",
                sequence: "first",
                affiliation: [],
              },
            ],
          };
          return { body };
        }
        return { status: 404, body: "Resource not found." };
      }
      default:
        return undefined;
    }
  };
  return { route, reset: () => (once = new Set()) };
}
