import { getCatalog } from '@/lib/catalog/server';
import { feedSite } from '@/lib/feed-site';
import { atomFeed } from '@/lib/feeds';

export const dynamic = 'force-static';

/** `/feed.xml`: the change record as an Atom feed, newest first (README, "JSON API and feeds"). */
export function GET() {
  const catalog = getCatalog();
  return new Response(atomFeed(catalog.getEntries(), feedSite(catalog)), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
