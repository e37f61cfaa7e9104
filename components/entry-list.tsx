import type { Entry } from '@/lib/catalog/types';
import { CATEGORY_LABELS } from '@/lib/taxonomy';
import { EntryCodeLink } from './entry-code-link';
import { MessageText } from './message-text';

/** A compact list of errors: code (or "no code"), message, our category; each a link to its page. */
export function EntryList({
  entries,
  vendorNames,
}: {
  entries: Entry[];
  vendorNames?: Map<string, string>;
}) {
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
      {entries.map((e) => (
        <li
          key={e.url}
          className="px-4 py-3 sm:grid sm:grid-cols-[minmax(9rem,14rem)_1fr_auto] sm:gap-4"
        >
          <div>
            <EntryCodeLink
              entry={e}
              className="font-mono text-sm font-semibold break-all text-blue-700 hover:underline dark:text-blue-400"
            />
            {vendorNames ? (
              <div className="text-xs text-slate-600 dark:text-slate-400">
                {vendorNames.get(e.vendor)}
              </div>
            ) : null}
          </div>
          <p className="mt-1 text-sm break-words text-slate-800 sm:mt-0 dark:text-slate-200">
            <MessageText text={e.message} variables={e.variables} />
          </p>
          <span className="mt-1 inline-block text-xs text-slate-600 sm:mt-0 sm:text-right dark:text-slate-400">
            {CATEGORY_LABELS[e.errdex.category]}
          </span>
        </li>
      ))}
    </ul>
  );
}
