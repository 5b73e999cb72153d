// Live sources by identifier: the public API of src/sources.
export * from "./config.ts";
export * from "./fetch-source.ts";
export * from "./http.ts";
export * from "../parse/saved-sources.ts";
export * from "./spec.ts";
export * from "./types.ts";
export { searchOpenAlexAuthors, fetchOpenAlexAuthor, fetchOpenAlexDois } from "./openalex.ts";
export { searchDblpAuthors, fetchDblpPerson } from "./dblp.ts";
export { fetchOrcidPerson, orcidDois } from "./orcid.ts";
export { fetchCrossrefDois, fetchCrossrefList } from "./crossref.ts";
export { planOneHop, specOfAuthorId, DEFAULT_ONE_HOP_OPTIONS, type OneHopPlan } from "./one-hop.ts";
