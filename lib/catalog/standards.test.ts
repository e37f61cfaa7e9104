import { describe, expect, it } from 'vitest';
import { entrySummary } from '@/lib/entry-summary';
import { readStandards } from '@/scripts/import/standards';
import { loadCatalog } from './load';

describe('the standards in content', () => {
  const { standards } = loadCatalog();

  it('hold one entry per code of ../shared/standards, with its facts verbatim', () => {
    const codes = readStandards();
    expect(standards.map((s) => `${s.namespace}/${s.slug}`)).toEqual(
      codes.map((c) => `${c.namespace}/${c.slug}`),
    );
    for (const [i, code] of codes.entries()) expect(standards[i]?.facts).toEqual(code.facts);
  });

  it('explain every code in our words: a meaning, and a first step to take', () => {
    const missing = standards.filter((s) => {
      const summary = entrySummary(s.body);
      return !summary || summary.firstStep.length < 10 || !/[.!?)]$/.test(summary.meaning);
    });
    expect(missing.map((s) => s.file)).toEqual([]);
  });

  it('call a code that is not a failure so: nothing to fix, nothing to retry', () => {
    const ok = standards.filter((s) => s.errdex.category === 'informational');
    for (const s of ok)
      expect([s.file, s.errdex.fault, s.errdex.retry]).toEqual([s.file, 'none', 'not-needed']);
    const keys = ok.map((s) => `${s.namespace}/${s.slug}`);
    expect(keys).toEqual(
      expect.arrayContaining(['sip/100', 'sip/200', 'q850/16', 'smpp/esme_rok']),
    );
  });
});
