import type { Entry } from '@/lib/catalog/types';
import { groupByStatus } from '@/lib/entry-view';
import { statusInfo } from '@/lib/taxonomy';
import { EntryList } from './entry-list';

function plural(n: number): string {
  return `${n} ${n === 1 ? 'error' : 'errors'}`;
}

/**
 * A vendor's errors grouped by HTTP status, each group anchored (`#status-400`) and listed in a
 * small index first; errors whose status the vendor does not document come last, apart.
 */
export function StatusGroups({ entries, vendorName }: { entries: Entry[]; vendorName: string }) {
  const { statuses, none } = groupByStatus(entries);
  const groups = [
    ...statuses.map(([status, list]) => ({
      id: `status-${status}`,
      title: `${status} ${statusInfo(status).name}`,
      list,
    })),
    ...(none.length > 0 ? [{ id: 'status-none', title: 'Status not documented', list: none }] : []),
  ];
  return (
    <>
      <nav aria-label="Status groups" className="mt-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          {groups.map((g) => (
            <li key={g.id}>
              <a
                href={`#${g.id}`}
                className="inline-block rounded-full border border-slate-300 px-3 py-1 text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
              >
                {g.title}{' '}
                <span className="text-slate-600 dark:text-slate-400">({g.list.length})</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((g) => (
        <section key={g.id} id={g.id} aria-labelledby={`${g.id}-h`} className="mt-8 scroll-mt-4">
          <h3 id={`${g.id}-h`} className="mb-3 text-lg font-semibold">
            {g.title}{' '}
            <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
              · {plural(g.list.length)}
            </span>
          </h3>
          {g.id === 'status-none' ? (
            <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
              {vendorName} documents these codes without an HTTP status; Errdex does not guess one.
            </p>
          ) : null}
          <EntryList entries={g.list} />
        </section>
      ))}
    </>
  );
}
