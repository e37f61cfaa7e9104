import { SiteLink } from '@/components/site-link';
import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { getCatalog } from '@/lib/catalog/server';
import { countLine, groupByStatus } from '@/lib/entry-view';
import { pageMetadata } from '@/lib/page-metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Vendors',
  description:
    'Every communications platform in Errdex, with its product, its error body format and how many errors it documents.',
  path: '/vendors/',
});

export default function VendorsPage() {
  const catalog = getCatalog();
  return (
    <>
      <Breadcrumbs items={[{ label: 'Vendors' }]} />
      <h1 className="text-3xl font-bold tracking-tight">Vendors</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        {catalog.getEntries().length} errors from {catalog.getVendors().length} platforms (
        {countLine(catalog.getEntries())}): documented ones are taken from the vendor&apos;s
        published error documentation, observed ones from public reports of real responses.
      </p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {catalog.getVendors().map((v) => {
          const entries = catalog.getEntriesByVendor(v.id);
          const groups = groupByStatus(entries);
          const coded = entries.filter((e) => e.code !== null).length;
          const observed = entries.filter((e) => !e.documented).length;
          return (
            <li
              key={v.id}
              className="rounded-lg border border-slate-200 p-5 hover:border-slate-400 dark:border-slate-800 dark:hover:border-slate-600"
            >
              <h2 className="text-lg font-semibold">
                <SiteLink href={v.url} className="text-blue-700 hover:underline dark:text-blue-400">
                  {v.name}
                </SiteLink>
              </h2>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{v.product}</p>
              <dl className="mt-3 grid grid-cols-4 gap-2 text-sm">
                <div>
                  <dt className="text-slate-600 dark:text-slate-400">Documented</dt>
                  <dd className="font-semibold">{entries.length - observed}</dd>
                </div>
                <div>
                  <dt className="text-slate-600 dark:text-slate-400">Observed</dt>
                  <dd className="font-semibold">{observed}</dd>
                </div>
                <div>
                  <dt className="text-slate-600 dark:text-slate-400">With a code</dt>
                  <dd className="font-semibold">{coded}</dd>
                </div>
                <div>
                  <dt className="text-slate-600 dark:text-slate-400">Statuses</dt>
                  <dd className="font-semibold">{groups.statuses.length}</dd>
                </div>
              </dl>
            </li>
          );
        })}
      </ul>
    </>
  );
}
