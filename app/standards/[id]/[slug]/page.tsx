import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { EntryInShort } from '@/components/entry-in-short';
import { MdxBody } from '@/components/mdx-body';
import { Section } from '@/components/section';
import { StandardLinks } from '@/components/standard-links';
import {
  CausesMappingHere,
  CauseSipMapping,
  SourcesCited,
  StandardFacts,
} from '@/components/standard-facts';
import { getCatalog } from '@/lib/catalog/server';
import { entrySummary, explanationSections } from '@/lib/entry-summary';
import { clip } from '@/lib/entry-view';
import { STANDARDS } from '@/lib/namespaces/standards';
import { pageMetadata } from '@/lib/page-metadata';
import { standardFactsView } from '@/lib/standard-view';
import { ASSESSMENT_WORDS, CATEGORY_LABELS, faultLine, retryLine } from '@/lib/taxonomy';
import { standardUrl } from '@/lib/urls';
import { standardCodeName } from '@/lib/standard-name';

export const dynamicParams = false;

type Props = { params: Promise<{ id: string; slug: string }> };

export function generateStaticParams() {
  return getCatalog().catalog.standards.map((s) => ({ id: s.namespace, slug: s.slug }));
}

async function load(params: Props['params']) {
  const { id, slug } = await params;
  const entry = getCatalog().getStandardEntry(id, slug);
  const standard = STANDARDS.find((s) => s.id === id);
  return entry && standard ? { entry, standard } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  const { entry, standard } = found;
  return pageMetadata({
    title: `${entry.code} ${entry.title} (${standard.name})`,
    description: clip(
      `${standard.name}: ${entry.code} "${entry.title}". ${CATEGORY_LABELS[entry.errdex.category]}. ${faultLine(entry.errdex.fault, standard.kind)}. ${retryLine(entry.errdex.retry)}.`,
    ),
    path: entry.url,
  });
}

export default async function StandardEntryPage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const { entry, standard } = found;
  const summary = entrySummary(entry.body);
  const explanation = explanationSections(entry.body);
  const ours = 'Errdex guidance in our own words, not the standard’s text.';
  const catalog = getCatalog();
  const view = standardFactsView(entry, standard, catalog.catalog.standards);
  const vendorEntries = catalog.getLinkedEntries(entry).map(({ entry: e, why }) => ({
    url: e.url,
    name: standardCodeName(catalog.getNamespaceLabel(e.vendor), e.code),
    title: e.message,
    why,
  }));
  return (
    <article>
      <header>
        <Breadcrumbs
          items={[
            { label: 'Standards', href: standardUrl() },
            { label: standard.name, href: standardUrl(standard.id) },
            { label: entry.code },
          ]}
        />
        <p className="text-sm text-slate-700 dark:text-slate-300">{standard.name}</p>
        <h1 className="text-3xl font-bold tracking-tight">
          <span className="font-mono">{entry.code}</span> {entry.title}
        </h1>
        <p
          className="mt-1 text-slate-700 dark:text-slate-300"
          data-category={entry.errdex.category}
        >
          {ASSESSMENT_WORDS.category.term}: {CATEGORY_LABELS[entry.errdex.category]}
        </p>
      </header>
      {summary ? <EntryInShort entry={entry} summary={summary} standard={standard.kind} /> : null}
      <div className="mt-8 space-y-10">
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
        <Section id="facts" title="Facts from the sources">
          <StandardFacts view={view} />
        </Section>
        {view.sip ? (
          <Section id="sip" title="SIP status">
            <CauseSipMapping sip={view.sip} />
          </Section>
        ) : null}
        {view.causes ? (
          <Section id="q850-causes" title="Q.850 causes that map here">
            <CausesMappingHere causes={view.causes} />
          </Section>
        ) : null}
        <StandardLinks id="vendor-errors" title="Vendor errors" items={vendorEntries} />
        <Section id="sources" title="Sources">
          <SourcesCited sources={view.cited} />
        </Section>
      </div>
    </article>
  );
}
