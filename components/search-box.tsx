import { getCatalog } from '@/lib/catalog/server';
import { SearchBoxClient } from './search-box-client';

/**
 * The header search. Without JavaScript it is a plain GET form to /search/; with it, the client
 * leaf shows results as you type.
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
      className="w-full max-w-md"
    >
      <SearchBoxClient vendorNames={vendorNames} />
    </form>
  );
}
