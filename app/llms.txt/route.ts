import { getCatalog } from '@/lib/catalog/server';
import { feedSite } from '@/lib/feed-site';
import { llmsTxt } from '@/lib/feeds';

export const dynamic = 'force-static';

/** `/llms.txt`: an index for agents and readers, linking every entry's Markdown twin. */
export function GET() {
  const catalog = getCatalog();
  return new Response(llmsTxt(catalog.getEntries(), catalog.getVendors(), feedSite(catalog)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
