/**
 * Search over the catalog, shared by the site (header box, /search/) and the CLI (`errdex search`).
 * Pure: no React, DOM or fs. The site ships `packSearchData(buildSearchData(catalog))` as a
 * static file and builds the index in a worker in the browser on first use (results.ts shapes what
 * the worker answers the page).
 */
export {
  buildSearchData,
  buildSearchDocuments,
  packSearchData,
  unpackSearchData,
} from './documents';
export { createSearchIndex } from './engine';
export { HIT_KINDS } from './types';
export { findResults } from './results';
export type { Results, ResultsQuery, ShownHit } from './results';
export type { Segment } from './highlight';
export type { HitKind, SearchData, SearchDocument, SearchHit, SearchIndex } from './types';
