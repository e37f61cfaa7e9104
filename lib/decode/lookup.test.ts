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
