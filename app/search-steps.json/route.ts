import { getCatalog } from '@/lib/catalog/server';
import { firstSteps } from '@/lib/entry-summary';

export const dynamic = 'force-static';

/**
 * `/search-steps.json`: the first step of each vendor entry and standard code, for /search/'s
 * result cards (lib/entry-summary.ts).
 */
export function GET() {
  const { entries, standards } = getCatalog().catalog;
  return Response.json(firstSteps([...entries, ...standards]));
}
