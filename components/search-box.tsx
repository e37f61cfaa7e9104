import { getCatalog } from '@/lib/catalog/server';
import { namespaceNames } from '@/lib/catalog/namespace-names';
import { SearchBoxClient } from './search-box-client';

/**
 * The header search. Without JavaScript it is a plain GET form to /search/; with it, the client
 * leaf shows results as you type. On /search/ and /decode/ the framework hydrates the leaf; on
 * reading pages, which carry no framework runtime, the page's small script mounts the same leaf
 * on first use (components/search-box-island.tsx), reading the vendor names and
 * standard labels from `data-vendors`.
 */
export function SearchBox() {
  const vendorNames = namespaceNames(getCatalog());
  return (
    <form
      action="/search/"
      method="get"
      role="search"
      aria-label="Site search"
      data-search-box=""
      data-vendors={JSON.stringify(vendorNames)}
      className="w-full max-w-md"
    >
      <SearchBoxClient vendorNames={vendorNames} />
    </form>
  );
}
