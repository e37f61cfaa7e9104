import { getCatalog } from '@/lib/catalog/server';
import { buildSearchDocuments, packSearchData } from '@/lib/search';

export const dynamic = 'force-static';

/**
 * `/search-data.json`: the documents search indexes, written once at build time. The header box
 * and /search/ fetch it on first use and build the index in the browser.
 */
export function GET() {
  return Response.json(packSearchData(buildSearchDocuments(getCatalog().catalog)));
}
