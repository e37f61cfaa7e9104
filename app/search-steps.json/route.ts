import { getCatalog } from '@/lib/catalog/server';
import { firstSteps } from '@/lib/entry-summary';

export const dynamic = 'force-static';

/** `/search-steps.json`: the first step of each entry for /search/'s result cards (lib/entry-summary.ts). */
export function GET() {
  return Response.json(firstSteps(getCatalog().catalog.entries));
}
