import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { SearchForm } from '@/components/search-form';
import { SearchResultsClient } from '@/components/search-results-client';
import { getCatalog } from '@/lib/catalog/server';

const description =
  'Search communications API errors by code, alias or message, including messages with their values filled in.';

export const metadata: Metadata = {
  title: 'Search',
  description,
  alternates: { canonical: '/search/' },
  openGraph: { title: 'Search · Errdex', description, url: '/search/' },
};

/** A static shell: the query lives in the URL, so the results are found in the browser. */
export default function SearchPage() {
  const catalog = getCatalog();
  const props = {
    vendors: catalog.getVendors().map((v) => ({ id: v.id, name: v.name })),
    statuses: catalog.getStatuses(),
  };
  const empty = { q: '', vendor: '', status: '' };
  return (
    <div>
      <h1 className="mb-4 text-3xl font-bold tracking-tight">Search</h1>
      <noscript>
        <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-slate-900 dark:border-amber-700 dark:bg-slate-900 dark:text-slate-100">
          Search results need JavaScript. Without it, browse errors{' '}
          <Link href="/vendors/" className="underline">
            by vendor
          </Link>{' '}
          or{' '}
          <Link href="/status/" className="underline">
            by HTTP status
          </Link>
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
        <Link href="/decode/" className="underline">
          Decode it
        </Link>
        .
      </p>
    </div>
  );
}
