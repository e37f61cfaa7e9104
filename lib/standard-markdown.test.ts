import { describe, expect, it } from 'vitest';
import { createCatalogView } from '@/lib/catalog';
import { loadCatalog } from '@/lib/catalog/load';
import { STANDARDS } from '@/lib/namespaces/standards';
import { entrySummary, explanationSections } from './entry-summary';
import { standardMarkdown } from './standard-markdown';
import { RETRY_LABELS } from './taxonomy';

const catalog = createCatalogView(loadCatalog());
const SITE = 'https://example.test';
const name = (id: string) => STANDARDS.find((s) => s.id === id)!;
const md = (namespace: string, slug: string) => {
  const entry = catalog.getStandardEntry(namespace, slug)!;
  return { entry, text: standardMarkdown(entry, name(namespace), SITE) };
};

/** The page's order of sections (app/standards/[id]/[slug]/page.tsx). */
const ORDER = [
  'In short',
  'What to do',
  'Likely causes',
  'What it means',
  'Facts from the sources',
];

describe('the Markdown twin of a standard code page', () => {
  it("follows the page's order for every code, under one title naming code, name and standard", () => {
    for (const entry of catalog.catalog.standards) {
      const text = standardMarkdown(entry, name(entry.namespace), SITE);
      const titles = text.match(/^# .+$/gm);
      expect(titles, entry.url).toEqual([
        `# ${entry.code} ${entry.title} (${name(entry.namespace).name})`,
      ]);
      const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
      const present = ORDER.filter(
        (h) =>
          h === 'Facts from the sources' ||
          h === 'In short' ||
          explanationSections(entry.body)[h as 'What to do'],
      );
      expect(headings, entry.url).toEqual(present);
      expect(text, entry.url).toContain(`Page: ${SITE}${entry.url}`);
    }
  });

  it('answers first with the In short words and the label table', () => {
    const { entry, text } = md('sip', '486');
    const summary = entrySummary(entry.body)!;
    const inShort = text.slice(text.indexOf('## In short'), text.indexOf('## What to do'));
    expect(inShort).toContain(summary.meaning);
    // The page's words for a call, not a vendor's: SIP 486 is the called party's answer.
    expect(inShort).toContain(
      '- Who must fix it: the called party or the network beyond your provider',
    );
    expect(inShort).toContain(`- Retry: ${RETRY_LABELS[entry.errdex.retry]}`);
    expect(inShort).toContain(`- First step: ${summary.firstStep}`);
    expect(text.startsWith('# 486 Busy Here (')).toBe(true);
  });

  it('lists every fact verbatim, with the sources that give it, and the other identifiers', () => {
    const { entry, text } = md('q850', '17');
    const facts = text.slice(text.indexOf('## Facts from the sources'));
    expect(facts).toContain('- `name`: `User busy`');
    expect(facts).toContain('- `cause`: `17`');
    expect(facts).toContain(`- \`sources\`: \`${JSON.stringify(entry.facts.sources)}\``);
    expect(facts).toContain('- `sip_by_source`: `{"rfc3398":486,');
    expect(facts.match(/^- `/gm)).toHaveLength(Object.keys(entry.facts).length);
    expect(text).toContain('Also looked up as: `q850-17`, `USER_BUSY`');
    const smpp = md('smpp', 'esme_rthrottled').text;
    expect(smpp).toContain('- `value`: `0x00000058`');
    expect(smpp).toContain('`0x58`, `88`');
  });
});
