import { SiteLink } from '@/components/site-link';
import type { Metadata } from 'next';
import { SITE_NAME } from '@/lib/site';

export const metadata: Metadata = {
  title: 'Not catalogued',
  description:
    'This page or code is not catalogued in Errdex. Search the catalog or paste the whole response into the decoder.',
  robots: { index: false },
  openGraph: {
    siteName: SITE_NAME,
    type: 'website',
    title: `Not catalogued · ${SITE_NAME}`,
    description: 'This page or code is not catalogued in Errdex.',
  },
};

/**
 * `out/404.html`, served by static hosts for any unknown path. `/not-found.js` (external, so a
 * strict CSP holds) sends a URL in capitals such as `/code/CMN-101/` to its lowercase form and fills the token into the
 * search; without JavaScript the search form is still there to type it in.
 */
export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <script async src="/not-found.js" />
      <h1 className="text-3xl font-bold tracking-tight">Not catalogued</h1>
      <p className="mt-3 leading-7">
        Errdex has no page at this address: the page or code is not catalogued. Codes in{' '}
        <code className="font-mono">/code/…/</code> addresses are lowercase, for example{' '}
        <SiteLink
          href="/code/cmn-101/"
          className="text-blue-700 underline underline-offset-2 dark:text-blue-400"
        >
          /code/cmn-101/
        </SiteLink>
        .
      </p>
      <form action="/search/" method="get" role="search" className="mt-6 flex flex-wrap gap-2">
        <label htmlFor="nf-q" className="w-full text-sm font-medium">
          Search the catalog for the code or message
        </label>
        <input
          id="nf-q"
          name="q"
          type="search"
          className="min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100"
        />
        <button
          type="submit"
          className="rounded-md bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 dark:bg-blue-500 dark:text-slate-950 dark:hover:bg-blue-400"
        >
          Search
        </button>
      </form>
      <ul className="mt-6 space-y-2">
        <li>
          <a
            id="nf-search"
            href="/search/"
            className="text-blue-700 underline underline-offset-2 dark:text-blue-400"
          >
            Search for this code
          </a>
        </li>
        <li>
          <a
            href="/decode/"
            className="text-blue-700 underline underline-offset-2 dark:text-blue-400"
          >
            Paste the whole error response into the decoder
          </a>
        </li>
        <li>
          <SiteLink
            href="/vendors/"
            className="text-blue-700 underline underline-offset-2 dark:text-blue-400"
          >
            Browse every vendor&apos;s errors
          </SiteLink>
        </li>
      </ul>
    </div>
  );
}
