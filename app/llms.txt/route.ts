import { getCatalog } from '@/lib/catalog/server';
import { feedSite } from '@/lib/feed-site';
import { llmsTxt } from '@/lib/feeds';
import { STANDARDS } from '@/lib/namespaces/standards';

export const dynamic = 'force-static';

/** `/llms.txt`: an index for agents and readers, linking every vendor entry's and standard code's Markdown twin. */
export function GET() {
  const catalog = getCatalog();
  const standards = STANDARDS.map((s) => ({
    name: s.name,
    codes: catalog.getStandardEntries(s.id),
  }));
  const text = llmsTxt(catalog.getEntries(), catalog.getVendors(), standards, feedSite(catalog));
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
