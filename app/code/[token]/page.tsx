import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCatalog } from '@/lib/catalog/server';
import { codePage, entryLabel } from '@/lib/entry-view';
import { absoluteUrl, pageMetadata } from '@/lib/page-metadata';

/**
 * `/code/<token>/`: deep links from logs. One entry: a tiny page that sends the reader on
 * (meta refresh, canonical, a visible link). Several: a list to choose from.
 */
export const dynamicParams = false;

type Props = { params: Promise<{ token: string }> };

export function generateStaticParams() {
  return [...getCatalog().getCodePaths().keys()].map((token) => ({ token }));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

async function load(params: Props['params']) {
  const raw = (await params).token;
  // Segments may arrive percent-encoded; tokens are looked up in their plain form.
  const token = getCatalog().getEntriesByCodePath(raw).length > 0 ? raw : safeDecode(raw);
  return { token, page: codePage(getCatalog().getEntriesByCodePath(token)) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { token, page } = await load(params);
  if (!page) return {};
  const vendor = (id: string) => getCatalog().getVendor(id)?.name ?? id;
  if (page.kind === 'redirect') {
    const base = pageMetadata({
      title: `${page.entry.code ?? token} (${vendor(page.entry.vendor)})`,
      description: `${vendor(page.entry.vendor)} error ${page.entry.code ?? token}: ${page.entry.message}`,
      path: page.url,
    });
    return { ...base, robots: { index: false, follow: true } };
  }
  return pageMetadata({
    title: `Code ${token}`,
    description: `${page.entries.length} catalogued errors use the code ${token}: ${page.entries.map((e) => vendor(e.vendor)).join(', ')}.`,
    path: `/code/${token}/`,
  });
}

export default async function CodePage({ params }: Props) {
  const { token, page } = await load(params);
  if (!page) notFound();
  const catalog = getCatalog();
  const vendorName = (id: string) => catalog.getVendor(id)?.name ?? id;
  if (page.kind === 'redirect') {
    return (
      <>
        <meta httpEquiv="refresh" content={`0; url=${page.url}`} />
        <h1 className="text-2xl font-bold">
          {vendorName(page.entry.vendor)} {entryLabel(page.entry)}
        </h1>
        <p className="mt-3">
          This error is documented at{' '}
          <a
            href={page.url}
            className="text-blue-700 underline underline-offset-2 dark:text-blue-400"
          >
            {absoluteUrl(page.url)}
          </a>
          .
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-bold">
        Code <span className="font-mono">{token}</span>
      </h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        {page.entries.length} catalogued errors use this identifier. Pick the vendor whose API you
        called:
      </p>
      <ul className="mt-4 space-y-2">
        {page.entries.map((e) => (
          <li key={e.url}>
            <a
              href={e.url}
              className="text-blue-700 underline underline-offset-2 dark:text-blue-400"
            >
              {vendorName(e.vendor)} {entryLabel(e)}
            </a>{' '}
            <span className="text-slate-700 dark:text-slate-300">· {e.message}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
