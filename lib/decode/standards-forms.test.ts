import { describe, expect, it } from 'vitest';
import { cutToName } from '@/lib/namespaces/text';
import { data, decoder } from './test-fixtures';

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
    expect(cutToName('Error (ESME limits)) in response', 'Error (ESME limits)')).toBe(
      'Error (ESME limits)',
    );
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

describe('Telnyx hang-up fields', () => {
  it('read a lower-case cause name in a hangup_cause field and a SIP status in sip_hangup_cause', () => {
    expect(found('"hangup_cause": "user_busy"')).toEqual(['q850/17']);
    expect(found('"hangup_cause": "USER_BUSY"')).toEqual(['q850/17']);
    expect(found('"sip_hangup_cause": "503"')).toEqual(['sip/503']);
    expect(found('"hangup_cause": "normal_clearing",\n"sip_hangup_cause": "503"')).toEqual([
      'q850/16',
      'sip/503',
    ]);
  });

  it('take no lower-case word after another cause key, nor a SIP status as a Q.850 cause', () => {
    expect(found('"cause": "user_busy"')).toEqual([]);
    expect(found('root_cause: user_busy')).toEqual([]);
    expect(found('"sip_hangup_cause": "user_busy"')).toEqual([]);
  });
});

describe('a status said of a request or a reply', () => {
  it.each([
    ['"error": "Unexpected StatusCode from INVITE response 403"', 'sip/403'],
    ['mod_sofia.c:576 Responding to INVITE with: 488', 'sip/488'],
    ['request sent to sip:001@192.168.101.2:6700 completed with code: 408, Type 2', 'sip/408'],
  ])('%s', (text, key) => expect(found(text)).toEqual([key]));

  it('is not a lower-case method, a line with no SIP URI, nor a reply that was not sent', () => {
    expect(found('invite response 403')).toEqual([]);
    expect(found('job completed with code: 408')).toEqual([]);
    expect(found("_reply_light(): can't generate 487 reply when a final 408 was sent out")).toEqual(
      [],
    );
  });
});

describe('a tcpdump -A line', () => {
  it('keeps a status line after the dots that stand for binary bytes', () => {
    expect(found('..E..SIP/2.0 486 Busy Here')).toEqual(['sip/486']);
    expect(found('xSIP/2.0 486 Busy')).toEqual([]);
    expect(found('Via: SIP/2.0/UDP 198.51.100.7:5060')).toEqual([]);
  });
});

describe('a status and its reason phrase in prose', () => {
  it('is SIP when the phrase is exactly the registry one and not HTTP name of the number', () => {
    expect(found('100 Trying\n183 Session Progress\n480 Temporarily Unavailable')).toEqual([
      'sip/480',
    ]);
    expect(found('the far end sent 486 Busy Here')).toEqual(['sip/486']);
  });

  it('is not an HTTP phrase, another wording, a port or a version', () => {
    expect(found('got 404 Not Found')).toEqual([]);
    expect(found('503 Service Unavailable')).toEqual([]);
    expect(found('480 Temporarily not available')).toEqual([]);
    expect(found('host:486 Busy Here')).toEqual([]);
    expect(found('v1.486 Busy Here')).toEqual([]);
    expect(found('We have 486 Busy Hereford cattle')).toEqual([]);
  });
});

describe('a Q.850 cause that explains a failing SIP status', () => {
  it('stays right after the status even when it is not a failure itself', () => {
    expect(
      found('SIP/2.0 480 Temporarily Unavailable\nReason: Q.850;cause=16;text="NORMAL_CLEARING"'),
    ).toEqual(['sip/480', 'q850/16']);
  });

  it('is hidden as before beside another failing cause, and in a FreeSWITCH log line', () => {
    expect(found('Reason: Q.850;cause=16\n[USER_BUSY]')).toEqual(['q850/17']);
    expect(found('SIP/2.0 486 Busy Here\nhangup_cause=NORMAL_CLEARING')).toEqual(['sip/486']);
  });
});

describe('a CDR description', () => {
  it('reads a cause name after a call kind in parentheses', () => {
    expect(found('0 sec call to 639361234567 (local_call/USER_BUSY)')).toEqual(['q850/17']);
    expect(found('(outside_call/RECOVERY_ON_TIMER_EXPIRE)')).toEqual(['q850/102']);
  });

  it('takes no path, no upper-case kind and no name that is not a cause', () => {
    expect(found('(src/USER_BUSY_HANDLER)')).toEqual([]);
    expect(found('(LOCAL/USER_BUSY)')).toEqual([]);
    expect(found('see (docs/MAX_LENGTH)')).toEqual([]);
  });
});

describe('a status and a phrase HTTP shares with SIP', () => {
  it.each([
    '(200 OK out)',
    '408 Request Timeout',
    '302 Moved Temporarily',
    '413 Request Entity Too Large',
  ])('%s stays HTTP', (text) => expect(found(text)).toEqual([]));
});

describe('a python-smpplib PDUError', () => {
  it('reads the decimal status before the response it came in, and says a value SMPP lacks', () => {
    const { matches } = decoder.decode(
      "smpplib.exceptions.PDUError: ('(13) bind_transmitter_resp: Bind Failed', 13)",
    );
    expect(matches.map((m) => [m.entry.code, m.params])).toEqual([
      ['ESME_RBINDFAIL', { command_status: '13' }],
    ]);
    expect(found("PDUError: ('(88) submit_sm_resp: Throttling error', 88)")).toEqual([
      'smpp/ESME_RTHROTTLED',
    ]);
    expect(found('WARNING:root:(69) (69) submit_sm_resp: Submit failed. Ignored.')).toEqual([
      'smpp/ESME_RSUBMITFAIL',
    ]);
    expect(
      decoder.decode("PDUError: ('(1025) submit_sm_resp: Unknown status', 1025)").notes,
    ).toEqual(['not in SMPP v3.4 command status: 0x00000401']);
  });

  it('takes no number in parentheses before anything but an SMPP response', () => {
    expect(
      found(
        [
          'DEBUG:smpplib.client:<<00000011800000020000000d0000000100 (17 bytes)',
          'DEBUG:smpplib.client:Read bind_transmitter_resp PDU',
          'SMPPC [cid:c1] is not bound: Requeuing (#27) SubmitSmPDU[6db4e043], aged 0:00:13.02 seconds.',
          '(13) bind_transmitter: sent',
          '(13) submit_sm_response: 13',
          'Retry (13) of submit_sm_resp, sequence 13',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});

describe('a status value followed by its description', () => {
  it.each([
    ['88: Throttling error (ESME has exceeded allowed message limits)', 'smpp/ESME_RTHROTTLED'],
    [
      'ERROR: SMPP[smsc1]: SMSC rejected login to transmit, code 0x0000000d (Bind Failed).',
      'smpp/ESME_RBINDFAIL',
    ],
    ['submit_sm failed: 0x45 - submit_sm or submit_multi failed', 'smpp/ESME_RSUBMITFAIL'],
    ['SMPP bind: 14 - Invalid Password', 'smpp/ESME_RINVPASWD'],
    ['submit_sm_resp status 0xd Bind Failed', 'smpp/ESME_RBINDFAIL'],
  ])('%s', (text, key) => expect(found(text)).toEqual([key]));

  it('is read once beside a field form that names the same value', () => {
    const text =
      'SMPP[smsc1]: SMSC returned error code 0x00000058 (Throttling error (ESME has exceeded allowed message limits)) in response to submit_sm.';
    const { matches } = decoder.decode(text);
    expect(matches).toHaveLength(1);
    expect(matches[0]!.notes).toEqual([]);
    expect(matches[0]!.params).toEqual({
      command_status: '0x00000058',
      description: 'Throttling error (ESME has exceeded allowed message limits)',
    });
  });

  it('reads every SMPP status after its value, in hex and in decimal', () => {
    const statuses = data.entries.filter((e) => e.kind === 'standard' && e.vendor === 'smpp');
    expect(statuses.length).toBeGreaterThan(40);
    for (const e of statuses) {
      const value = Number.parseInt(e.aliases[0] as string, 16);
      const key = `smpp/${e.code}`;
      expect(found(`SMPP 0x${value.toString(16)} (${e.message})`), key).toEqual([key]);
      expect(found(`submit_sm_resp ${value}: ${e.message}`), key).toEqual([key]);
    }
  });

  it('reads each of two values on one line', () => {
    expect(found('SMPP errors seen: 13: Bind Failed, 14: Invalid Password')).toEqual([
      'smpp/ESME_RBINDFAIL',
      'smpp/ESME_RINVPASWD',
    ]);
  });

  it('is not a value with another description, a generic one off SMPP, a length or an id', () => {
    expect(
      found(
        [
          "34 => 'Throttling error (ESME has exceeded allowed message limits)'",
          '34: Throttling error (ESME has exceeded allowed message limits)',
          '13: Invalid Password submit_sm',
          'login: 14 Invalid Password',
          '8: System Error',
          'submit_sm length 0x45 bytes: invalid',
          'command_id 0x80000004 submit_sm_resp: Invalid Dest Addr',
          'SMPP v3.4 Bind Failed',
          '2022-05-21 04:18:48 ERROR    13 Bind failed [[Failure instance: SMPP]]',
          'at 12:88 Throttling error (ESME has exceeded allowed message limits)',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});

describe('a cloudhopper status constant with its value', () => {
  it('is read by its name, each in turn', () => {
    expect(
      found('SMPP responses STATUS_THROTTLED (0x00000058), STATUS_SYSERR (0x00000008)'),
    ).toEqual(['smpp/ESME_RTHROTTLED', 'smpp/ESME_RSYSERR']);
  });

  it('is not a Windows NTSTATUS, a bare constant or one without its full value', () => {
    expect(
      found(
        [
          'NtCreateFile failed: STATUS_ACCESS_DENIED (0xC0000022)',
          'STATUS_SUCCESS (0x00000000)',
          'SMPP STATUS_THROTTLED',
          'SMPP MY_STATUS_THROTTLED (0x00000058)',
          'SMPP STATUS_THROTTLED (0x58)',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});
