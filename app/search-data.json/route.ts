import { getCatalog } from '@/lib/catalog/server';
import { buildSearchData, packSearchData } from '@/lib/search';

export const dynamic = 'force-static';

/**
 * `/search-data.json`: the documents search indexes and the equivalent phrasings, written once at build time. The header box
 * and /search/ fetch it on first use and build the index in the browser.
 */
export function GET() {
  return Response.json(packSearchData(buildSearchData(getCatalog().catalog)));
}
