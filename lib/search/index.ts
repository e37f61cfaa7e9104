/**
 * Search over the catalog, shared by the site (header box, /search/) and the CLI (`errdex search`).
 * Pure: no React, DOM or fs. The site ships `packSearchData(buildSearchData(catalog))` as a
 * static file and builds the index in the browser on first use.
 */
export {
  buildSearchData,
  buildSearchDocuments,
  packSearchData,
  unpackSearchData,
} from './documents';
export { createSearchIndex } from './engine';
export { highlight } from './highlight';
export { HIT_KINDS } from './types';
export { explainHit, matchedWords } from './explain';
export type { HitKind, SearchData, SearchDocument, SearchHit, SearchIndex } from './types';
