import { describe, expect, it } from 'vitest';
import { toOutput } from './index';
import { decoder, expectLinearDecode } from './test-fixtures';

/** `<namespace>/<code>` of each match, in order. */
const found = (text: string, options?: { nonFailures?: boolean }) =>
  decoder.decode(text, options).matches.map((m) => `${m.entry.vendor}/${m.entry.code}`);
/** The one match a text gives, with its values and notes. */
function only(text: string) {
  const { matches } = decoder.decode(text);
  expect(matches.map((m) => `${m.entry.vendor}/${m.entry.code}`)).toHaveLength(1);
  return matches[0]!;
}

describe('SIP status lines', () => {
  it('are matched with the status and reason phrase, alone or inside a trace', () => {
    expect(only('SIP/2.0 486 Busy Here').params).toEqual({ status: '486', reason: 'Busy Here' });
    const trace = [
      '<--- Received SIP response (512 bytes) from UDP:203.0.113.9:5060 --->',
      'SIP/2.0 480 Temporarily Unavailable',
      'Via: SIP/2.0/UDP 198.51.100.7:5060;rport=5060;branch=z9hG4bKPj486',
      'CSeq: 486 INVITE',
      'Content-Length: 486',
    ].join('\n');
    expect(only(trace).params).toEqual({ status: '480', reason: 'Temporarily Unavailable' });
  });

  it('never take a Via header, a request line, CSeq, Content-Length or an HTTP status line', () => {
    expect(
      found(
        [
          'INVITE sip:486@198.51.100.7:5060 SIP/2.0',
          'Via: SIP/2.0/UDP 198.51.100.7:5060;branch=z9hG4bK486',
          'CSeq: 486 INVITE',
          'Content-Length: 486',
          'Contact: <sip:+14155550486@198.51.100.7:5060>',
        ].join('\n'),
      ),
    ).toEqual([]);
    expect(found('HTTP/1.1 503 Service Unavailable')).toEqual([]);
  });

  it('notes a reason phrase that differs from the registry, not one that differs in case', () => {
    expect(only('SIP/2.0 486 Busy here').notes).toEqual([]);
    expect(only('SIP/2.0 480 Temporarily not available').notes).toEqual([
      'worded "Temporarily not available" here; SIP 480 is "Temporarily Unavailable"',
    ]);
  });
});

describe('SIP status fields', () => {
  it.each([
    ['variable_sip_term_status: 486', { status: '486' }],
    [
      '-- Got SIP response 603 "Decline" back from 203.0.113.9:5060',
      { status: '603', reason: 'Decline' },
    ],
    ['Call 0 is DISCONNECTED [reason=486 (Busy Here)]', { status: '486', reason: 'Busy Here' }],
    ['last_bridge_proto_specific_hangup_cause=sip%3A408', { status: '408' }],
  ])('%s', (text, params) => {
    expect(only(text).params).toEqual(params);
  });

  it('never take a SIP URI, an Asterisk channel name or a bare status field', () => {
    expect(found('Dial("SIP/486-0000001a", "SIP/486,30") to <sip:486@pbx.example>')).toEqual([]);
    expect(found('status=486')).toEqual([]);
    expect(found('GET /calls status=486 via SIP')).toEqual([]);
  });
});

describe('Reason headers', () => {
  it('give a Q.850 cause with its text, and a SIP cause', () => {
    expect(only('Reason: Q.850;cause=17;text="User busy"').params).toEqual({
      protocol: 'Q.850',
      cause: '17',
      text: 'User busy',
    });
    expect(only('Reason: SIP ;cause=480 ;text="Temporarily Unavailable"').params).toEqual({
      protocol: 'SIP',
      cause: '480',
      text: 'Temporarily Unavailable',
    });
  });

  it('never take another header that mentions a reason, nor a cause no standard has', () => {
    expect(found('X-Reason: No more gateways\nReason: Q.850;cause=250')).toEqual([]);
  });
});

describe('FreeSWITCH hang-up cause names', () => {
  it.each([
    '[NOTICE] sofia.c:1052 Hangup sofia/internal/1001@203.0.113.9 [CS_EXECUTE] [USER_BUSY]',
    'variable_hangup_cause: USER_BUSY',
    '"hangup_cause":"USER_BUSY"',
    '-ERR USER_BUSY',
    'USER_BUSY',
  ])('%s', (text) => {
    const match = only(text);
    expect([match.entry.vendor, match.entry.code, match.params]).toEqual([
      'q850',
      '17',
      { name: 'USER_BUSY' },
    ]);
  });

  it('never take a name inside another word, a bracketed state, or the words in prose', () => {
    expect(
      found('[CS_EXECUTE] play XUSER_BUSY and USER_BUSY_TONE: the user busy tone, DIALSTATUS=BUSY'),
    ).toEqual([]);
  });
});

describe('Asterisk hang-up causes', () => {
  it('are read from the fields that hold one', () => {
    const dial =
      "WARNING[10023]: app_dial.c:2591 dial_exec_full: Unable to create channel of type 'SIP' (cause 20 - Subscriber absent)";
    expect(only(dial).params).toEqual({ cause: '20', text: 'Subscriber absent' });
    expect(
      only('Event: Hangup\nChannel: PJSIP/101-0000002a\nCause: 17\nCause-txt: User busy'),
    ).toMatchObject({ params: { cause: '17', text: 'User busy' } });
    expect(only('NoOp("PJSIP/4002-000000a4", "HANGUPCAUSE = 3")').params).toEqual({ cause: '3' });
  });

  it('never take a number that is not one: a cause past 127, another field, a time, prose', () => {
    expect(
      found(
        [
          'retry cause=17 attempts',
          'Caused by: java.net.SocketTimeoutException: 17',
          'Cause: 17:30 maintenance window',
          'Cause no. 17: "Network failure"',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});

describe('SMPP command statuses', () => {
  it.each([
    [
      'PDU [command: submit_sm_resp, sequence_number: 93645, command_status: ESME_RTHROTTLED]',
      { name: 'ESME_RTHROTTLED' },
    ],
    ['submit_sm_resp command_status: 0x00000058', { command_status: '0x00000058' }],
    ['submit_sm_resp command_status=0x58', { command_status: '0x58' }],
    ['{ command: "submit_sm_resp", command_status: 88 }', { command_status: '88' }],
    ['SMPP[smsc1]: submit_sm_resp status=88', { command_status: '88' }],
    ['NegativeResponseException: Negative response 00000058 found', { command_status: '00000058' }],
    ['NACK/0x00000058/Throttling error', { command_status: '0x00000058' }],
  ])('%s', (text, params) => {
    const match = only(text);
    expect([match.entry.vendor, match.entry.code, match.params]).toEqual([
      'smpp',
      'ESME_RTHROTTLED',
      params,
    ]);
  });

  it('never take a sequence number, a command id, a status outside SMPP or an unknown value', () => {
    expect(
      found(
        [
          'submit_sm sequence_number: 0x00000058 command_id: 0x80000004',
          'GET /health status=88 took=12ms',
          'SMPP error code 88',
          'ESME_RTHROTTLEDX',
          'Negative response 00000094 found',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});

describe('a paste with several codes', () => {
  const body =
    '{"type":"validation","description":"Invalid to: must be an E164 telephone number","id":null}';
  const trace =
    'SIP/2.0 100 Trying\nSIP/2.0 486 Busy Here\nReason: Q.850;cause=17;text="User busy"';

  it('gives standard codes and vendor errors in input order', () => {
    expect(found(`${trace}\n${body}`)).toEqual(['sip/486', 'q850/17', 'bandwidth/null']);
    expect(found(`${body}\n${trace}`)).toEqual(['bandwidth/null', 'sip/486', 'q850/17']);
  });

  it('says codes that are not failures only when nothing failed, and never when asked', () => {
    expect(found('SIP/2.0 100 Trying\nSIP/2.0 200 OK')).toEqual(['sip/100', 'sip/200']);
    expect(found('SIP/2.0 100 Trying\nSIP/2.0 200 OK', { nonFailures: false })).toEqual([]);
    expect(found(`SIP/2.0 200 OK\n${body}`)).toEqual(['bandwidth/null']);
  });

  it('makes one match of one occurrence shown twice, with the values of both', () => {
    const match = only('SIP/2.0 486 Busy Here\nsip_term_status=486\nSIP/2.0 486 Busy Here');
    expect(match.params).toEqual({ status: '486', reason: 'Busy Here' });
    expect(match.notes).toEqual(['seen 2 times in the input']);
  });

  it('says on both codes when a cause and a status it maps to are in the paste', () => {
    const [sip, q850] = decoder.decode('SIP/2.0 603 Decline\nReason: Q.850;cause=21').matches;
    expect(sip!.notes).toEqual(['Q.850 21 in this paste too: FreeSWITCH maps it to SIP 603']);
    expect(q850!.notes).toEqual(['SIP 603 in this paste too: FreeSWITCH maps Q.850 21 to it']);
    // RFC 3398 and Asterisk map cause 21 to 403, not 480: nothing is said of an unmapped pair.
    const unmapped = decoder.decode('SIP/2.0 480 Temporarily Unavailable\nReason: Q.850;cause=21');
    expect(unmapped.matches.flatMap((m) => m.notes)).toEqual([]);
  });

  it("says a value a standard's own form carries that the standard lacks, and no other", () => {
    expect(decoder.decode('Negative response 00000094 found').notes).toEqual([
      'not in SMPP v3.4 command status: 0x00000094',
    ]);
    expect(decoder.decode('Reason: Q.850;cause=250').notes).toEqual([
      'not in Q.850 cause values: 250',
    ]);
    expect(decoder.decode('[CS_EXECUTE] hangup_cause=ORIGINATOR_CANCEL').notes).toBeUndefined();
  });

  it('prints a standard match as its namespace and page', () => {
    const [match] = toOutput(decoder.decode('SIP/2.0 486 Busy Here')).matches;
    expect(match).toMatchObject({
      kind: 'standard',
      vendor: 'sip',
      code: '486',
      message: 'Busy Here',
      url: '/standards/sip/486/',
      statuses: [],
    });
  });
});

describe('standard codes in a long paste', () => {
  // As in decode.test.ts: four times the text costs about four times the time (16 if quadratic),
  // timed as a ratio at the same moment; each unit repeats on one line or on many.
  it('are found in linear time, one line or many', () => {
    const size = 128 * 1024;
    for (const unit of [
      'cause=17 ',
      '[USER_BUSY]',
      'ESME_RTHROTTLED ',
      'SIP/2.0 486 Busy Here\n',
      'Cause: 17\nCause-txt: ',
      'status=88 submit_sm ',
      "('(13) bind_transmitter_resp: Bind Failed', 13)\n",
      'SMPP 88: Throttling error (ESME has exceeded allowed message limits) ',
      '7 invalid 8 error ',
    ]) {
      expectLinearDecode(JSON.stringify(unit), (scale) =>
        unit.repeat(Math.floor((size * scale) / unit.length)),
      );
    }
  }, 120_000);

  // Each line carries its own value (a call id in the reason text): a new value is compared with
  // a bounded number of earlier occurrences, not with every earlier line.
  it('are found in linear time when every line carries a different value', () => {
    const lines = (n: number) =>
      Array.from({ length: n }, (_, i) => `Reason: Q.850;cause=17;text="busy ${i}"`).join('\n');
    expectLinearDecode('1,000 lines', (scale) => lines(1000 * scale));
  }, 120_000);

  // A key, then a long run of spaces and no value: two optional space runs side by side would
  // try every split of the run (16 times the time for 4 times the spaces).
  it('cost linear time after a key followed by a long run of spaces', () => {
    for (const key of [
      'Cause:',
      'hangup_cause=',
      'sip_status:',
      'command_status:',
      'status=',
      'SMPP error 88:',
    ]) {
      expectLinearDecode(
        `${key} and 20,000 spaces`,
        (scale) => `${key}${' '.repeat(20_000 * scale)}x`,
      );
    }
  }, 120_000);
});
