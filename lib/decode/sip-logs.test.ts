import { describe, expect, it } from 'vitest';
import { resemblance } from '@/lib/namespaces/text';
import { fastestMs } from '../timing';
import { decoder, expectLinearDecode } from './test-fixtures';

/** `<namespace>/<code>` of each match, in order. */
const found = (text: string) =>
  decoder.decode(text).matches.map((m) => `${m.entry.vendor}/${m.entry.code}`);

describe('a Q.850 cause in the words Asterisk prints', () => {
  it('is read after HANGUP and in the X-Asterisk-HangupCause header, with its own wording noted', () => {
    const [match] = decoder.decode(
      'HANGUP Circuit/channel congestion/UNKNOWN/1396463059.110',
    ).matches;
    expect([match!.entry.code, match!.params]).toEqual([
      '34',
      { cause: '34', text: 'Circuit/channel congestion' },
    ]);
    expect(match!.notes).toEqual([
      'worded "Circuit/channel congestion" here; Q.850 34 is "No circuit/channel available"',
    ]);
    expect(
      found(
        'X-Asterisk-HangupCause: Requested channel not available\nX-Asterisk-HangupCauseCode: 44',
      ),
    ).toEqual(['q850/44']);
  });

  it('is no other text after the key, no longer word and no cause Q.850 lacks', () => {
    expect(found('State HANGUP going to sleep')).toEqual([]);
    expect(found('HANGUP User busyness')).toEqual([]);
    expect(found('X-Asterisk-HangupCause: Unknown')).toEqual([]);
    expect(found('XHANGUP User busy')).toEqual([]);
  });
});

describe("Asterisk's PJSIP hang-up traces", () => {
  it('read the old Cause as the SIP status it is, and the new Cause and Tech Cause apart', () => {
    expect(found('chan_pjsip.c:2540 chan_pjsip_hangup:  Cause: 488')).toEqual(['sip/488']);
    expect(found('chan_pjsip_hangup:  PJSIP/100-00000001: Cause: 17  Tech Cause: 486')).toEqual([
      'q850/17',
      'sip/486',
    ]);
    expect(found('Event: Hangup\nTechCause: 503')).toEqual(['sip/503']);
    expect(found('ast_sip_session_terminate:  PJSIP/100-00000001 Response 503')).toEqual([
      'sip/503',
    ]);
  });

  it('take no status of 0, no Cause on its own line and no other function', () => {
    expect(found('chan_pjsip_hangup:  Cause: 0')).toEqual([]);
    expect(found('Action: PJSIPHangup\nCause: 437')).toEqual([]);
    expect(found('chan_pjsip_indicate:  Cause: 488')).toEqual([]);
  });
});

describe('a status said in a SIP log line', () => {
  it.each([
    ['pjsua_acc.c  ....SIP registration failed, status=403 (Device not whitelisted)', 'sip/403'],
    [
      'REGISTER sip:1001@pbx.example SIP/2.0\nCSeq: 3 REGISTER\n\nFailed to register, status code 403',
      'sip/403',
    ],
    [
      'INFO sip sip/inbound.go:782 Closing inbound call {"status": 486, "reason": "flood"}',
      'sip/486',
    ],
    ['drachtio:srf Dialog#modifySession: received response to reINVITE with status 480', 'sip/480'],
  ])('%s', (text, key) => expect(found(text)).toEqual([key]));

  it('is not an HTTP status, a header number, a count or a status in a paste that is not SIP', () => {
    expect(found('Request failed with status code 403')).toEqual([]);
    expect(found('HTTP/1.1 403 Forbidden\nstatus code 403')).toEqual([]);
    expect(found('INVITE sent\nGET /v1/calls/42 returned status 403')).toEqual([]);
    expect(
      found('INVITE sip:1001@pbx.example SIP/2.0\nCSeq: 486 INVITE\nContent-Length: 488'),
    ).toEqual([]);
    expect(found('INVITE retries: 486, port 5060, took 403 ms')).toEqual([]);
    expect(found('Failed to register, status code 403')).toEqual([]);
    expect(
      found(
        'API SIP.CreateSIPParticipant {"service": "SIP", "status": "503", "error": "twirp error"}',
      ),
    ).toEqual([]);
  });
});

describe('a reason phrase worded otherwise on a SIP line', () => {
  it('is the status whose phrase it resembles, with the wording noted', () => {
    const [match] = decoder.decode('INVITE sip:1001@pbx.example: 488 no acceptable here').matches;
    expect([match!.entry.code, match!.params.reason]).toEqual(['488', 'no acceptable here']);
    expect(match!.notes).toEqual([
      'worded "no acceptable here" here; SIP 488 is "Not Acceptable Here"',
    ]);
    expect(found("shouldn't ACK a 603 Declined response to its INVITE")).toEqual(['sip/603']);
  });

  it('is nothing without SIP around it, nor a word that is no reason phrase', () => {
    expect(found('How can I do when "488 no acceptable here"?')).toEqual([]);
    expect(found('INVITE sip:1001@pbx.example\n486 INVITE 480 Trying')).toEqual([]);
    expect(found('INVITE sip:1001@pbx.example took 200 of 300 tries')).toEqual([]);
  });
});

describe('a wording that resembles a name', () => {
  it('is cut to the words that do, a word dropped, split or misspelt', () => {
    expect(resemblance('no acceptable here from 10.0.0.1', 'Not Acceptable Here')).toBe(
      'no acceptable here',
    );
    expect(resemblance('Declined response to its INVITE', 'Decline')).toBe('Declined');
    expect(resemblance('Temporarily not available', 'Temporarily Unavailable')).toBe(
      'Temporarily not available',
    );
  });

  it('is null for other words, and for a short name anything but itself', () => {
    expect(resemblance('INVITE', 'Busy Here')).toBeNull();
    expect(resemblance('Busy', 'Busy Here')).toBeNull();
    expect(resemblance('of 300', 'OK')).toBeNull();
    expect(resemblance('ok.', 'OK')).toBe('ok');
  });
});

describe('an sngrep ladder', () => {
  // sngrep draws a call as arrows between address columns, each labelled with the method or
  // the status and its phrase; the paste is SIP's, so HTTP's phrases are SIP's here too.
  const ladder = (status: string) =>
    [
      '           10.0.0.1:5060          10.0.0.2:5060',
      '          ──────────┬──────────────────────┬──────────',
      '  12:00:01.120      │ ──────INVITE (SDP)─> │',
      '  12:00:01.140      │ <────100 Trying───── │',
      `  12:00:02.310      │ <──${status}──── │`,
      '  12:00:02.311      │ ────────ACK────────> │',
    ].join('\n');

  it('gives the failing status between the columns, whatever its phrase is shared with', () => {
    expect(found(ladder('486 Busy Here'))).toEqual(['sip/486']);
    expect(found(ladder('404 Not Found'))).toEqual(['sip/404']);
    expect(found('INVITE --->\n<--- 200 OK\n<--- 200 ok')).toEqual(['sip/200']);
  });

  it('takes no time, port or phrase of an HTTP paste', () => {
    expect(found('GET /health HTTP/1.1\n<── 404 Not Found ──')).toEqual([]);
    expect(found(ladder('ACK'))).toEqual(['sip/100']);
  });
});

describe('SIP log forms in a long paste', () => {
  it('are found in linear time, one line or many', () => {
    const size = 64 * 1024;
    for (const unit of [
      'HANGUP Circuit/channel ',
      'INVITE status code 403 ',
      'INVITE 488 no acceptable here\n',
      'Tech Cause: 480 chan_pjsip_hangup:  Cause: 488 ',
      'ast_sip_session_terminate: x',
    ]) {
      expectLinearDecode(JSON.stringify(unit), (scale) =>
        unit.repeat(Math.floor((size * scale) / unit.length)),
      );
    }
  }, 120_000);

  it('costs the same for an equal paste in a new string (pressing Decode again)', () => {
    // Lines that name no protocol: each match asks whether the whole paste is SIP's.
    const lines = Array.from({ length: 30_000 }, (_, i) => `ERROR status=404 call ${i}\n`);
    const text = lines.join('');
    decoder.decode(text);
    const same = fastestMs(() => decoder.decode(text));
    // Every call builds an equal text anew: what is known of the last paste must not be
    // compared with it character by character for each of its 30,000 matches.
    const fresh = fastestMs(() => decoder.decode(lines.join('')));
    expect(fresh).toBeLessThan(3 * same + 50);
  }, 120_000);
});
