/**
 * The header search. Without JavaScript it is a plain GET form to /search/, which renders results.
 */
export function SearchBox() {
  return (
    <form action="/search/" method="get" role="search" className="w-full max-w-md">
      <label htmlFor="site-search" className="sr-only">
        Search errors by code or message
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        placeholder="Search codes and messages  ( / )"
        autoComplete="off"
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
      />
    </form>
  );
}
