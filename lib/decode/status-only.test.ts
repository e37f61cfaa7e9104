import { describe, expect, it } from 'vitest';
import { createDecoder } from './index';
import { decoder, data } from './test-fixtures';

const withStatus = (status: number) =>
  data.entries.filter((e) => e.statuses.includes(status)).map((e) => e.url);

describe('a lone HTTP status', () => {
  it('suggests every error documented with it, as status-only candidates', () => {
    for (const text of [
      '422 Unprocessable Entity',
      'HTTP/1.1 422 Unprocessable Entity\r\n',
      '  422 ',
      '< HTTP/2 422',
    ]) {
      const result = decoder.decode(text);
      expect(result.matches, text).toEqual([]);
      expect(result.statusOnly, text).toBe(422);
      expect(result.suggestions.map((e) => e.url).sort(), text).toEqual(withStatus(422).sort());
      expect(result.suggestions[0]?.url).toBe('/vendors/8x8/http-422/');
    }
  });

  it('puts the entries named by the reason phrase first, then the rest of that status', () => {
    const result = decoder.decode('HTTP/1.1 404 Not Found');
    expect(result.statusOnly).toBe(404);
    expect(result.suggestions.map((e) => e.url).sort()).toEqual(withStatus(404).sort());
    expect(
      result.suggestions
        .slice(0, 2)
        .map((e) => e.url)
        .sort(),
    ).toEqual(['/vendors/8x8/http-404/', '/vendors/bandwidth/404-not-found/']);
    expect(decoder.decode('500').suggestions[0]?.url).toBe('/vendors/8x8/http-500/');
  });

  it('is not used for anything more than a status line', () => {
    for (const text of [
      'HTTP/1.1 422 Unprocessable Entity\r\nContent-Type: application/json\r\n\r\n{"a":1}',
      '422 Unprocessable Entity: the order is closed',
      'errorCode=CMN-101 422',
      '1300',
      '299 Whatever',
    ])
      expect(decoder.decode(text).statusOnly, text).toBeUndefined();
    expect(decoder.decode('1300').matches.map((m) => m.entry.code)).toEqual(['1300']);
  });

  it('leaves a bare three-digit number that is a vendor code to the code lookup', () => {
    // No catalogued code is three digits today ('1300' is four, so never a status line): add one.
    const base = data.entries.find((e) => e.vendor === '8x8' && e.statuses.length === 0)!;
    const coded = { ...base, code: '422', aliases: [], url: '/vendors/8x8/422/' };
    const own = createDecoder({ ...data, entries: [...data.entries, coded] });
    const result = own.decode('422');
    expect(result.statusOnly).toBeUndefined();
    expect(result.matches.map((m) => m.entry.url)).toEqual(['/vendors/8x8/422/']);
    // With a reason phrase it is a status line again.
    expect(own.decode('422 Unprocessable Entity').statusOnly).toBe(422);
  });
});
