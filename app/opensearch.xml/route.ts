import { getCatalog } from '@/lib/catalog/server';
import { feedSite } from '@/lib/feed-site';
import { openSearchDescription } from '@/lib/feeds';

export const dynamic = 'force-static';

/** `/opensearch.xml`: lets a browser add the site's search (every page links it). */
export function GET() {
  return new Response(openSearchDescription(feedSite(getCatalog())), {
    headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' },
  });
}
