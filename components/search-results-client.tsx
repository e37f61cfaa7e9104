'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { searchUrl } from '@/lib/urls';
import { SearchForm, type SearchFormProps } from './search-form';
import { HitList } from './search-hit-list';
import { loadSearch, loadedSearch, type SearchClient } from './search-index';
import { loadSteps } from './search-steps';
import { useFirstSteps } from './use-first-steps';
import { parseFilters, readServerUrl, readUrl, subscribeUrl, writeFilters } from './search-url';
import { useSearchResults } from './use-search-results';

const LIMIT = 100;

function countLine(count: number, q: string, filtered: boolean): string {
  const shown = count === LIMIT ? `Top ${LIMIT}` : String(count);
  return `${shown} result${count === 1 ? '' : 's'} for “${q.trim()}”${filtered ? ' (filtered)' : ''}`;
}

// A shared link opened cold: start loading while the page boots, not after it has hydrated.
// The page's inline script has already asked for the data.
if (typeof window !== 'undefined' && parseFilters(window.location.search).q.trim()) {
  loadSearch().catch(() => {
    // The component's own call reports the failure and retries.
  });
  // The cards' first steps arrive with the data, so they are there when the cards are drawn.
  loadSteps().catch(() => {
    // The result list asks again when it draws.
  });
}

/**
 * Full ranked results for /search/?q=…&vendor=…&status=…. The URL is the state: filters and the
 * query are written back with history.replaceState, so any view can be shared and reopened cold.
 */
export function SearchResultsClient(props: SearchFormProps) {
  // Router navigations to /search/?… re-render through this; the URL itself is read below.
  useSearchParams();
  const current = parseFilters(useSyncExternalStore(subscribeUrl, readUrl, readServerUrl));
  const [search, setSearch] = useState<SearchClient | null>(loadedSearch);
  const [failed, setFailed] = useState(false);
  // Like the header box: without a query nothing is fetched until the reader uses the form.
  const [focused, setFocused] = useState(false);
  const wanted = focused || current.q.trim() !== '';
  useEffect(() => {
    if (!search && wanted) loadSearch().then(setSearch, () => setFailed(true));
  }, [search, wanted]);
  useEffect(() => {
    document.title = current.q ? `“${current.q}” · Search · Errdex` : 'Search · Errdex';
  }, [current.q]);

  const status = Number(current.status);
  // A vendor the catalog lacks (a typo, an old link) filters nothing: say so, as the CLI does.
  const namespaces = [...props.vendors, ...props.standards];
  const unknownVendor = current.vendor !== '' && !namespaces.some((v) => v.id === current.vendor);
  const vendor = (!unknownVendor && current.vendor) || undefined;
  const statusFilter = current.status && Number.isInteger(status) ? status : undefined;
  const answer = useSearchResults(search, {
    q: current.q,
    vendor,
    status: statusFilter,
    limit: LIMIT,
    emptyState: true,
  });
  const results = answer.results;
  const { steps, settled } = useFirstSteps(current.q.trim() !== '');
  const names = Object.fromEntries(namespaces.map((v) => [v.id, v.name]));
  // Of the results shown, which can be a moment older than the URL while the worker answers.
  const filtered = results
    ? results.query.vendor !== undefined || results.query.status !== undefined
    : false;

  let body: React.ReactNode = null;
  if (!current.q.trim()) {
    // No query: the page's static introduction says what to type.
  } else if (failed || answer.failed) {
    body = (
      <p className="mt-4" role="alert">
        Search could not load. Reload the page to try again, or browse errors by vendor or status.
      </p>
    );
  } else if (!results || !settled) {
    body = <p className="mt-4">Loading search…</p>;
  } else if (results.hits.length > 0) {
    body = <HitList hits={results.hits} names={names} steps={steps} />;
  } else {
    const { unfiltered, near } = results;
    body = (
      <div className="mt-4 space-y-3">
        <p>
          No catalogued error matches “{results.query.q}”{filtered ? ' with these filters' : ''}.
          {unfiltered > 0 && (
            <>
              {' '}
              <a
                href={searchUrl({ ...current, vendor: '', status: '' })}
                className="text-blue-800 underline dark:text-blue-300"
                onClick={(e) => {
                  e.preventDefault();
                  writeFilters({ ...current, vendor: '', status: '' });
                }}
              >
                Show {unfiltered} result{unfiltered === 1 ? '' : 's'} without filters
              </a>
              .
            </>
          )}
        </p>
        <p>
          Pasted a whole response body, headers or a log line? The{' '}
          <a href="/decode/" className="text-blue-800 underline dark:text-blue-300">
            decoder
          </a>{' '}
          picks out every error in it.
        </p>
        {near.length > 0 && (
          <section aria-labelledby="near-heading">
            <h2 id="near-heading" className="text-lg font-semibold">
              Near matches
            </h2>
            <HitList hits={near} names={names} steps={steps} />
          </section>
        )}
      </div>
    );
  }

  return (
    <>
      <SearchForm
        {...props}
        initial={current}
        onChange={writeFilters}
        onFocus={() => setFocused(true)}
      />
      {unknownVendor && (
        <p role="status" className="mt-4 text-sm">
          No vendor “{current.vendor}”; showing all vendors.
        </p>
      )}
      {/* Fixed heights while results load: the count line and the list must not push content around (CLS). */}
      <p aria-live="polite" className="mt-4 min-h-5 text-sm text-slate-700 dark:text-slate-300">
        {results && current.q.trim()
          ? countLine(results.hits.length, results.query.q, filtered)
          : ''}
      </p>
      <div className="min-h-screen">{body}</div>
    </>
  );
}
