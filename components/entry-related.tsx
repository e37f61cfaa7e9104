import Link from 'next/link';
import type { Entry } from '@/lib/catalog/types';
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
          <Link
            href={e.url}
            aria-label={
              e.code === null
                ? `${vendorNames ? `${vendorNames.get(e.vendor)} ` : ''}${e.status ?? 'no status'} (no code): ${e.message}`
                : undefined
            }
            className="font-semibold text-blue-700 hover:underline dark:text-blue-400"
          >
            {vendorNames ? `${vendorNames.get(e.vendor)} ` : ''}
            {e.code !== null ? (
              <span className="font-mono">{e.code}</span>
            ) : (
              <span>
                {e.status ?? 'no status'} <span className="font-normal">(no code)</span>
              </span>
            )}
          </Link>
          <span className="text-slate-700 dark:text-slate-300">
            {' '}
            · <MessageText text={e.message} variables={e.variables} />
          </span>
        </li>
      ))}
    </ul>
  );
}
