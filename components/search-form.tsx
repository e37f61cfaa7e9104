'use client';

import type { Filters } from './search-url';

type Named = { id: string; name: string };

/** `vendors` and `standards` (named by label: `SIP`) are what the namespace filter offers. */
export type SearchFormProps = { vendors: Named[]; standards: Named[]; statuses: number[] };

const field =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';

/**
 * The /search/ form: a plain GET form (without JavaScript it reloads the page with the query in
 * the URL); with JavaScript every change is reported through `onChange` instead.
 */
export function SearchForm({
  vendors,
  standards,
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
  // With JavaScript the fields follow the URL's filters; without, they only start from them.
  const bind = (value: string) => (onChange ? { value } : { defaultValue: value });

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
          {...bind(initial.q)}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => emit({ q: e.target.value })}
          className={field}
        />
      </div>
      <FilterSelect
        name="vendor"
        label="Vendor or standard"
        all="All vendors and standards"
        groups={[
          { label: 'Vendors', options: vendors.map((v) => ({ value: v.id, label: v.name })) },
          { label: 'Standards', options: standards.map((s) => ({ value: s.id, label: s.name })) },
        ]}
        bound={bind(initial.vendor)}
        onChange={(vendor) => emit({ vendor })}
      />
      <FilterSelect
        name="status"
        label="HTTP status"
        all="All statuses"
        groups={[{ options: statuses.map((s) => ({ value: String(s), label: String(s) })) }]}
        bound={bind(initial.status)}
        onChange={(status) => emit({ status })}
      />
      <button
        type="submit"
        className="rounded-md bg-blue-700 px-4 py-1.5 font-medium text-white hover:bg-blue-800 dark:bg-blue-500 dark:text-slate-950 dark:hover:bg-blue-400"
      >
        Search
      </button>
    </form>
  );
}

/** One filter of the form: a labelled select whose empty option means "no filter". */
function FilterSelect({
  name,
  label,
  all,
  groups,
  bound,
  onChange,
}: {
  name: keyof Filters;
  label: string;
  /** The empty option's text. */
  all: string;
  /** The options, in groups; a group with a label is drawn as one (`<optgroup>`). */
  groups: { label?: string; options: { value: string; label: string }[] }[];
  bound: { value: string } | { defaultValue: string };
  onChange: (value: string) => void;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`search-${name}`} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={`search-${name}`}
        name={name}
        {...bound}
        onChange={(e) => onChange(e.target.value)}
        className={field}
      >
        <option value="">{all}</option>
        {groups.map((g) => {
          const options = g.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ));
          if (options.length === 0) return null;
          return g.label ? (
            <optgroup key={g.label} label={g.label}>
              {options}
            </optgroup>
          ) : (
            options
          );
        })}
      </select>
    </div>
  );
}
