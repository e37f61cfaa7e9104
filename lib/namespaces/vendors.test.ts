import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import type { JsonObject } from '@/lib/decode/parse';
import { recognize } from '@/lib/decode/vendors';
import { throwaway } from './fixtures/throwaway';
import { recognitionOrder, registerVendorFormat, vendorFormat, vendorFormats } from './vendors';

const catalog = loadCatalog();

describe('the vendor format registry', () => {
  it('has a format for every vendor of the catalog', () => {
    for (const v of catalog.vendors) expect(vendorFormat(v.format), v.file).toBeDefined();
  });

  it('tries formats with a code shape of their own first and generic keys last', () => {
    const order = recognitionOrder();
    const rank = (i: number) => (order[i]?.identifier ? 0 : order[i]?.genericKeys ? 2 : 1);
    for (let i = 1; i < order.length; i += 1) expect(rank(i)).toBeGreaterThanOrEqual(rank(i - 1));
    expect(new Set(order)).toEqual(new Set(vendorFormats()));
  });

  it('refuses a format id twice', () => {
    registerVendorFormat(throwaway);
    expect(() => registerVendorFormat(throwaway)).toThrow(/"throwaway" is registered twice/);
  });
});

describe('each format reads back its own example bodies', () => {
  const formatOf = new Map(catalog.vendors.map((v) => [v.id, v.format]));
  it('recognizes every example body an entry gets as its format, with its code or type', () => {
    let built = 0;
    for (const entry of catalog.entries) {
      const format = vendorFormat(formatOf.get(entry.vendor) as string);
      const body = format?.example(entry);
      if (!format || !body) continue;
      built += 1;
      const [raw] = recognize(body as JsonObject) ?? [];
      expect(raw?.format, entry.file).toBe(format.id);
      if (entry.code === null) expect(raw?.type, entry.file).toBe(entry.type);
      else expect(raw?.codes, entry.file).toContain(entry.code);
    }
    expect(built).toBeGreaterThan(catalog.entries.length / 2);
  });
});
