import { describe, expect, it } from 'vitest';
import { decode, ErrdexInputError, lookup, search } from './api';
import { MAX_INPUT } from './lines';

const body = JSON.stringify({
  errorCode: 'CMN-101',
  message: 'Parameter [from] value is invalid.',
});

/** The error a call throws, which must be an ErrdexInputError. */
function inputError(call: () => unknown): ErrdexInputError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(ErrdexInputError);
    return error as ErrdexInputError;
  }
  throw new Error('expected an ErrdexInputError');
}

describe('library results', () => {
  it('decode binds the values that filled the template, with absolute urls on request', () => {
    const { matches } = decode(body, { baseUrl: 'https://errdex.example/' });
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({
      vendor: 'ringcentral',
      code: 'CMN-101',
      url: 'https://errdex.example/vendors/ringcentral/cmn-101/',
      params: { parameterName: 'from' },
      notes: [],
    });
  });

  it('lookup ignores case and dashes, and suggests for a partial code', () => {
    expect(lookup('cmn101').matches.map((m) => m.url)).toEqual(['/vendors/ringcentral/cmn-101/']);
    const partial = lookup('SUB-50');
    expect(partial.matches).toEqual([]);
    expect(partial.suggestions.length).toBeGreaterThan(0);
  });

  it('search keeps to its limit, vendor and status', () => {
    const { results } = search('rate limit', { limit: 2, vendor: 'BandWidth', status: 429 });
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(2);
    for (const r of results) {
      expect(r.vendor).toBe('bandwidth');
      expect(r.statuses).toContain(429);
    }
  });
});

describe('library input', () => {
  it('names the argument of the wrong type or value', () => {
    const cases: [() => unknown, string][] = [
      [() => decode(42 as unknown as string), 'input'],
      [() => decode(null as unknown as string), 'input'],
      [() => decode({ toString: () => body } as unknown as string), 'input'],
      [() => lookup(undefined as unknown as string), 'token'],
      [() => search(['rate'] as unknown as string), 'query'],
      [() => search('x'.repeat(1001)), 'query'],
      [() => search('x', { limit: 0 }), 'limit'],
      [() => search('x', { limit: 2.5 }), 'limit'],
      [() => search('x', { limit: '3' as unknown as number }), 'limit'],
      [() => search('x', { limit: Object.create(null) as number }), 'limit'],
      [() => search('x', { status: Symbol('404') as unknown as number }), 'status'],
      [() => search('x', { limit: 10n as unknown as number }), 'limit'],
      [() => search('x', { status: 4040 }), 'status'],
      [() => search('x', { vendor: 'twilio' }), 'vendor'],
      [() => search('x', { vendor: 7 as unknown as string }), 'vendor'],
      [() => lookup('x', 'https://errdex.example' as unknown as object), 'options'],
      [() => lookup('x', null as unknown as object), 'options'],
      [() => decode('x', { baseUrl: 'errdex.example' }), 'baseUrl'],
    ];
    for (const [call, argument] of cases) {
      const error = inputError(call);
      expect(error.argument).toBe(argument);
      expect(error.message).toMatch(new RegExp(`^${argument} `));
      expect(error.message).not.toContain('\n');
    }
  });

  it('says what was given instead, in one line', () => {
    expect(inputError(() => decode(42 as unknown as string)).message).toBe(
      'input must be a string (got a number)',
    );
    expect(inputError(() => search('x', { vendor: 'Twilio' })).message).toMatch(
      /^vendor must be one of .*bandwidth.* \(got "Twilio"\)$/,
    );
  });

  it('gives an empty result for empty text, and for a token too long to be one', () => {
    expect(decode('')).toEqual({ matches: [], suggestions: [] });
    expect(lookup('  ')).toEqual({ matches: [], suggestions: [] });
    expect(search(' ')).toEqual({ results: [] });
    expect(lookup('CMN-101'.repeat(1000))).toEqual({ matches: [], suggestions: [] });
  });

  it('decodes the first MAX_INPUT characters of longer text, and notes it on each match', () => {
    const { matches } = decode(body + '\n' + 'x'.repeat(MAX_INPUT));
    expect(matches.map((m) => m.code)).toEqual(['CMN-101']);
    expect(matches[0]?.notes).toEqual([expect.stringMatching(/^truncated: the input is longer/)]);
  }, 60_000);
});
