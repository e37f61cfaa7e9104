import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { CopyButton, CopyButtonsNoScript } from '@/components/copy-button';
import { EntryExample } from '@/components/entry-example';
import { EntryObserved, SourceLink, UndocumentedNotice } from '@/components/entry-observed';
import { EntryProvenance } from '@/components/entry-provenance';
import { EntryAssessment } from '@/components/entry-assessment';
import { EntryInShort } from '@/components/entry-in-short';
import { EntryToc } from '@/components/entry-toc';
import { EntryFacts } from '@/components/entry-facts';
import { EntryHistory } from '@/components/entry-history';
import { EntryRelations } from '@/components/entry-relations';
import { EntryStatuses } from '@/components/entry-statuses';
import { MdxBody } from '@/components/mdx-body';
import { MessageText } from '@/components/message-text';
import { Section } from '@/components/section';
import { entryDataPath, entryMarkdownPath } from '@/lib/urls';
import { getCatalog } from '@/lib/catalog/server';
import { entrySummary, explanationSections } from '@/lib/entry-summary';
import { clip, entryLabel, possessive, relatedByStatus } from '@/lib/entry-view';
import { absoluteUrl, pageMetadata } from '@/lib/page-metadata';
import { templateVariables } from '@/lib/template';
import {
  CATEGORY_LABELS,
  MESSAGE_KIND_LABELS,
  faultLine,
  retryLine,
  undocumentedLabel,
} from '@/lib/taxonomy';

export const dynamicParams = false;

type Props = { params: Promise<{ vendor: string; slug: string }> };

export function generateStaticParams() {
  return getCatalog()
    .getEntries()
    .map((e) => ({ vendor: e.vendor, slug: e.slug }));
}

async function load(params: Props['params']) {
  const { vendor, slug } = await params;
  const catalog = getCatalog();
  const entry = catalog.getEntry(vendor, slug);
  const v = catalog.getVendor(vendor);
  return entry && v ? { catalog, entry, vendor: v } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  const { entry, vendor } = found;
  const label = entry.code ?? clip(entryLabel(entry), 60);
  const meta = pageMetadata({
    title: `${label} (${vendor.name} error)`,
    description: clip(
      `${entry.documented ? '' : `${undocumentedLabel(vendor.name)}. `}${vendor.name} ${entry.code ?? 'error'}: "${entry.message}". ${CATEGORY_LABELS[entry.errdex.category]}. ${faultLine(entry.errdex.fault)}. ${retryLine(entry.errdex.retry)}.`,
    ),
    path: entry.url,
  });
  // The page's twins: its data as JSON and its text as Markdown (README, "JSON API and feeds").
  const types = {
    'application/json': absoluteUrl(entryDataPath(entry)),
    'text/markdown': absoluteUrl(entryMarkdownPath(entry)),
  };
  return { ...meta, alternates: { ...meta.alternates, types } };
}

export default async function EntryPage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const { catalog, entry, vendor } = found;
  const pageUrl = absoluteUrl(entry.url);

  const summary = entrySummary(entry.body);
  const explanation = explanationSections(entry.body);
  const hasRelated =
    relatedByStatus(entry, catalog.getEntriesByVendor(vendor.id)).length > 0 ||
    catalog.getSameMessage(entry).length > 0 ||
    catalog.getEquivalenceGroups(entry).length > 0;
  const toc = [
    summary ? { id: 'in-short', label: 'In short' } : null,
    explanation['What to do'] ? { id: 'what-to-do', label: 'What to do' } : null,
    explanation['Likely causes'] ? { id: 'likely-causes', label: 'Likely causes' } : null,
    explanation['What it means'] ? { id: 'what-it-means', label: 'What it means' } : null,
    { id: 'message', label: 'The message' },
    entry.observed.length > 0 ? { id: 'also-seen-as', label: 'Also seen as' } : null,
    { id: 'example', label: 'Example body' },
    { id: 'facts', label: entry.documented ? 'Documented facts' : 'Observed facts' },
    { id: 'assessment', label: "Errdex's assessment" },
    { id: 'provenance', label: 'Where this comes from' },
    hasRelated ? { id: 'related-errors', label: 'Related errors' } : null,
    entry.changes.length > 0 ? { id: 'history', label: 'History' } : null,
  ].filter((item) => item !== null);
  const ours = `Errdex guidance in our own words; ${vendor.name} does not document this.`;

  return (
    <article>
      <Breadcrumbs
        items={[
          { href: '/vendors/', label: 'Vendors' },
          { href: vendor.url, label: vendor.name },
          { label: clip(entryLabel(entry), 48) },
        ]}
      />
      <header>
        <p className="text-sm font-medium text-slate-600 dark:text-slate-400">
          {vendor.name} error
        </p>
        <h1
          className={`mt-1 font-bold tracking-tight break-words ${entry.code !== null ? 'font-mono text-3xl' : 'text-2xl'}`}
        >
          {entry.code ?? entryLabel(entry)}
        </h1>
        <UndocumentedNotice entry={entry} vendorName={vendor.name} />
      </header>
      {summary ? <EntryInShort entry={entry} summary={summary} /> : null}
      <div className="mt-4 space-y-3 border-b border-slate-200 pb-6 dark:border-slate-800">
        <EntryStatuses entry={entry} vendorName={vendor.name} />
        <div className="flex flex-wrap items-center gap-2 text-sm">
          {entry.code !== null ? <CopyButton text={entry.code} label="Copy code" /> : null}
          <CopyButton text={pageUrl} label="Copy link" />
          <CopyButtonsNoScript />
          <span className="break-all text-slate-600 dark:text-slate-400">{pageUrl}</span>
        </div>
      </div>

      <div className="mt-8 gap-10 lg:grid lg:grid-cols-[minmax(0,1fr)_14rem]">
        <div className="min-w-0 space-y-10">
          {explanation['What to do'] ? (
            <Section id="what-to-do" title="What to do" note={ours}>
              <MdxBody source={explanation['What to do']} />
            </Section>
          ) : null}

          {explanation['Likely causes'] ? (
            <Section id="likely-causes" title="Likely causes" note={ours}>
              <MdxBody source={explanation['Likely causes']} />
            </Section>
          ) : null}

          {explanation['What it means'] ? (
            <Section id="what-it-means" title="What it means" note={ours}>
              <MdxBody source={explanation['What it means']} />
            </Section>
          ) : null}

          <Section id="message" title="The message and its variables">
            <blockquote className="rounded-lg border-l-4 border-blue-600 bg-slate-50 px-4 py-3 text-lg break-words dark:border-blue-400 dark:bg-slate-900">
              <MessageText text={entry.message} variables={entry.variables} />
            </blockquote>
            <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
              {'url' in entry.source ? (
                <>
                  {MESSAGE_KIND_LABELS[entry.messageKind]}, verbatim as observed in{' '}
                  <SourceLink source={entry.source.url} />; {possessive(vendor.name)} documentation
                  does not list this code.
                </>
              ) : (
                <>
                  {MESSAGE_KIND_LABELS[entry.messageKind]}, verbatim from{' '}
                  {`${possessive(vendor.name)} documentation`}.
                </>
              )}
              {entry.variables.length > 0 ? ' Highlighted parts are filled in at run time.' : null}
            </p>
            {entry.errdex.template ? (
              <div className="mt-4">
                <p className="text-sm font-medium">Template (derived by Errdex)</p>
                <p className="mt-1 font-mono text-sm break-words">
                  <MessageText
                    text={entry.errdex.template}
                    variables={templateVariables(entry.errdex.template)}
                  />
                </p>
              </div>
            ) : null}
          </Section>

          <EntryObserved entry={entry} />

          <EntryExample entry={entry} vendor={vendor} />

          <Section id="facts" title={entry.documented ? 'Documented facts' : 'Observed facts'}>
            <div className="rounded-lg border border-slate-200 px-4 py-2 dark:border-slate-800">
              <EntryFacts entry={entry} vendor={vendor} />
            </div>
          </Section>

          <Section
            id="assessment"
            title="Errdex's assessment"
            note="Written by Errdex, not documented by the vendor."
          >
            <EntryAssessment entry={entry} />
          </Section>

          <EntryProvenance entry={entry} vendor={vendor} />

          {hasRelated ? (
            <div id="related-errors" className="scroll-mt-4 space-y-10">
              <EntryRelations entry={entry} vendor={vendor} catalog={catalog} />
            </div>
          ) : null}

          <EntryHistory entry={entry} />
        </div>

        <aside aria-label="Contents" className="hidden lg:block print:hidden">
          <div className="lg:sticky lg:top-4">
            <EntryToc items={toc} />
          </div>
        </aside>
      </div>
    </article>
  );
}
