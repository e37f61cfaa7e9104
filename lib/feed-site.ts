import type { CatalogView } from '@/lib/catalog';
import type { FeedSite } from '@/lib/feeds';
import { SITE_NAME, SITE_TAGLINE, SITE_URL } from '@/lib/site';

/** The site as the feed, OpenSearch description and llms.txt name it. */
export function feedSite(catalog: CatalogView): FeedSite {
  return {
    name: SITE_NAME,
    url: SITE_URL,
    tagline: SITE_TAGLINE,
    vendorName: (id) => catalog.getVendor(id)?.name ?? id,
  };
}
