// "Import from…": pick a person in OpenAlex or dblp (search as you type), an ORCID iD or DOIs; fetch with progress and Cancel.
import type { Corpus } from "../model/types.ts";
import {
  createSourceClients,
  planOneHop,
  fetchSource,
  parseSourceSpec,
  searchAuthors,
  serializeSources,
  SourceError,
  specLabel,
  type AuthorCandidate,
  type FetchLike,
  type ResponseCache,
  type SourceProgress,
  type SourceResult,
  type SourceSpec,
  type SourceUrls,
} from "../sources/index.ts";
import type { InputFile } from "../worker/protocol.ts";
import { h, replaceChildren } from "./dom.ts";
import { createSourceCache } from "./source-cache.ts";
import { loadSourceUrls } from "./source-config.ts";
import {
  forgetCredentials,
  loadCredentials,
  saveCredentials,
  type SourceCredentials,
} from "./source-settings.ts";
import "./import-dialog.css";

type Kind = "openalex" | "dblp" | "orcid" | "doi";

const SOURCES: { kind: Kind; label: string; service: string; placeholder: string }[] = [
  {
    kind: "openalex",
    label: "OpenAlex author",
    service: "OpenAlex",
    placeholder: "A name, or an OpenAlex id such as A5023888391",
  },
  {
    kind: "dblp",
    label: "dblp person",
    service: "dblp",
    placeholder: "A name, or a dblp pid such as 95/7448-1",
  },
  { kind: "orcid", label: "ORCID iD", service: "ORCID", placeholder: "0000-0002-1825-0097" },
  {
    kind: "doi",
    label: "DOIs (Crossref)",
    service: "Crossref",
    placeholder: "One DOI a line: 10.1145/3290605.3300233",
  },
];

export interface ImportDialogOptions {
  /** Receives the fetched records as one file (saved-sources JSON: records only, no keys). */
  onImport: (files: InputFile[]) => Promise<void> | void;
  fetch: FetchLike;
  /** Base URLs (default: the configuration file next to the app). */
  loadUrls: () => Promise<SourceUrls>;
  /** Where responses are cached (default: IndexedDB). */
  cache?: ResponseCache;
  /** Pause after the last keystroke before a search is sent. */
  debounceMs: number;
  /** Coauthors fetched at most by "Add coauthors' works". */
  oneHopCap: number;
}

export const DEFAULT_IMPORT_DIALOG_OPTIONS: Omit<ImportDialogOptions, "onImport"> = {
  fetch: (url, init) => fetch(url, init),
  loadUrls: () => loadSourceUrls(),
  debounceMs: 350,
  oneHopCap: 20,
};

export interface ImportDialog {
  /** The toolbar button that opens the dialog. */
  button: HTMLButtonElement;
  dialog: HTMLDialogElement;
  open(): void;
  /**
   * For the details panel: "Add coauthors' works" for `authorId` (one hop, at most `oneHopCap`
   * coauthors with an OpenAlex or dblp id, the request count shown first), or null when none
   * of its coauthors can be fetched.
   */
  coauthorsAction(corpus: Corpus, authorId: string): HTMLElement | null;
}

/** What to tell the user about a failed request, by kind. */
export function explainSourceError(error: unknown, service: string): string {
  if (!(error instanceof SourceError)) return `${service}: ${(error as Error).message}`;
  switch (error.kind) {
    case "offline":
      return typeof navigator !== "undefined" && navigator.onLine === false
        ? `You are offline: ${service} cannot be reached. What is loaded stays as it is.`
        : `${service} cannot be reached (${error.message}). Check the connection or try later.`;
    case "auth":
      return `${service} refused the request (HTTP ${error.status}). Check the OpenAlex API key under "Keys", or forget it.`;
    case "not-found":
      return `Not found: ${error.message}.`;
    case "rate-limit":
      return `${service} is limiting requests: ${error.message.replace(/^.*?: /, "")}. Wait a little and import again${service === "OpenAlex" ? "; an API key raises the limit" : ""}.`;
    case "timeout":
      return `${service} is not answering: ${error.message}. Try again later.`;
    case "cancelled":
      return "Import cancelled; nothing was added.";
    default:
      return `${service}: ${error.message}.`;
  }
}

/** The spec a typed identifier makes for a source, or null when the text is a name to search. */
function typedSpec(kind: Kind, text: string): SourceSpec | null {
  const t = text.trim();
  if (t === "") return null;
  try {
    if (kind === "openalex")
      return /^(?:https?:\/\/\S*openalex\.org\/)?A\d+$/i.test(t)
        ? parseSourceSpec(`openalex:${t.replace(/^.*\//, "")}`)
        : null;
    if (kind === "dblp")
      return /^https?:\/\//.test(t)
        ? parseSourceSpec(t)
        : /^[\w.-]+\/[\w.-]+$/.test(t)
          ? parseSourceSpec(`dblp:${t}`)
          : null;
    if (kind === "orcid")
      return parseSourceSpec(`orcid:${t.replace(/^https?:\/\/orcid\.org\//, "")}`);
    return parseSourceSpec(`doi:${t.split(/\s+/).join(",")}`);
  } catch {
    return null;
  }
}

/**
 * Builds the "Import from…" dialog and its toolbar button. The chosen source is fetched in the
 * page through src/sources (polite clients, responses cached in IndexedDB), with a progress bar
 * (works and requests so far) and Cancel; the records go to `onImport` as one file, to be merged
 * with what is loaded. The e-mail and OpenAlex key live in localStorage only (Forget removes them).
 */
export function createImportDialog(
  options: Partial<ImportDialogOptions> & Pick<ImportDialogOptions, "onImport">,
): ImportDialog {
  const o: ImportDialogOptions = { ...DEFAULT_IMPORT_DIALOG_OPTIONS, ...options };
  const cache = o.cache ?? createSourceCache();
  let urls: Promise<SourceUrls> | null = null;
  let kind: Kind = "openalex";
  let chosen: AuthorCandidate | null = null;
  let running: AbortController | null = null;
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  let searchToken = 0;
  let credentials: SourceCredentials = loadCredentials();

  const sourceSelect = h(
    "select",
    { attrs: { id: "import-source", name: "source" } },
    ...SOURCES.map((s) => h("option", { attrs: { value: s.kind } }, s.label)),
  );
  const query = h("input", {
    class: "import-query",
    attrs: {
      id: "import-query",
      type: "search",
      autocomplete: "off",
      spellcheck: "false",
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-controls": "import-candidates",
      "aria-expanded": "false",
    },
  });
  const dois = h("textarea", {
    class: "import-dois",
    attrs: { id: "import-dois", rows: 4, hidden: true, spellcheck: "false" },
  });
  const queryLabel = h("label", { attrs: { for: "import-query" } }, "Person");
  const candidates = h("ul", {
    class: "import-candidates",
    attrs: { id: "import-candidates", role: "listbox", "aria-label": "People found" },
  });
  const chosenLine = h("p", { class: "import-chosen", attrs: { hidden: true } });
  const message = h("p", {
    class: "import-message",
    attrs: { role: "status", "aria-live": "polite" },
  });
  const bar = h("progress", {
    class: "import-progress",
    attrs: { max: 1, value: 0, "aria-label": "Import progress" },
  });
  const counts = h("span", { class: "import-counts" });
  const cancel = h(
    "button",
    { class: "button", attrs: { type: "button" }, on: { click: () => running?.abort() } },
    "Cancel",
  );
  const progressRow = h(
    "div",
    { class: "import-progress-row", attrs: { hidden: true } },
    bar,
    counts,
    cancel,
  );
  const mailto = h("input", {
    attrs: {
      id: "import-mailto",
      type: "email",
      autocomplete: "email",
      placeholder: "you@example.org",
    },
  });
  const key = h("input", {
    attrs: {
      id: "import-key",
      type: "password",
      autocomplete: "off",
      placeholder: "OpenAlex API key",
    },
  });
  const keysNote = h("span", { class: "import-keys-note" });
  const saveKeys = h(
    "button",
    { class: "button", attrs: { type: "button" }, on: { click: () => storeKeys() } },
    "Save",
  );
  const forget = h(
    "button",
    { class: "button", attrs: { type: "button" }, on: { click: () => dropKeys() } },
    "Forget",
  );
  const keys = h(
    "details",
    { class: "import-keys" },
    h("summary", {}, "Keys and e-mail (kept only in this browser)"),
    h(
      "div",
      { class: "import-keys-grid" },
      h("label", { attrs: { for: "import-mailto" } }, "E-mail for OpenAlex and Crossref"),
      mailto,
      h("label", { attrs: { for: "import-key" } }, "OpenAlex API key"),
      key,
    ),
    h("div", { class: "import-keys-actions" }, saveKeys, forget, keysNote),
  );
  const importButton = h(
    "button",
    { class: "button primary", attrs: { type: "submit" } },
    "Import",
  );
  const closeButton = h(
    "button",
    { class: "button", attrs: { type: "button" }, on: { click: () => close() } },
    "Close",
  );
  const form = h(
    "form",
    { class: "import-form", on: { submit: (event) => (event.preventDefault(), void runImport()) } },
    h("h2", { attrs: { id: "import-title" } }, "Import from…"),
    h(
      "div",
      { class: "import-row" },
      h("label", { attrs: { for: "import-source" } }, "Source"),
      sourceSelect,
    ),
    h("div", { class: "import-row" }, queryLabel, query, dois),
    candidates,
    chosenLine,
    keys,
    progressRow,
    message,
    h("div", { class: "import-actions" }, closeButton, importButton),
  );
  const dialog = h(
    "dialog",
    { class: "import-dialog", attrs: { "aria-labelledby": "import-title" } },
    form,
  );

  const source = () => SOURCES.find((s) => s.kind === kind) ?? SOURCES[0];
  const say = (text: string, tone: "info" | "error" = "info") => {
    message.textContent = text;
    message.dataset.tone = tone;
  };
  const showKeys = () => {
    mailto.value = credentials.mailto ?? "";
    key.value = credentials.openalexKey ?? "";
    keysNote.textContent = credentials.openalexKey ? "A key is saved in this browser." : "";
  };
  function storeKeys() {
    credentials = {
      mailto: mailto.value.trim() || undefined,
      openalexKey: key.value.trim() || undefined,
    };
    saveCredentials(credentials);
    showKeys();
    keysNote.textContent = "Saved in this browser only.";
  }
  function dropKeys() {
    forgetCredentials();
    credentials = {};
    showKeys();
    keysNote.textContent = "Forgotten.";
  }

  const clients = async (signal?: AbortSignal, onNote?: (note: string) => void) => {
    const base = await (urls ??= o.loadUrls());
    const typedKey = key.value.trim() || credentials.openalexKey;
    const typedMail = mailto.value.trim() || credentials.mailto;
    const config = {
      urls: base,
      mailto: typedMail || undefined,
      openalexKey: typedKey || undefined,
    };
    const made = createSourceClients({
      http: {
        fetch: o.fetch,
        cache,
        signal,
        onRetry: ({ delayMs, reason }) =>
          onNote?.(`${reason}; waiting ${Math.ceil(delayMs / 1000)} s`),
      },
    });
    return { clients: made, config };
  };

  const setKind = (next: Kind) => {
    kind = next;
    chosen = null;
    chosenLine.hidden = true;
    replaceChildren(candidates);
    query.setAttribute("aria-expanded", "false");
    const isDoi = kind === "doi";
    query.hidden = isDoi;
    dois.hidden = !isDoi;
    queryLabel.htmlFor = isDoi ? "import-dois" : "import-query";
    queryLabel.textContent = kind === "orcid" ? "ORCID iD" : isDoi ? "DOIs" : "Person";
    query.placeholder = source().placeholder;
    dois.placeholder = source().placeholder;
    say("");
  };

  const choose = (candidate: AuthorCandidate) => {
    chosen = candidate;
    replaceChildren(
      chosenLine,
      "Selected: ",
      h("strong", {}, candidate.name),
      candidate.detail ? ` · ${candidate.detail}` : "",
      ` (${candidate.service === "dblp" ? "dblp" : "OpenAlex"} ${candidate.id})`,
    );
    chosenLine.hidden = false;
    for (const li of candidates.children)
      li.setAttribute("aria-selected", String((li as HTMLElement).dataset.id === candidate.id));
    say("");
  };

  const showCandidates = (found: AuthorCandidate[]) => {
    replaceChildren(
      candidates,
      ...found.map((c) =>
        h(
          "li",
          {
            class: "import-candidate",
            attrs: { role: "option", "aria-selected": "false", tabindex: 0, "data-id": c.id },
            on: {
              click: () => choose(c),
              keydown: (e) => {
                if ((e as KeyboardEvent).key === "Enter") {
                  e.preventDefault();
                  choose(c);
                }
              },
            },
          },
          h("span", { class: "candidate-name" }, c.name),
          h(
            "span",
            { class: "candidate-detail" },
            [
              c.detail,
              c.works === undefined ? undefined : `${c.works} works`,
              c.orcid ? `ORCID ${c.orcid}` : undefined,
            ]
              .filter(Boolean)
              .join(" · ") || c.id,
          ),
        ),
      ),
    );
    query.setAttribute("aria-expanded", String(found.length > 0));
  };

  const search = async () => {
    const text = query.value.trim();
    const token = ++searchToken;
    if (
      (kind !== "openalex" && kind !== "dblp") ||
      text.length < 2 ||
      typedSpec(kind, text) !== null
    ) {
      showCandidates([]);
      return;
    }
    try {
      const { clients: c, config } = await clients();
      const found = await searchAuthors(kind, text, c, config);
      if (token !== searchToken) return;
      showCandidates(found);
      say(found.length === 0 ? `${source().service} knows nobody by that name.` : "");
    } catch (error) {
      if (token === searchToken) say(explainSourceError(error, source().service), "error");
    }
  };

  query.addEventListener("input", () => {
    chosen = null;
    chosenLine.hidden = true;
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => void search(), o.debounceMs);
  });
  sourceSelect.addEventListener("change", () => setKind(sourceSelect.value as Kind));

  const specNow = (): SourceSpec | null => {
    if (chosen !== null)
      return chosen.service === "dblp"
        ? { kind: "dblp", pid: chosen.id }
        : { kind: "openalex", id: chosen.id };
    return typedSpec(kind, kind === "doi" ? dois.value : query.value);
  };

  async function runImport() {
    if (running) return;
    const spec = specNow();
    if (spec === null) {
      say(
        kind === "openalex" || kind === "dblp"
          ? "Pick a person from the list (or type an id)."
          : kind === "orcid"
            ? "Type an ORCID iD such as 0000-0002-1825-0097 (its check digit is verified)."
            : "Type one or more DOIs, such as 10.1145/3290605.3300233.",
        "error",
      );
      return;
    }
    await runSpecs([spec], specLabel(spec));
  }

  /**
   * Fetches the specs one after another with progress and Cancel, then hands what came to
   * `onImport` as one file. A spec that fails is reported; the others are kept.
   */
  async function runSpecs(specs: SourceSpec[], label: string) {
    running = new AbortController();
    importButton.disabled = true;
    progressRow.hidden = false;
    bar.removeAttribute("value");
    counts.textContent = `Fetching ${label}…`;
    say("");
    const many = specs.length > 1;
    let done = 0;
    let requests = 0;
    const show = (p: SourceProgress) => {
      const of = p.total === undefined ? "" : ` of ${p.total}`;
      if (!many && p.total !== undefined && p.total > 0) {
        bar.max = p.total;
        bar.value = Math.min(p.done, p.total);
      }
      counts.textContent = `${many ? `${done} of ${specs.length} people · ` : ""}${p.done}${of} works · ${requests + p.requests} request${requests + p.requests === 1 ? "" : "s"}${p.note ? ` · ${p.note}` : ""}`;
    };
    const results: SourceResult[] = [];
    const failed: string[] = [];
    try {
      for (const spec of specs) {
        const service =
          spec.kind === "doi"
            ? "Crossref"
            : spec.kind === "orcid"
              ? "ORCID"
              : spec.kind === "dblp"
                ? "dblp"
                : "OpenAlex";
        const { clients: c, config } = await clients(
          running.signal,
          (note) => (counts.textContent = note),
        );
        try {
          results.push(await fetchSource(spec, c, { config, onProgress: show }));
        } catch (error) {
          if (!many || (error instanceof SourceError && error.kind === "cancelled"))
            throw Object.assign(error as Error, { service });
          failed.push(
            `${specLabel(spec)}: ${explainSourceError(error, service).replace(/\.$/, "")}`,
          );
        }
        requests += Object.values(c).reduce((n, x) => n + x.requests, 0);
        done++;
        if (many) {
          bar.max = specs.length;
          bar.value = done;
        }
      }
      if (results.length === 0) {
        say(failed.join(" "), "error");
        return;
      }
      await o.onImport([{ name: label, text: serializeSources(results) }]);
      const works = results.reduce((n, r) => n + r.papers.length, 0);
      const partial = results.filter((r) => r.partial !== undefined);
      const summary = `Imported ${works} works from ${label} (${requests} request${requests === 1 ? "" : "s"})`;
      if (partial.length > 0 || failed.length > 0)
        say(
          `${summary}, but not all: ${[...partial.map((r) => `${r.source}: ${r.partial}`), ...failed].join("; ")}.`,
          "error",
        );
      else {
        say(`${summary}.`);
        close();
      }
    } catch (error) {
      say(
        explainSourceError(error, (error as { service?: string }).service ?? source().service),
        "error",
      );
    } finally {
      running = null;
      importButton.disabled = false;
      progressRow.hidden = true;
    }
  }

  function close() {
    running?.abort();
    if (dialog.open) dialog.close();
  }
  dialog.addEventListener("cancel", () => running?.abort());

  const open = () => {
    if (!dialog.isConnected) document.body.append(dialog);
    credentials = loadCredentials();
    showKeys();
    setKind(kind);
    if (!dialog.open) dialog.showModal();
    (kind === "doi" ? dois : query).focus();
  };
  const button = h(
    "button",
    {
      class: "button",
      attrs: {
        type: "button",
        title: "Import a person's works from OpenAlex, dblp, ORCID or Crossref",
      },
      on: { click: open },
    },
    "Import from…",
  );
  const coauthorsAction = (corpus: Corpus, authorId: string): HTMLElement | null => {
    const plan = planOneHop(corpus, authorId, { cap: o.oneHopCap });
    if (plan.specs.length === 0) return null;
    const name = corpus.authors.find((a) => a.id === authorId)?.name ?? authorId;
    const { min, max } = plan.requests;
    const preview = `${plan.specs.length} of ${plan.coauthors} coauthors${plan.capped > 0 ? ` (the ${plan.specs.length} with most shared papers; ${plan.capped} more left out)` : ""}: about ${min === max ? min : `${min}–${max}`} requests.`;
    const run = () => {
      open();
      void runSpecs(plan.specs, `coauthors of ${name}`);
    };
    return h(
      "section",
      { class: "one-hop" },
      h(
        "button",
        { class: "button", attrs: { type: "button" }, on: { click: run } },
        "Add coauthors' works",
      ),
      h("p", { class: "one-hop-preview" }, preview),
    );
  };
  return { button, dialog, open, coauthorsAction };
}
