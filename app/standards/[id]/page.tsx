import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { SiteLink } from '@/components/site-link';
import { getCatalog } from '@/lib/catalog/server';
import { STANDARDS } from '@/lib/namespaces/standards';
import { pageMetadata } from '@/lib/page-metadata';
import { standardUrl } from '@/lib/urls';

export const dynamicParams = false;

type Props = { params: Promise<{ id: string }> };

export function generateStaticParams() {
  return STANDARDS.map((s) => ({ id: s.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const found = STANDARDS.find((s) => s.id === id);
  if (!found) return {};
  return pageMetadata({
    title: found.name,
    description: `Every ${found.name.toLowerCase()} code, grouped by class, with what it means and what to do.`,
    path: standardUrl(found.id),
  });
}

export default async function StandardPage({ params }: Props) {
  const { id } = await params;
  const standard = STANDARDS.find((s) => s.id === id);
  if (!standard) notFound();
  const entries = getCatalog().getStandardEntries(id);
  const groups = new Map<string, typeof entries>();
  for (const e of entries) groups.set(e.group, [...(groups.get(e.group) ?? []), e]);
  return (
    <>
      <Breadcrumbs
        items={[{ label: 'Standards', href: standardUrl() }, { label: standard.name }]}
      />
      <h1 className="text-3xl font-bold tracking-tight">{standard.name}</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{entries.length} codes.</p>
      {[...groups].map(([group, list]) => (
        <section key={group} className="mt-8" aria-labelledby={`group-${groupSlug(group)}`}>
          <h2 id={`group-${groupSlug(group)}`} className="text-xl font-semibold">
            {group}
          </h2>
          <ul className="mt-3 space-y-1">
            {list.map((e) => (
              <li key={e.slug}>
                <SiteLink
                  href={e.url}
                  className="font-mono text-blue-700 hover:underline dark:text-blue-400"
                >
                  {e.code}
                </SiteLink>{' '}
                {e.title}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** A class name as an id: `normal event` → `normal-event` (an id holds no spaces). */
function groupSlug(group: string): string {
  return group.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
