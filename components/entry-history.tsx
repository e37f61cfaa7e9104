import type { Entry } from '@/lib/catalog/types';
import { changeLine } from '@/lib/change-words';
import { Section } from './section';

/** The entry's dated change record, oldest first: what changed in the catalog, and when. */
export function EntryHistory({ entry }: { entry: Entry }) {
  if (entry.changes.length === 0) return null;
  return (
    <Section id="history" title="History">
      <ol className="space-y-1.5 text-sm break-words text-slate-800 dark:text-slate-200">
        {entry.changes.map((change, i) => (
          <li key={i}>
            <time dateTime={change.date} className="font-mono">
              {change.date}
            </time>{' '}
            {changeLine(change)}
          </li>
        ))}
      </ol>
    </Section>
  );
}
