import { describe, expect, it } from 'vitest';
import { cutToName } from './standards-scan';
import { decoder } from './test-fixtures';

/** `<namespace>/<code>` of each match, in order. */
const found = (text: string) =>
  decoder.decode(text).matches.map((m) => `${m.entry.vendor}/${m.entry.code}`);

describe('a reason phrase followed by more of the line', () => {
  it('is cut to the registry phrase, so that repeats are one occurrence with no note', () => {
    const { matches } = decoder.decode(
      [
        'recv SIP/2.0 486 Busy Here from 203.0.113.5:5060 cid=a1b2',
        'recv SIP/2.0 486 Busy Here from 203.0.113.5:5060 cid=c3d4',
      ].join('\n'),
    );
    expect(matches).toHaveLength(1);
    expect(matches[0]!.params).toEqual({ status: '486', reason: 'Busy Here' });
    expect(matches[0]!.notes.filter((n) => n.startsWith('worded'))).toEqual([]);
  });

  it('is kept whole when it only starts like the phrase or words it otherwise', () => {
    expect(cutToName('Busy Here from 203.0.113.5', 'Busy Here')).toBe('Busy Here');
    expect(cutToName('busy  here', 'Busy Here')).toBe('busy  here');
    expect(cutToName('Busy Hereafter', 'Busy Here')).toBe('Busy Hereafter');
    expect(cutToName('Busy', 'Busy Here')).toBe('Busy');
    expect(cutToName('Temporarily not available', 'Temporarily Unavailable')).toBe(
      'Temporarily not available',
    );
  });
});

describe('a command_status field', () => {
  it('says a value SMPP lacks, as the other forms SMPP owns do', () => {
    expect(decoder.decode('command_status: 0x00000400').notes).toEqual([
      'not in SMPP v3.4 command status: 0x00000400',
    ]);
    expect(found('command_status: 0x00000058')).toEqual(['smpp/ESME_RTHROTTLED']);
  });

  it('is not read again as a bare status field, nor is a bare status without SMPP words', () => {
    expect(found('command_status=0x00000045 sequence_number=7')).toEqual(['smpp/ESME_RSUBMITFAIL']);
    expect(found('order status: 0x00000400')).toEqual([]);
    expect(decoder.decode('status=0x00000400').notes).toBeUndefined();
  });
});
