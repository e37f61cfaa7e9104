import { standardUrl, statusUrl } from '@/lib/urls';
import { STANDARDS } from '@/lib/namespaces/standards';
import { SiteLink } from '@/components/site-link';
import { getCatalog } from '@/lib/catalog/server';
import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/page-metadata';
import { SITE_TAGLINE } from '@/lib/site';
import { countLine } from '@/lib/entry-view';
import { statusInfo } from '@/lib/taxonomy';

export const metadata: Metadata = {
  ...pageMetadata({ title: 'Errdex', description: SITE_TAGLINE, path: '/' }),
  title: { absolute: 'Errdex: communications API error reference' },
};

export default function HomePage() {
  const catalog = getCatalog();
  return (
    <div className="space-y-10">
      <section>
        <h1 className="text-3xl font-bold tracking-tight">Errdex</h1>
        <p className="mt-2 text-lg text-slate-700 dark:text-slate-300">{SITE_TAGLINE}</p>
        <p className="mt-4">
          {catalog.getEntries().length} errors from {catalog.getVendors().length} vendors (
          {countLine(catalog.getEntries())}). Search by code or message above, or{' '}
          <SiteLink href="/decode/" className="text-blue-700 underline dark:text-blue-400">
            paste a whole response into the decoder
          </SiteLink>
          .
        </p>
      </section>
      <section aria-labelledby="vendors-heading">
        <h2 id="vendors-heading" className="text-xl font-semibold">
          Vendors
        </h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {catalog.getVendors().map((v) => (
            <li key={v.id}>
              <SiteLink href={v.url} className="text-blue-700 underline dark:text-blue-400">
                {v.name}
              </SiteLink>{' '}
              <span className="text-sm text-slate-600 dark:text-slate-400">
                {v.product} · {countLine(catalog.getEntriesByVendor(v.id))}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="standards-heading">
        <h2 id="standards-heading" className="text-xl font-semibold">
          <SiteLink href={standardUrl()} className="text-blue-700 underline dark:text-blue-400">
            Telecom standards
          </SiteLink>
        </h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-3">
          {STANDARDS.map((s) => (
            <li key={s.id}>
              <SiteLink
                href={standardUrl(s.id)}
                className="text-blue-700 underline dark:text-blue-400"
              >
                {s.name}
              </SiteLink>{' '}
              <span className="text-sm text-slate-600 dark:text-slate-400">
                {catalog.getStandardEntries(s.id).length} codes
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="statuses-heading">
        <h2 id="statuses-heading" className="text-xl font-semibold">
          HTTP statuses
        </h2>
        <ul className="mt-3 flex flex-wrap gap-2">
          {catalog.getStatuses().map((s) => (
            <li key={s}>
              <SiteLink href={statusUrl(s)} className="text-blue-700 underline dark:text-blue-400">
                {s} {statusInfo(s).name}
              </SiteLink>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
