import { describe, expect, it } from 'vitest';
import { data } from './test-fixtures';
import { entryTitle } from './title';

const byMessage = (start: string) => data.entries.find((e) => e.message.startsWith(start));

describe('entryTitle', () => {
  it('shows a template without a code with its variables as …, brackets whole', () => {
    const range = byMessage('${0} must be within the range');
    expect(range && entryTitle(range, data.vendors)).toBe(
      'Bandwidth … must be within the range […, …], but was …',
    );
  });

  it('never shows a raw variable, and keeps brackets paired, for any entry', () => {
    for (const entry of data.entries) {
      const title = entryTitle(entry, data.vendors);
      expect(title, entry.url).not.toMatch(/\$\{|\{[A-Za-z_]\w*\}/);
      expect(title.split('[').length, title).toBe(title.split(']').length);
      expect(title.length, title).toBeLessThanOrEqual(100);
    }
  });

  it('is vendor and code when there is a code, and a described message up to its comma', () => {
    const code = data.entries.find((e) => e.code === 'CMN-101');
    expect(code && entryTitle(code, data.vendors)).toBe('RingCentral CMN-101');
    const http = data.entries.find((e) => e.vendor === '8x8' && e.code === null);
    expect(http && entryTitle(http, data.vendors)).not.toContain(',');
  });

  it("is a standard's label and number with its name, or its label and name", () => {
    const names = [...data.vendors, ...data.standards.map((s) => ({ id: s.id, name: s.label }))];
    const code = (vendor: string, c: string) =>
      data.entries.find((e) => e.kind === 'standard' && e.vendor === vendor && e.code === c)!;
    expect(entryTitle(code('sip', '486'), names)).toBe('SIP 486 Busy Here');
    expect(entryTitle(code('q850', '17'), names)).toBe('Q.850 17 User busy');
    expect(entryTitle(code('smpp', 'ESME_RTHROTTLED'), names)).toBe('SMPP ESME_RTHROTTLED');
  });
});
