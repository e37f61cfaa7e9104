import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { SiteLink } from '@/components/site-link';
import { getCatalog } from '@/lib/catalog/server';
import { STANDARDS } from '@/lib/namespaces/standards';
import { pageMetadata } from '@/lib/page-metadata';
import { standardUrl } from '@/lib/urls';

export const metadata: Metadata = pageMetadata({
  title: 'Telecom standards',
  description:
    'SIP response codes, ITU-T Q.850 cause values and SMPP v3.4 command statuses, explained beside the vendor errors.',
  path: standardUrl(),
});

export default function StandardsPage() {
  const catalog = getCatalog();
  return (
    <>
      <Breadcrumbs items={[{ label: 'Standards' }]} />
      <h1 className="text-3xl font-bold tracking-tight">Telecom standards</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        The protocol codes a communications developer meets beside vendor errors: in SIP responses,
        in hang-up causes and in SMS gateway replies. Each code keeps the names its sources give,
        and says where they disagree; what it means and what to do are ours.
      </p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-3">
        {STANDARDS.map((s) => (
          <li key={s.id} className="rounded-lg border border-slate-200 p-5 dark:border-slate-800">
            <h2 className="text-lg font-semibold">
              <SiteLink
                href={standardUrl(s.id)}
                className="text-blue-700 hover:underline dark:text-blue-400"
              >
                {s.name}
              </SiteLink>
            </h2>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
              {catalog.getStandardEntries(s.id).length} codes
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
