'use client';

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ShownHit } from '@/lib/search';
import { hitHeading } from './search-hit-heading';
import { SearchHitText } from './search-hit-text';
import { loadSearch, loadedSearch, type SearchClient } from './search-index';
import { searchUrl } from '@/lib/urls';
import { isSlashShortcut } from './slash-shortcut';
import { useSearchResults } from './use-search-results';

const LIST_ID = 'site-search-results';
const optionId = (i: number) => `site-search-option-${i}`;
const MAX_OPTIONS = 8;
const NO_HITS: ShownHit[] = [];

/** Focuses the box on `/`, unless the reader is typing somewhere else. */
function useSlashShortcut(input: React.RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!isSlashShortcut(e)) return;
      e.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [input]);
}

/**
 * The header search as a WAI-ARIA combobox: results as you type in a listbox, arrows move the
 * selection, Enter opens it (or, with nothing selected, submits the form to /search/), Escape
 * closes. Rendered inside a plain GET form, so without JavaScript it is just that form.
 */
export function SearchBoxClient({
  vendorNames,
  initialQuery = '',
}: {
  vendorNames: Record<string, string>;
  /** What the reader typed into the static box before this leaf took it over (reading pages). */
  initialQuery?: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [search, setSearch] = useState<SearchClient | null>(null);
  const [query, setQuery] = useState(initialQuery);
  const [open, setOpen] = useState(initialQuery !== '');
  const [active, setActive] = useState(-1);
  const [failed, setFailed] = useState(false);
  const timing = useRef(false);
  useSlashShortcut(input);

  const load = () => {
    if (search) return;
    const ready = loadedSearch();
    if (ready) setSearch(ready);
    else loadSearch().then(setSearch, () => setFailed(true));
  };

  const answer = useSearchResults(search, { q: query, limit: MAX_OPTIONS });
  const hits = answer.results?.hits ?? NO_HITS;
  // The worker answers a moment after each keystroke: until then the list shows the last answer,
  // and "no result" waits for the answer to this query.
  const fresh = answer.results?.query.q === query;
  const optionCount = query.trim() ? hits.length + 1 : 0;
  const expanded = open && optionCount > 0;

  // Keystroke to results painted: the frame after the commit has been painted when a task
  // queued from its animation frame runs.
  useEffect(() => {
    if (!timing.current || !search) return;
    timing.current = false;
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark('errdex-search-painted');
        performance.measure(
          'errdex-search-keystroke-to-paint',
          'errdex-search-input',
          'errdex-search-painted',
        );
      }, 0),
    );
  }, [hits, search]);

  const go = (i: number) => {
    const hit = hits[i];
    setOpen(false);
    setActive(-1);
    // Pages are plain documents: a full load, which also works when already on /search/.
    if (hit) window.location.assign(hit.doc.url);
    else window.location.assign(searchUrl({ q: query.trim(), vendor: '', status: '' }));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (optionCount === 0) return;
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => {
        if (!expanded || a < 0) return step > 0 ? 0 : optionCount - 1;
        return (a + step + optionCount) % optionCount;
      });
    } else if (e.key === 'Enter' && expanded && active >= 0) {
      e.preventDefault();
      go(active);
    } else if (e.key === 'Escape' && expanded) {
      e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const statusText = !query.trim()
    ? ''
    : failed || answer.failed
      ? 'Search could not load; press Enter to search on the results page.'
      : !search || (!fresh && hits.length === 0)
        ? 'Loading search…'
        : hits.length === 0
          ? 'No result; press Enter for suggestions.'
          : `${hits.length === MAX_OPTIONS ? `Top ${MAX_OPTIONS}` : hits.length} result${hits.length === 1 ? '' : 's'}; use the arrow keys to choose.`;

  return (
    <div className="relative">
      <label htmlFor="site-search" className="sr-only">
        Search errors by code or message
      </label>
      <input
        ref={input}
        id="site-search"
        name="q"
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={LIST_ID}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        placeholder="Search codes and messages  ( / )"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onFocus={load}
        onChange={(e) => {
          performance.mark('errdex-search-input');
          timing.current = true;
          load();
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-900 placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
      />
      <ul
        id={LIST_ID}
        role="listbox"
        aria-label="Search results"
        hidden={!expanded}
        className="absolute right-0 left-0 z-20 mt-1 max-h-[70vh] overflow-y-auto rounded-md border border-slate-300 bg-white py-1 text-sm shadow-lg sm:left-auto sm:w-[32rem] dark:border-slate-600 dark:bg-slate-900"
      >
        {hits.map((hit, i) => (
          <li
            key={hit.doc.key}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => go(i)}
            onMouseMove={() => setActive(i)}
            className={`cursor-pointer px-3 py-2 ${i === active ? 'bg-blue-100 dark:bg-blue-950' : ''}`}
          >
            <span className="font-mono font-semibold">
              {hitHeading(hit.doc, vendorNames, '').code}
            </span>{' '}
            <span className="text-slate-700 dark:text-slate-300">
              {hitHeading(hit.doc, vendorNames, '').detail}
            </span>
            <span className="mt-0.5 block text-slate-900 dark:text-slate-100">
              <SearchHitText runs={hit.marked} />
            </span>
          </li>
        ))}
        {optionCount > 0 && (
          <li
            id={optionId(hits.length)}
            role="option"
            aria-selected={active === hits.length}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => go(hits.length)}
            onMouseMove={() => setActive(hits.length)}
            className={`cursor-pointer border-t border-slate-200 px-3 py-2 text-blue-800 dark:border-slate-700 dark:text-blue-300 ${active === hits.length ? 'bg-blue-100 dark:bg-blue-950' : ''}`}
          >
            {!fresh || hits.length ? 'All results for' : 'No match yet: search for'} “{query.trim()}
            ”
          </li>
        )}
      </ul>
      <p aria-live="polite" className="sr-only">
        {statusText}
      </p>
    </div>
  );
}
