import { Fragment } from 'react';
import { statusUrl, vendorStatusUrl } from '@/lib/urls';
import { SiteLink } from '@/components/site-link';
import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { getCatalog } from '@/lib/catalog/server';
import { pageMetadata } from '@/lib/page-metadata';
import { possessive } from '@/lib/entry-view';
import { statusInfo } from '@/lib/taxonomy';

export const metadata: Metadata = pageMetadata({
  title: 'HTTP statuses',
  description:
    'Every HTTP status the catalogued communications APIs answer errors with, and how many errors each vendor documents under it.',
  path: '/status/',
});

export default function StatusIndexPage() {
  const catalog = getCatalog();
  const undocumented = catalog.getEntries().filter((e) => e.statuses.length === 0);
  // The vendors whose pages list them, from the data: whichever vendors document no status.
  const vendors = catalog.getVendors().filter((v) => undocumented.some((e) => e.vendor === v.id));
  const and = (i: number) => (i === 0 ? '' : i === vendors.length - 1 ? ' and ' : ', ');
  return (
    <>
      <Breadcrumbs items={[{ label: 'Statuses' }]} />
      <h1 className="text-3xl font-bold tracking-tight">HTTP statuses</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Every status some vendor documents for an error. An error documented with two statuses is
        counted under both.
      </p>
      <ul className="mt-6 divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {catalog.getStatuses().map((s) => {
          const entries = catalog.getEntriesByStatus(s);
          const vendors = new Set(entries.map((e) => e.vendor)).size;
          return (
            <li key={s} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 px-4 py-3">
              <SiteLink
                href={statusUrl(s)}
                className="font-semibold text-blue-700 hover:underline dark:text-blue-400"
              >
                <span className="font-mono">{s}</span> {statusInfo(s).name}
              </SiteLink>
              <span className="ml-auto text-sm text-slate-600 dark:text-slate-400">
                {entries.length} {entries.length === 1 ? 'error' : 'errors'} · {vendors}{' '}
                {vendors === 1 ? 'vendor' : 'vendors'}
              </span>
            </li>
          );
        })}
      </ul>
      {undocumented.length > 0 ? (
        <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">
          {undocumented.length} errors have no documented status (
          {vendors.map((v, i) => and(i) + possessive(v.name)).join('')} body codes); they are listed
          under{' '}
          {vendors.map((v, i) => (
            <Fragment key={v.id}>
              {and(i)}
              <SiteLink
                href={vendorStatusUrl(v.id, null)}
                className="text-blue-700 underline underline-offset-2 dark:text-blue-400"
              >
                &ldquo;Status not documented&rdquo; on the {v.name} page
              </SiteLink>
            </Fragment>
          ))}
          .
        </p>
      ) : null}
    </>
  );
}
