import type { Metadata } from 'next';
import { SiteLink } from '@/components/site-link';
import { Suspense } from 'react';
import { SearchForm } from '@/components/search-form';
import { SEARCH_DATA_URL } from '@/components/search-index';
import { SEARCH_STEPS_URL } from '@/components/search-steps';
import { SearchResultsClient } from '@/components/search-results-client';
import { getCatalog } from '@/lib/catalog/server';
import { catalogStandards } from '@/lib/catalog/namespace-names';
import { pageMetadata } from '@/lib/page-metadata';

const description =
  'Search communications API errors by code, alias or message, including messages with their values filled in.';

export const metadata: Metadata = pageMetadata({ title: 'Search', description, path: '/search/' });

/**
 * Opened with a query (a shared link), the page asks for the search data (and the cards' first
 * steps) while its HTML is still
 * parsing, in parallel with its scripts; without one, nothing is fetched until it is needed.
 * `fetch()` in search-index.ts then takes the preloaded response (same URL, mode and credentials).
 */
const PRELOAD_DATA = `if(new URLSearchParams(location.search).get('q')?.trim())for(const u of ${JSON.stringify([SEARCH_DATA_URL, SEARCH_STEPS_URL])}){const l=document.createElement('link');l.rel='preload';l.as='fetch';l.crossOrigin='anonymous';l.href=u;document.head.append(l)}`;

/**
 * A static shell: the query lives in the URL, so the results are found in the browser. The
 * heading and introduction are the page's first and largest paint; the results draw below them
 * in space kept for them, so nothing moves (see README, "Search page performance").
 */
export default function SearchPage() {
  const catalog = getCatalog();
  const props = {
    vendors: catalog.getVendors().map((v) => ({ id: v.id, name: v.name })),
    standards: catalogStandards(catalog).map((s) => ({ id: s.id, name: s.label })),
    statuses: catalog.getStatuses(),
  };
  const empty = { q: '', vendor: '', status: '' };
  return (
    <div>
      <h1 className="mb-2 text-3xl font-bold tracking-tight">Search</h1>
      <p className="mb-4 text-slate-700 dark:text-slate-300">
        Find an error by its code or alias (CMN-101, 1780355652, SIP 486, ESME_RTHROTTLED), by words
        of its message, or by the message as your logs show it, with its values filled in. Exact
        codes come first, then messages your text is an instance of, exact phrases, all your words,
        words beginning with yours and close spellings; then entries sharing some of your words (in
        any form, or said another way), most relevant first.
      </p>
      {/* After the text it could hold back: an inline script waits for the stylesheet. */}
      <script dangerouslySetInnerHTML={{ __html: PRELOAD_DATA }} />
      <noscript>
        <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-slate-900 dark:border-amber-700 dark:bg-slate-900 dark:text-slate-100">
          Search results need JavaScript. Without it, browse errors{' '}
          <SiteLink href="/vendors/" className="underline">
            by vendor
          </SiteLink>{' '}
          or{' '}
          <SiteLink href="/status/" className="underline">
            by HTTP status
          </SiteLink>
          , or open <code>/code/&lt;code&gt;/</code> for a code you know.
        </p>
      </noscript>
      <Suspense
        fallback={
          // Same boxes as the loaded view, so hydration shifts nothing.
          <>
            <SearchForm {...props} initial={empty} />
            <p className="mt-4 min-h-5" />
            <div className="min-h-screen" />
          </>
        }
      >
        <SearchResultsClient {...props} />
      </Suspense>
      <p className="mt-8 text-sm text-slate-700 dark:text-slate-300">
        Have a whole response or log line?{' '}
        <SiteLink href="/decode/" className="underline">
          Decode it
        </SiteLink>
        .
      </p>
    </div>
  );
}
