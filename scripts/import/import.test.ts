import { describe, expect, it } from 'vitest';
import { readSeeds } from './seeds';
import { messageSlug, normalizeStatus } from './normalize';
import type { SeedRow } from './types';

const seeds = readSeeds();
const rows = seeds.flatMap((s) => s.rows);
const find = (vendor: string, pred: (r: SeedRow) => boolean) => {
  const hits = rows.filter((r) => r.vendor === vendor && pred(r));
  expect(hits).toHaveLength(1);
  return hits[0] as SeedRow;
};

describe('every seed row becomes exactly one entry', () => {
  it('reads the counts DESIGN.md gives', () => {
    expect(Object.fromEntries(seeds.map((s) => [s.vendor.id, s.rows.length]))).toEqual({
      bluejeans: 38,
      vaspian: 20,
      ringcentral: 104,
      bandwidth: 27,
      '8x8': 83,
    });
  });

  it('gives every entry a slug unique within its vendor', () => {
    const keys = rows.map((r) => `${r.vendor}/${r.slug}`);
    expect(new Set(keys).size).toBe(272);
  });
});

describe('golden rows', () => {
  it('keeps BlueJeans JsonParseException verbatim, typo and all', () => {
    expect(find('bluejeans', (r) => r.code === 'JsonParseException')).toMatchObject({
      aliases: ['12789218'],
      slug: 'jsonparseexception',
      status: '500',
      statuses: [500],
      message: 'Malformed JSON bodynull',
      messageKind: 'example',
      detailKeys: [],
    });
  });

  it('normalizes RingCentral CMN-406 "400.403" and says so', () => {
    const row = find('ringcentral', (r) => r.code === 'CMN-406');
    expect(row).toMatchObject({ status: '400.403', statuses: [400, 403], messageKind: 'returned' });
    expect(row.message).toBe(
      'Duplicate value for parameter ${parameterName}: ${parameterValue} found in request',
    );
    expect(row.statusNote).toContain('400.403');
  });

  it('reads RingCentral CMN-408 "4003" as 403, a typo', () => {
    const row = find('ringcentral', (r) => r.code === 'CMN-408');
    expect(row).toMatchObject({
      status: '4003',
      statuses: [403],
      message: '[{permissionName}] permission required',
    });
    expect(row.statusNote).toContain('typo');
  });

  it("keeps 8x8's 422 HTTP row verbatim with no code", () => {
    expect(find('8x8', (r) => r.slug === 'http-422')).toMatchObject({
      code: null,
      status: '422',
      statuses: [422],
      message:
        '422 Unprocessable Entity, The request was well-formed but was unable to be followed due to semantic errors.',
      messageKind: 'description',
    });
  });

  it("gives 8x8's code 1300 no status", () => {
    expect(find('8x8', (r) => r.code === '1300')).toMatchObject({
      slug: '1300',
      status: null,
      statuses: [],
      message: 'Not found',
      messageKind: 'description',
    });
  });

  it("keeps Bandwidth's range template and derives its slug without variables", () => {
    expect(find('bandwidth', (r) => r.message.startsWith('${0} must be within'))).toMatchObject({
      code: null,
      type: 'validation',
      slug: '400-must-be-within-the-range-but-was',
      statuses: [400],
      message: '${0} must be within the range [${1}, ${2}], but was ${3}',
      messageKind: 'returned',
    });
  });

  it('leaves out the 2xx rows, the in-call examples and the empty 409 heading', () => {
    expect(rows.some((r) => r.statuses.some((s) => s < 300))).toBe(false);
    expect(rows.some((r) => r.message.includes('Invalid BXML'))).toBe(false);
    expect(rows.some((r) => r.vendor === 'vaspian' && r.statuses.includes(409))).toBe(false);
  });
});

describe('normalizeStatus', () => {
  const at = { document: 'x.txt', line: 7 };
  it('splits lists and explains odd forms', () => {
    expect(normalizeStatus('400, 403', at)).toEqual({ statuses: [400, 403], note: null });
    expect(normalizeStatus('4003', at).statuses).toEqual([403]);
  });
  it('fails loudly on a status it cannot read', () => {
    expect(() => normalizeStatus('4x4', at)).toThrow('x.txt:7: cannot read the HTTP status "4x4"');
  });
});

describe('messageSlug', () => {
  it('cuts at a word boundary to at most 60 characters', () => {
    const slug = messageSlug(
      400,
      'Missing at least one required field. Required fields are [from, to, answerUrl, applicationId]',
    );
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('400-missing-at-least-one-required-field-required-fields-are');
  });
});
