import { getCatalog } from '@/lib/catalog/server';
import { SearchBoxClient } from './search-box-client';

/**
 * The header search. Without JavaScript it is a plain GET form to /search/; with it, the client
 * leaf shows results as you type. On /search/ and /decode/ the framework hydrates the leaf; on
 * reading pages, which carry no framework runtime, the page's small script mounts the same leaf
 * on first use (components/search-box-island.tsx), reading the vendor names from `data-vendors`.
 */
export function SearchBox() {
  const vendorNames = Object.fromEntries(
    getCatalog()
      .getVendors()
      .map((v) => [v.id, v.name]),
  );
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
