'use client';

import type { Filters } from './search-url';

export type SearchFormProps = { vendors: { id: string; name: string }[]; statuses: number[] };

const field =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';

/**
 * The /search/ form: a plain GET form (without JavaScript it reloads the page with the query in
 * the URL); with JavaScript every change is reported through `onChange` instead.
 */
export function SearchForm({
  vendors,
  statuses,
  initial,
  onChange,
  onFocus,
}: SearchFormProps & {
  initial: Filters;
  onChange?: (v: Filters) => void;
  /** Any field focused: the reader is about to search. */
  onFocus?: () => void;
}) {
  const emit = (next: Partial<Filters>) => onChange?.({ ...initial, ...next });

  return (
    <form
      action="/search/"
      method="get"
      role="search"
      aria-label="Search the catalog"
      className="flex flex-wrap items-end gap-3"
      onFocus={onFocus}
      onSubmit={(e) => {
        if (!onChange) return;
        e.preventDefault();
        emit({});
      }}
    >
      <div className="flex min-w-64 flex-1 flex-col gap-1">
        <label htmlFor="search-q" className="text-sm font-medium">
          Code or message
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          {...(onChange ? { value: initial.q } : { defaultValue: initial.q })}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => emit({ q: e.target.value })}
          className={field}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="search-vendor" className="text-sm font-medium">
          Vendor
        </label>
        <select
          id="search-vendor"
          name="vendor"
          {...(onChange ? { value: initial.vendor } : { defaultValue: initial.vendor })}
          onChange={(e) => emit({ vendor: e.target.value })}
          className={field}
        >
          <option value="">All vendors</option>
          {vendors.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="search-status" className="text-sm font-medium">
          HTTP status
        </label>
        <select
          id="search-status"
          name="status"
          {...(onChange ? { value: initial.status } : { defaultValue: initial.status })}
          onChange={(e) => emit({ status: e.target.value })}
          className={field}
        >
          <option value="">All statuses</option>
          {statuses.map((s) => (
            <option key={s} value={String(s)}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="rounded-md bg-blue-700 px-4 py-1.5 font-medium text-white hover:bg-blue-800 dark:bg-blue-500 dark:text-slate-950 dark:hover:bg-blue-400"
      >
        Search
      </button>
    </form>
  );
}
