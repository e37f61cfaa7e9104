import Link from 'next/link';
import type { Entry } from '@/lib/catalog/types';
import { entryLabel } from '@/lib/entry-view';
import { MessageText } from './message-text';

/** A short list of other entries, each with its vendor (when given) and message. */
export function RelatedList({
  entries,
  vendorNames,
}: {
  entries: Entry[];
  vendorNames?: Map<string, string>;
}) {
  return (
    <ul className="space-y-2">
      {entries.map((e) => (
        <li key={e.url} className="text-sm">
          <Link
            href={e.url}
            className="font-mono font-semibold text-blue-700 hover:underline dark:text-blue-400"
          >
            {vendorNames ? `${vendorNames.get(e.vendor)} ` : ''}
            {entryLabel(e)}
          </Link>
          {e.code !== null ? (
            <span className="text-slate-700 dark:text-slate-300">
              {' '}
              · <MessageText text={e.message} variables={e.variables} />
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
