import { statusUrl } from '@/lib/urls';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { EntryList } from '@/components/entry-list';
import { MdxBody } from '@/components/mdx-body';
import { Section } from '@/components/section';
import { getCatalog } from '@/lib/catalog/server';
import { pageMetadata } from '@/lib/page-metadata';
import { statusInfo } from '@/lib/taxonomy';

export const dynamicParams = false;

type Props = { params: Promise<{ status: string }> };

export function generateStaticParams() {
  return getCatalog()
    .getStatuses()
    .map((s) => ({ status: String(s) }));
}

function parse(raw: string): number | null {
  const status = /^\d{3}$/.test(raw) ? Number(raw) : NaN;
  return getCatalog().getEntriesByStatus(status).length > 0 ? status : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const status = parse((await params).status);
  if (status === null) return {};
  const count = getCatalog().getEntriesByStatus(status).length;
  return pageMetadata({
    title: `HTTP ${status} ${statusInfo(status).name} errors`,
    description: `What HTTP ${status} ${statusInfo(status).name} means, and the ${count} communications API errors documented with it, by vendor.`,
    path: statusUrl(status),
  });
}

export default async function StatusPage({ params }: Props) {
  const status = parse((await params).status);
  if (status === null) notFound();
  const catalog = getCatalog();
  const info = statusInfo(status);
  const entries = catalog.getEntriesByStatus(status);
  const doc = catalog.getStatusDoc(status);
  const byVendor = catalog
    .getVendors()
    .map((v) => ({ vendor: v, list: entries.filter((e) => e.vendor === v.id) }))
    .filter((g) => g.list.length > 0);
  return (
    <>
      <Breadcrumbs items={[{ href: '/status/', label: 'Statuses' }, { label: String(status) }]} />
      <h1 className="text-3xl font-bold tracking-tight">
        <span className="font-mono">{status}</span> {info.name}
      </h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        {entries.length} {entries.length === 1 ? 'error' : 'errors'} from {byVendor.length}{' '}
        {byVendor.length === 1 ? 'vendor' : 'vendors'}
      </p>
      <div className="mt-8 space-y-10">
        <Section id="meaning" title={`What ${status} means in HTTP`}>
          <p className="leading-7">{info.meaning}</p>
        </Section>
        {doc?.body ? (
          <Section
            id="guidance"
            title={`${status} across these APIs`}
            note="Errdex guidance, in our own words."
          >
            <MdxBody source={doc.body} />
          </Section>
        ) : null}
        <Section id="errors" title="Errors by vendor">
          <nav aria-label="Vendors with this status">
            <ul className="flex flex-wrap gap-2 text-sm">
              {byVendor.map(({ vendor, list }) => (
                <li key={vendor.id}>
                  <a
                    href={`#vendor-${vendor.id}`}
                    className="inline-block rounded-full border border-slate-300 px-3 py-1 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
                  >
                    {vendor.name} ({list.length})
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {byVendor.map(({ vendor, list }) => (
            <section
              key={vendor.id}
              id={`vendor-${vendor.id}`}
              aria-labelledby={`vendor-${vendor.id}-h`}
              className="mt-8 scroll-mt-4"
            >
              <h3 id={`vendor-${vendor.id}-h`} className="mb-3 text-lg font-semibold">
                {vendor.name}{' '}
                <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
                  · {list.length}
                </span>
              </h3>
              <EntryList entries={list} />
            </section>
          ))}
        </Section>
      </div>
    </>
  );
}
