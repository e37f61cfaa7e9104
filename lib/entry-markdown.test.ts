import { describe, expect, it } from 'vitest';
import { createCatalogView } from '@/lib/catalog';
import { loadCatalog } from '@/lib/catalog/load';
import { entryMarkdown } from './entry-markdown';
import { entrySummary } from './entry-summary';
import { FAULT_LABELS, RETRY_LABELS } from './taxonomy';

const catalog = createCatalogView(loadCatalog());
const SITE = 'https://example.test';
const md = (vendor: string, slug: string) => {
  const entry = catalog.getEntry(vendor, slug)!;
  return { entry, text: entryMarkdown(entry, catalog.getVendor(vendor)!, catalog, SITE) };
};

/** The page's order of sections (app/vendors/[vendor]/[slug]/page.tsx). */
const ORDER = [
  'In short',
  'What to do',
  'Likely causes',
  'What it means',
  'The message and its variables',
  'Example error body',
  'Documented facts',
  // An undocumented entry's facts were observed, as its page says.
  'Observed facts',
  "Errdex's assessment",
  'Where this comes from',
  'Related errors',
  'History',
];

describe('the Markdown twin of an entry page', () => {
  it("follows the page's order for every entry, under one title", () => {
    for (const entry of catalog.getEntries()) {
      const text = entryMarkdown(entry, catalog.getVendor(entry.vendor)!, catalog, SITE);
      expect(text.match(/^# /gm), entry.url).toHaveLength(1);
      const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
      const known = headings.filter((h) => ORDER.includes(h));
      expect(known, entry.url).toEqual(headings);
      expect(known, entry.url).toEqual(
        [...known].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)),
      );
      expect(headings, entry.url).toContain('History');
    }
  });

  it('answers first with the words of the In short block and the label table', () => {
    const { entry, text } = md('ringcentral', 'cmn-101');
    const summary = entrySummary(entry.body)!;
    const inShort = text.slice(text.indexOf('## In short'), text.indexOf('## What to do'));
    expect(inShort).toContain(summary.meaning);
    expect(inShort).toContain(`- Who must fix it: ${FAULT_LABELS[entry.errdex.fault]}`);
    expect(inShort).toContain(`- Retry: ${RETRY_LABELS[entry.errdex.retry]}`);
    expect(inShort).toContain(`- First step: ${summary.firstStep}`);
  });

  it('keeps the message verbatim in a fence, and links the page and related twins', () => {
    const { entry, text } = md('ringcentral', 'cmn-101');
    expect(text).toContain(`\`\`\`text\n${entry.message}\n\`\`\``);
    expect(text).toContain(`Page: ${SITE}/vendors/ringcentral/cmn-101/`);
    expect(text).toContain(`(${SITE}/vendors/8x8/1000.md)`);
    expect(text).toMatch(/^- 2026-11-23: Added: message "Parameter/m);
  });

  it('lists the standard codes a curated link joins to the entry, linking their twins', () => {
    // A link made up for the test: the real list (content/standard-links.yaml) may be empty.
    const linked = createCatalogView({
      ...loadCatalog(),
      standardLinks: [
        { entry: 'ringcentral/cmn-101', standard: 'sip/486', why: 'Made up for this test.' },
      ],
    });
    const entry = linked.getEntry('ringcentral', 'cmn-101')!;
    const text = entryMarkdown(entry, linked.getVendor('ringcentral')!, linked, SITE);
    const related = text.slice(text.indexOf('## Related errors'));
    expect(related).toMatch(/^## Related errors\n\n### Telecom standard codes\n/);
    expect(related).toContain(
      `- [SIP 486](${SITE}/standards/sip/486.md): Busy Here. Made up for this test.`,
    );
    expect(md('ringcentral', 'cmn-101').text).not.toContain('### Telecom standard codes');
  });

  it('never lets a backtick in a value close its code early', () => {
    const { entry } = md('ringcentral', 'cmn-101');
    const odd = { ...entry, message: 'a ``` b', code: 'X`1' };
    const text = entryMarkdown(odd, catalog.getVendor('ringcentral')!, catalog, SITE);
    expect(text).toContain('````text\na ``` b\n````');
    expect(text).toContain('- Code: `` X`1 ``');
  });

  it('lists observed wordings with their sources, and says an undocumented entry was observed', () => {
    const withWording = md('ringcentral', 'oau-123').text;
    expect(withWording).toContain('### Also seen as');
    expect(withWording).toContain('`Client authentication is required` (no HTTP status shown)');
    const observed = md('ringcentral', 'oau-251').text;
    expect(observed).toContain(
      'As observed in a public source, verbatim (<https://stackoverflow.com/',
    );
    expect(observed).not.toContain("verbatim from RingCentral's documentation");
  });
});
