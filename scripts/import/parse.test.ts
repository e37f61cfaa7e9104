import { describe, expect, it } from 'vitest';
import { parse8x8 } from './parse-8x8';
import { parseBandwidth } from './parse-bandwidth';
import { parseBlueJeans } from './parse-bluejeans';
import { parseRingCentral } from './parse-ringcentral';
import { parseVaspian } from './parse-vaspian';

/** The importer must stop on any line it cannot classify, naming the document and line. */
describe('unclassifiable seed lines fail the import', () => {
  it('BlueJeans: a stray line in the catalog', () => {
    const text =
      'HTTP/1.1 502 Bad Gateway {"errorCode": 1}\nError catalog\n\nFoo\n\nExample errorMessage: x\nwhat is this?\n502 1';
    expect(() => parseBlueJeans('bj.txt', text)).toThrow(
      /^bj\.txt:7: cannot classify "what is this\?"/,
    );
  });
  it('Vaspian: a row before any heading', () => {
    expect(() => parseVaspian('v.txt', '{"a":1}\nError Codes\nSomeCode description')).toThrow(
      /^v\.txt:3: cannot classify/,
    );
  });
  it('RingCentral: a row cut short', () => {
    const text = '{\n}\nHTTP Status Code(s) |\nError Code |\nMessage |\n403 |\nOAU-101 |\n\n';
    expect(() => parseRingCentral('rc.txt', text)).toThrow(/^rc\.txt:8: table row cut short/);
  });
  it('Bandwidth: a table row without a type', () => {
    const text = 'HTTP Error Codes\n400 – BAD_REQUEST\nType Message\nBad Request\n';
    expect(() => parseBandwidth('bw.txt', text)).toThrow(
      /^bw\.txt:4: cannot classify table row "Bad Request"/,
    );
  });
  it('8x8: a malformed row', () => {
    expect(() =>
      parse8x8('e.txt', '{"code":1}\nCode | Description |\n400 | Bad Request\n'),
    ).toThrow(/^e\.txt:3: cannot classify table row/);
  });
});
