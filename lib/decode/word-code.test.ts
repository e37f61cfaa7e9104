import { describe, expect, it } from 'vitest';
import { decoder } from './test-fixtures';

/** `<namespace>/<code>` of each match, in order. */
const found = (text: string) =>
  decoder.decode(text).matches.map((m) => `${m.entry.vendor}/${m.entry.code}`);

describe('a code that is one word', () => {
  it('is not matched in another case: a twirp code is not a BlueJeans errorName', () => {
    expect(
      found(
        '{"status": "503", "error": "twirp error unknown: no response from servers", "code": "unavailable"}',
      ),
    ).toEqual([]);
    expect(found('code=unavailable')).toEqual([]);
  });

  it('is matched as written, in a code field or in BlueJeans’ own shape', () => {
    expect(found('code=Unavailable')).toEqual(['bluejeans/Unavailable']);
    expect(found('{"errorName": "Unavailable", "errorMessage": "x"}')).toEqual([
      'bluejeans/Unavailable',
    ]);
  });
});
