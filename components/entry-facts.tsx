import { SiteLink } from '@/components/site-link';
import type { ReactNode } from 'react';
import type { Entry, Vendor } from '@/lib/catalog/types';
import { vendorFormat } from '@/lib/namespaces/vendors';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="py-2">
      <dt className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
        {term}
      </dt>
      <dd className="mt-0.5 text-sm break-words">{children}</dd>
    </div>
  );
}

/** The facts at a glance, each as the vendor wrote it (or, undocumented, as it was seen). */
export function EntryFacts({ entry, vendor }: { entry: Entry; vendor: Vendor }) {
  return (
    <dl className="divide-y divide-slate-200 dark:divide-slate-800">
      <Row term="Vendor">
        <SiteLink href={vendor.url} className="text-blue-700 hover:underline dark:text-blue-400">
          {vendor.name}
        </SiteLink>
      </Row>
      <Row term="Code">
        {entry.code !== null ? <code className="font-mono">{entry.code}</code> : 'No code'}
        {entry.code === null ? (
          <span className="block text-xs text-slate-600 dark:text-slate-400">
            {vendorFormat(vendor.format)?.labels.codeless}
          </span>
        ) : null}
      </Row>
      {entry.aliases.length > 0 ? (
        <Row term="Also sent as">
          {entry.aliases.map((a) => (
            <code key={a} className="mr-2 font-mono">
              {a}
            </code>
          ))}
        </Row>
      ) : null}
      {entry.documented ? (
        <Row term="Documented status">{entry.status ?? 'Not documented'}</Row>
      ) : (
        <Row term="Status seen">{entry.status ?? 'None shown in the source'}</Row>
      )}
      {entry.type ? (
        <Row term="Type">
          <code className="font-mono">{entry.type}</code>
        </Row>
      ) : null}
      {entry.detailKeys.length > 0 ? (
        <Row term="Detail keys">
          <ul className="flex flex-wrap gap-1.5">
            {entry.detailKeys.map((k) => (
              <li key={k}>
                <code className="rounded bg-slate-100 px-1 font-mono text-xs dark:bg-slate-800">
                  {k}
                </code>
              </li>
            ))}
          </ul>
        </Row>
      ) : null}
      {entry.section ? <Row term="Documented under">{entry.section}</Row> : null}
    </dl>
  );
}
