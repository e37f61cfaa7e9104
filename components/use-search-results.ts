import { useEffect, useState } from 'react';
import type { Results, ResultsQuery } from '@/lib/search';
import type { SearchClient } from './search-index';

/**
 * The latest results for `query` from the search worker, or null before the first arrive. While a
 * new query is answered the previous results stay (they carry the query they answer), so a view
 * never blanks between keystrokes; an answer to a query that has since changed is dropped.
 */
export function useSearchResults(
  search: SearchClient | null,
  query: ResultsQuery | null,
): { results: Results | null; failed: boolean } {
  const [state, setState] = useState<{ results: Results | null; failed: boolean }>({
    results: null,
    failed: false,
  });
  // One request per distinct query, however often the caller builds the object.
  const key = query && query.q.trim() ? JSON.stringify(query) : null;
  useEffect(() => {
    if (!search || key === null) return;
    let current = true;
    search.results(JSON.parse(key) as ResultsQuery).then(
      (results) => current && setState({ results, failed: false }),
      () => current && setState((s) => ({ ...s, failed: true })),
    );
    return () => {
      current = false;
    };
  }, [search, key]);
  return key === null ? { results: null, failed: false } : state;
}
