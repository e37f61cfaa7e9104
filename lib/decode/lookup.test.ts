import { describe, expect, it } from 'vitest';
import { toOutput } from './index';
import { lookupResult } from './lookup';
import { data, decoder } from './test-fixtures';

const urls = (token: string) =>
  lookupResult(decoder, data.entries, token).matches.map((m) => m.entry.url);

describe('lookup across namespaces', () => {
  it('lands each standard identifier on its one entry', () => {
    expect(urls('sip-486')).toEqual(['/standards/sip/486/']);
    expect(urls('q850-17')).toEqual(['/standards/q850/17/']);
    expect(urls('ESME_RTHROTTLED')).toEqual(['/standards/smpp/esme_rthrottled/']);
    expect(urls('esme-rthrottled')).toEqual(['/standards/smpp/esme_rthrottled/']);
    expect(urls('0x00000058')).toEqual(['/standards/smpp/esme_rthrottled/']);
    expect(urls('0x58')).toEqual(['/standards/smpp/esme_rthrottled/']);
    expect(urls('user_busy')).toEqual(['/standards/q850/17/']);
  });

  it('lists every namespace a bare number belongs to', () => {
    expect(urls('17')).toEqual(['/standards/q850/17/', '/standards/smpp/esme_rcancelfail/']);
    expect(urls('88')).toEqual(['/standards/q850/88/', '/standards/smpp/esme_rthrottled/']);
    expect(urls('486')).toContain('/standards/sip/486/');
  });

  it('keeps vendor codes where they were', () => {
    expect(urls('CMN-101')).toEqual(['/vendors/ringcentral/cmn-101/']);
    expect(urls('1300')).toEqual(['/vendors/8x8/1300/']);
  });

  it('prints a standard as the CLI schema says: its namespace, no statuses, kind standard', () => {
    const [item] = toOutput(lookupResult(decoder, data.entries, 'sip-486')).matches;
    expect(item).toMatchObject({
      vendor: 'sip',
      code: '486',
      statuses: [],
      message: 'Busy Here',
      url: '/standards/sip/486/',
      category: 'busy',
      kind: 'standard',
      documented: true,
    });
  });

  it('suggests standard codes that begin with a longer token', () => {
    const result = lookupResult(decoder, data.entries, 'ESME_RINV');
    expect(result.matches).toEqual([]);
    expect(result.suggestions.map((e) => e.vendor)).toContain('smpp');
  });
});

describe('standards in a paste are left to their own recognizers', () => {
  it('reads a lone status as HTTP, not as a SIP code', () => {
    const result = decoder.decode('404');
    expect(result.statusOnly).toBe(404);
    expect(result.matches).toEqual([]);
    expect(result.suggestions.every((e) => e.kind === 'vendor')).toBe(true);
  });

  it('does not match a standard by its name as free text', () => {
    for (const text of ['Busy Here', 'Not Found', 'User busy'])
      expect(decoder.decode(text).matches.map((m) => m.entry.kind)).not.toContain('standard');
  });
});

describe('lookup of a code written with its namespace', () => {
  it('narrows to the standard its label or id names', () => {
    expect(urls('Q.850 17')).toEqual(['/standards/q850/17/']);
    expect(urls('q.850-17')).toEqual(['/standards/q850/17/']);
    expect(urls('Q.850 cause 17')).toEqual(['/standards/q850/17/']);
    expect(urls('SIP 486')).toEqual(['/standards/sip/486/']);
    expect(urls('sip486')).toEqual(['/standards/sip/486/']);
    expect(urls('SMPP ESME_RTHROTTLED')).toEqual(['/standards/smpp/esme_rthrottled/']);
    expect(urls('smpp 88')).toEqual(['/standards/smpp/esme_rthrottled/']);
    expect(urls('SMPP command_status 0x58')).toEqual(['/standards/smpp/esme_rthrottled/']);
  });

  it('narrows to a vendor its id or name names', () => {
    expect(urls('RingCentral CMN-101')).toEqual(['/vendors/ringcentral/cmn-101/']);
    expect(urls('8x8 1300')).toEqual(['/vendors/8x8/1300/']);
  });

  it('finds nothing for a code the named namespace lacks', () => {
    expect(urls('SIP 17')).toEqual([]);
    expect(urls('SMPP 486')).toEqual([]);
    expect(urls('sipx 486')).toEqual([]);
    expect(urls('SIP')).toEqual([]);
  });
});

describe('lookup of a hexadecimal code by its value', () => {
  it('resolves every padding of a value to its code', () => {
    for (const token of ['0x5', '0x05', '0x00000005', '0X005'])
      expect(urls(token), token).toEqual(['/standards/smpp/esme_ralybnd/']);
  });

  it('does not read a hexadecimal value as a decimal code, nor suggest by prefix', () => {
    const result = lookupResult(decoder, data.entries, '0x5');
    expect(result.suggestions).toEqual([]);
    // 0x011 is 17, yet Q.850 17 writes no hexadecimal identifier.
    expect(urls('0x011')).toEqual(['/standards/smpp/esme_rcancelfail/']);
  });
});
