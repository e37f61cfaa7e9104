import { evaluate } from '@mdx-js/mdx';
import { createElement } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import { createCatalogView, entryKey, type Entry } from '@/lib/catalog';
import { literalText } from '@/lib/template';

/** Explanations are ours, per entry: these tests keep them complete, specific and not copy-pasted. */
const catalog = loadCatalog();
const SECTIONS = ['What it means', 'Likely causes', 'What to do'] as const;
const STOP = new Set([
  'with',
  'from',
  'that',
  'this',
  'have',
  'been',
  'into',
  'than',
  'when',
  'your',
  'must',
  'should',
  'could',
  'there',
  'their',
  'which',
  'will',
  'only',
  'does',
  'some',
]);

function sections(body: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const chunk of body.split(/^## /m).slice(1)) {
    const [title = '', ...rest] = chunk.split('\n');
    out.set(title.trim(), rest.join('\n').trim());
  }
  return out;
}

/** The sentences of an explanation, with the entry's own code and message replaced, so only the prose is compared. */
function sentences(entry: Entry): string[] {
  let text = entry.body;
  for (const own of [entry.message, entry.errdex.template, entry.code, ...entry.aliases]) {
    if (own) text = text.split(own).join('§');
  }
  return text
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join(' ')
    .replace(/[`*_>]/g, '')
    .replace(/(^|\s)(\d+\.|-)\s/g, ' ')
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.toLowerCase().replace(/\s+/g, ' ').trim())
    .filter((s) => s.split(' ').length >= 4);
}

function particulars(entry: Entry): string[] {
  const words = literalText(entry.message)
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length >= 4 && !STOP.has(w.toLowerCase()));
  return [entry.code, ...entry.aliases, ...entry.variables, ...entry.detailKeys, ...words].filter(
    (x): x is string => !!x,
  );
}

describe('every entry has an explanation', () => {
  it.each(catalog.entries.map((e) => [entryKey(e), e] as const))(
    '%s has all three parts',
    (_key, entry) => {
      const found = sections(entry.body);
      for (const title of SECTIONS)
        expect(found.get(title) ?? '', `"## ${title}" in ${entry.file}`).not.toBe('');
    },
  );

  it.each(catalog.entries.map((e) => [entryKey(e), e] as const))(
    '%s mentions something particular to it',
    (_key, entry) => {
      const body = entry.body.toLowerCase();
      expect(
        particulars(entry).some((p) => body.includes(p.toLowerCase())),
        entry.file,
      ).toBe(true);
    },
  );
});

describe('every MDX body renders', () => {
  const files = [...catalog.entries, ...catalog.vendors, ...catalog.statusDocs].filter(
    (f) => f.body,
  );
  it.each(files.map((f) => [f.file, f.body] as const))('%s', async (_file, body) => {
    // A stray `{…}` or `<…>` outside backticks is an MDX expression or tag, and breaks the page.
    const { default: Content } = await evaluate(body, { ...runtime, baseUrl: import.meta.url });
    expect(renderToStaticMarkup(createElement(Content)).length).toBeGreaterThan(0);
  });
});

describe('explanations are written per entry', () => {
  it('no entry shares more than 20% of its sentences with another entry', () => {
    const owners = new Map<string, Set<string>>();
    for (const entry of catalog.entries)
      for (const s of new Set(sentences(entry)))
        (owners.get(s) ?? owners.set(s, new Set()).get(s)!).add(entryKey(entry));
    const offenders: string[] = [];
    for (const entry of catalog.entries) {
      const own = [...new Set(sentences(entry))];
      const shared = own.filter((s) => (owners.get(s)?.size ?? 0) > 1);
      if (own.length === 0 || shared.length / own.length > 0.2)
        offenders.push(
          `${entry.file}: ${shared.length}/${own.length} shared, e.g. "${shared[0] ?? '(no sentences)'}"`,
        );
    }
    expect(offenders).toEqual([]);
  });
});

describe('equivalents', () => {
  const view = createCatalogView(catalog);
  const linked = (entry: Entry) =>
    view
      .getEquivalenceGroups(entry)
      .flatMap((g) => g.entries)
      .filter((k) => k !== entryKey(entry));

  it('groups name existing entries of at least two vendors', () => {
    const keys = new Set(catalog.entries.map(entryKey));
    for (const group of catalog.equivalents) {
      expect(
        new Set(group.entries.map((k) => k.split('/')[0])).size,
        group.id,
      ).toBeGreaterThanOrEqual(2);
      for (const key of group.entries) expect(keys.has(key), `${group.id}: ${key}`).toBe(true);
    }
  });

  it('every "same meaning elsewhere" link is reciprocal', () => {
    for (const entry of catalog.entries) {
      for (const key of linked(entry)) {
        const other = view.getEntryByKey(key);
        expect(other, key).toBeDefined();
        expect(linked(other as Entry), `${key} links back to ${entryKey(entry)}`).toContain(
          entryKey(entry),
        );
      }
    }
  });
});
