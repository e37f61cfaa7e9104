import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { CodeBlock } from '@/components/code-block';
import { InlineCode } from '@/components/inline-code';
import { MdxBody } from '@/components/mdx-body';
import { StatusGroups } from '@/components/status-groups';
import { countLine, possessive } from '@/lib/entry-view';
import { getCatalog } from '@/lib/catalog/server';
import { pageMetadata } from '@/lib/page-metadata';

export const dynamicParams = false;

type Props = { params: Promise<{ vendor: string }> };

export function generateStaticParams() {
  return getCatalog()
    .getVendors()
    .map((v) => ({ vendor: v.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const vendor = getCatalog().getVendor((await params).vendor);
  if (!vendor) return {};
  const count = countLine(getCatalog().getEntriesByVendor(vendor.id));
  return pageMetadata({
    title: `${vendor.name} API errors`,
    description: `All errors of the ${vendor.product} (${count}), grouped by HTTP status: the body format, what each error means and what to do.`,
    path: vendor.url,
  });
}

export default async function VendorPage({ params }: Props) {
  const catalog = getCatalog();
  const vendor = catalog.getVendor((await params).vendor);
  if (!vendor) notFound();
  const entries = catalog.getEntriesByVendor(vendor.id);
  return (
    <>
      <Breadcrumbs items={[{ href: '/vendors/', label: 'Vendors' }, { label: vendor.name }]} />
      <h1 className="text-3xl font-bold tracking-tight">{vendor.name} API errors</h1>
      <p className="mt-2 text-lg text-slate-700 dark:text-slate-300">
        {vendor.product} · {countLine(entries)}
      </p>
      {entries.some((e) => !e.documented) ? (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          Observed entries are codes seen in real responses that {possessive(vendor.name)}{' '}
          documentation does not list; each is marked and cites its public source.
        </p>
      ) : null}

      <section aria-labelledby="shape-h" className="mt-8">
        <h2 id="shape-h" className="text-xl font-semibold">
          The error body
        </h2>
        <p className="mt-2 leading-7">
          <InlineCode text={vendor.shape} />
        </p>
        <h3 className="mt-5 mb-2 font-semibold">Example, as {vendor.name} documents it</h3>
        <CodeBlock code={vendor.example} label={`${vendor.name} example error body`} />
        <h3 className="mt-5 font-semibold">How Errdex recognizes it</h3>
        <p className="mt-1 leading-7">
          A body is read as {possessive(vendor.name)} when it has{' '}
          <InlineCode text={vendor.recognizedBy} />
        </p>
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          Source: {possessive(vendor.name)} error documentation ({vendor.source}).
        </p>
      </section>

      {vendor.body ? (
        <section
          aria-labelledby="guidance-h"
          className="mt-10 rounded-lg border border-slate-200 p-5 dark:border-slate-800"
        >
          <h2 id="guidance-h" className="text-xl font-semibold">
            Handling errors from {vendor.name}
          </h2>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            Errdex guidance: written by Errdex, not documented by {vendor.name}.
          </p>
          <MdxBody source={vendor.body.replace(/^##\s+Handling errors from[^\n]*\n/, '')} />
        </section>
      ) : null}

      <section aria-labelledby="errors-h" className="mt-10">
        <h2 id="errors-h" className="text-xl font-semibold">
          All errors by HTTP status
        </h2>
        <StatusGroups entries={entries} vendorName={vendor.name} />
      </section>
    </>
  );
}
