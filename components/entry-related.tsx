import type { Entry } from '@/lib/catalog/types';
import { EntryCodeLink } from './entry-code-link';
import { UndocumentedBadge } from './undocumented-badge';
import { MessageText } from './message-text';

/** A short list of other entries: vendor (when given) and code as the link, then the message. */
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
          <EntryCodeLink
            entry={e}
            vendorName={vendorNames?.get(e.vendor)}
            className="font-semibold text-blue-700 hover:underline dark:text-blue-400"
          />
          <span className="text-slate-700 dark:text-slate-300">
            {' '}
            · {e.documented ? null : <UndocumentedBadge />}
            <MessageText text={e.message} variables={e.variables} />
          </span>
        </li>
      ))}
    </ul>
  );
}
