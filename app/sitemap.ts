import { standardUrl, statusUrl } from '@/lib/urls';
import { STANDARDS } from '@/lib/namespaces/standards';
import type { MetadataRoute } from 'next';
import { getCatalog } from '@/lib/catalog/server';
import { absoluteUrl } from '@/lib/page-metadata';

export const dynamic = 'force-static';

/** Canonical pages only: `/code/` pages are redirects to entries, so they stay out. */
export default function sitemap(): MetadataRoute.Sitemap {
  const catalog = getCatalog();
  const paths = [
    '/',
    '/vendors/',
    '/status/',
    '/decode/',
    ...catalog.getVendors().map((v) => v.url),
    ...catalog.getStatuses().map((s) => statusUrl(s)),
    ...catalog.getEntries().map((e) => e.url),
    standardUrl(),
    ...STANDARDS.map((s) => standardUrl(s.id)),
    ...catalog.catalog.standards.map((s) => s.url),
  ];
  return paths.map((p) => ({ url: absoluteUrl(p) }));
}
