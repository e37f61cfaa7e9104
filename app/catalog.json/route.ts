import { catalogExport } from '@/lib/catalog-export';
import { getCatalog } from '@/lib/catalog/server';
import { SITE_URL } from '@/lib/site';

export const dynamic = 'force-static';

/** `/catalog.json`: the whole catalog for programs (shape documented in the README). */
export function GET() {
  return Response.json(catalogExport(getCatalog().catalog, SITE_URL, new Date().toISOString()));
}
