import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import {
  EXPLANATION_SECTIONS,
  entrySummary,
  explanationSections,
  firstSentenceOf,
  firstSteps,
  plainText,
} from './entry-summary';

const BODY = `## What it means

The **token** has expired. \`\${name}\` says which one, e.g. the refresh token.

## Likely causes

- Clock skew.

## What to do

1. Refresh with [the refresh token](/x/), e.g. via the SDK, and
   keep \`expires_in\` in mind. Then retry.
2. Log the time.
3. Resend.
`;

describe('entrySummary: the In short answer from an entry explanation', () => {
  it('takes the first sentence of What it means and the first item of What to do', () => {
    expect(entrySummary(BODY)).toEqual({
      meaning: 'The token has expired.',
      firstStep:
        'Refresh with the refresh token, e.g. via the SDK, and keep `expires_in` in mind. Then retry.',
      moreSteps: 2,
    });
  });

  it('takes the first sentence when What to do is prose', () => {
    const body =
      '## What it means\n\nNothing failed.\n\n## What to do\n\nCarry on. Nothing else.\n';
    expect(entrySummary(body)).toEqual({
      meaning: 'Nothing failed.',
      firstStep: 'Carry on.',
      moreSteps: 0,
    });
  });

  it('is null when a section is missing', () => {
    expect(entrySummary('## What it means\n\nA.\n')).toBeNull();
    expect(entrySummary('')).toBeNull();
  });

  it('never ends a sentence inside a code span, and ends one before a code span', () => {
    expect(firstSentenceOf('Use `api.v1. Next` here. Then go.')).toBe('Use `api.v1. Next` here.');
    expect(firstSentenceOf('It failed. `${x}` is the id.')).toBe('It failed.');
    expect(plainText('Read `message` first.')).toBe('Read message first.');
  });

  it('finds a meaning sentence and a first step for every entry of the catalog', () => {
    const catalog = loadCatalog();
    expect(catalog.entries.length).toBeGreaterThanOrEqual(272);
    const missing = catalog.entries.filter((e) => {
      const s = entrySummary(e.body);
      return (
        !s ||
        !/[.!?:)"]$/.test(plainText(s.meaning)) ||
        s.meaning.length > 400 ||
        s.firstStep.length > 400 ||
        s.firstStep.length < 10
      );
    });
    expect(missing.map((e) => e.file)).toEqual([]);
  });

  it('cuts every explanation into its three sections, leaving nothing out', () => {
    for (const e of loadCatalog().entries) {
      const sections = explanationSections(e.body);
      expect(Object.keys(sections), e.file).toEqual([...EXPLANATION_SECTIONS]);
      const rebuilt = EXPLANATION_SECTIONS.map((h) => `## ${h}\n\n${sections[h]}`).join('\n\n');
      expect(rebuilt.replace(/\s+/g, ' ').trim(), e.file).toBe(e.body.replace(/\s+/g, ' ').trim());
    }
  });
});

describe('firstSteps: the first step of each entry for search result cards', () => {
  it('maps each entry URL to the first step its page shows, in plain text', () => {
    const entries = loadCatalog().entries;
    const steps = firstSteps(entries);
    expect(Object.keys(steps).sort()).toEqual(entries.map((e) => e.url).sort());
    for (const e of entries)
      expect(steps[e.url], e.file).toBe(plainText(entrySummary(e.body)?.firstStep ?? ''));
    expect(steps['/vendors/ringcentral/cmn-101/']).toMatch(
      /^Take the parameter name from the message/,
    );
  });

  it('leaves out an entry without an explanation instead of inventing a step', () => {
    expect(
      firstSteps([
        { url: '/a/', body: '' },
        { url: '/b/', body: BODY },
      ]),
    ).toEqual({
      '/b/': plainText(entrySummary(BODY)?.firstStep ?? ''),
    });
  });
});
