import type { Metadata } from 'next';
import { SiteLink } from '@/components/site-link';
import { getCatalog } from '@/lib/catalog/server';
import { pageMetadata } from '@/lib/page-metadata';
import { DecoderClient } from './decoder-client';

const DESCRIPTION =
  'Paste an API error response, a curl -i output or log lines: Errdex names the vendor, the error, the values that filled its message, and what to do. Nothing you paste leaves your browser.';

export const metadata: Metadata = pageMetadata({
  title: 'Decode an error',
  description: DESCRIPTION,
  path: '/decode/',
});

export default function DecodePage() {
  const catalog = getCatalog();
  // Vendors and standards, by the names cards show them under (`RingCentral`, `SIP`).
  const vendors = [
    ...catalog.getVendors().map((v) => ({ id: v.id, name: v.name })),
    ...[...new Set(catalog.catalog.standards.map((s) => s.namespace))].map((id) => ({
      id,
      name: catalog.getNamespaceLabel(id),
    })),
  ];
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Decode an error</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Paste whatever you have: a raw JSON body, a whole HTTP response with its status line and
          headers, log lines with JSON inside (even escaped), a Python dict, a lone code or a lone
          message. Every error Errdex knows is identified, in order, with the values that filled its
          message. Decoding happens in your browser; nothing you paste is sent anywhere, and secrets
          are masked in results and share links.
        </p>
      </header>
      <noscript>
        <p className="rounded-md border border-amber-600 p-3">
          The decoder runs in your browser and needs JavaScript. Without it, look a code up at{' '}
          <code>/code/&lt;code&gt;/</code>, use the search box above, or run{' '}
          <code>errdex decode</code> in a terminal.
        </p>
      </noscript>
      <DecoderClient vendors={vendors} />
      <p className="text-sm text-slate-700 dark:text-slate-300">
        In a terminal, the same decoder is <code>npm run --silent errdex -- decode</code>; see also
        the{' '}
        <SiteLink href="/" className="text-blue-700 underline dark:text-blue-300">
          vendor list
        </SiteLink>
        .
      </p>
    </div>
  );
}
