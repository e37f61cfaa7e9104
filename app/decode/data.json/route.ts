import { getCatalog } from '@/lib/catalog/server';
import { toDecodeData } from '@/lib/decode/data';

/** The decoder's data, exported as the static file /decode/data.json and fetched by the worker on first use. */
export const dynamic = 'force-static';

export function GET(): Response {
  return Response.json(toDecodeData(getCatalog().catalog));
}
