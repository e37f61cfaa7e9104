import { describe, expect, it } from 'vitest';
import { fastestMs } from '../timing';
import { TRUNCATED_NOTE } from './collect';
import { decoder, expectLinearDecode, truncate, wrap } from './test-fixtures';

const codes = (text: string) =>
  decoder.decode(text).matches.map((m) => `${m.entry.vendor}:${m.entry.code ?? m.entry.message}`);

type Case = {
  vendor: string;
  body: object;
  status: number;
  expect: string;
  params?: Record<string, string>;
  cutAfter: string;
};

// Values differ from the seeds' own examples on purpose.
const CASES: Case[] = [
  {
    vendor: 'ringcentral',
    body: {
      errors: [
        {
          errorCode: 'CMN-102',
          message: 'Resource for parameter [meetingId] is not found',
          parameterName: 'meetingId',
        },
      ],
    },
    status: 404,
    expect: 'ringcentral:CMN-102',
    params: { parameterName: 'meetingId' },
    cutAfter: 'CMN-102',
  },
  {
    vendor: 'bluejeans',
    body: {
      errorCode: 1436062998,
      errorName: 'ExternalSystemUnreachable',
      errorMessage:
        'Unable to reach Lobby Codec (10.9.8.7); it might have gone offline or been provisioned incorrectly.',
      errorDetails: { remoteAddress: '10.9.8.7', remoteName: 'Lobby Codec', commandName: 'Dial' },
    },
    status: 504,
    expect: 'bluejeans:ExternalSystemUnreachable',
    cutAfter: 'Unable to',
  },
  {
    vendor: 'vaspian',
    body: {
      errorCode: 'RestrictedOperationAttempt',
      httpCode: 403,
      localizedUserMessage: {
        key: 'make_call_denied',
        renderedMessage: 'You may not place this call.',
      },
      _links: { about: { href: '/api/v1/tenants/9182/calls' } },
    },
    status: 403,
    expect: 'vaspian:RestrictedOperationAttempt',
    cutAfter: 'make_call',
  },
  {
    vendor: 'bandwidth',
    body: {
      type: 'validation',
      description: 'Call [c-77a1] cannot be modified in its current state',
      id: 'r-19f8e7d6',
    },
    status: 409,
    expect: 'bandwidth:Call [${0}] cannot be modified in its current state',
    params: { '0': 'c-77a1' },
    cutAfter: '"id":"r',
  },
  {
    vendor: '8x8',
    body: {
      code: 3008,
      message: 'Media URL is not reachable',
      errorId: '5a1b7c2e-0000-4a4a-9e9e-123456789abc',
      timestamp: '2024-02-02T01:02:03.45Z',
    },
    status: 400,
    expect: '8x8:3008',
    cutAfter: '"errorId":"5a1b',
  },
];

describe('each vendor in each input kind', () => {
  for (const c of CASES) {
    for (const kind of ['raw', 'http', 'log', 'escaped'] as const) {
      it(`${c.vendor}: ${kind}`, () => {
        const result = decoder.decode(wrap[kind](c.body, c.status));
        expect(
          result.matches.map((m) => `${m.entry.vendor}:${m.entry.code ?? m.entry.message}`),
        ).toEqual([c.expect]);
        const [match] = result.matches;
        if (c.params) expect(match?.params).toMatchObject(c.params);
        expect(match?.notes.filter((n) => n.startsWith('status mismatch'))).toEqual([]);
        if (kind !== 'raw') expect(match?.status).toBe(c.status);
      });
    }
    it(`${c.vendor}: truncated body`, () => {
      const result = decoder.decode(truncate(c.body, c.cutAfter));
      expect(
        result.matches.map((m) => `${m.entry.vendor}:${m.entry.code ?? m.entry.message}`),
      ).toEqual([c.expect]);
      expect(result.matches[0]?.notes).toContain(TRUNCATED_NOTE);
    });
  }
});

describe('several errors', () => {
  it('keeps every RingCentral error of one body, in order, without the repeated top-level code', () => {
    const body = {
      errorCode: 'OAU-150',
      errors: [
        {
          errorCode: 'OAU-150',
          message:
            'The value of query parameter [client_id] should be equal to parameter [clientId]',
        },
        {
          errorCode: 'SUB-508',
          message: 'Invalid event filters: [/restapi/v1.0/account/~/presence]',
        },
        { errorCode: 'MSG-290', message: 'Sending SMS to +33612345678 failed. Please try later.' },
      ],
    };
    const result = decoder.decode(JSON.stringify(body));
    expect(result.matches.map((m) => m.entry.code)).toEqual(['OAU-150', 'SUB-508', 'MSG-290']);
    expect(result.matches[1]?.params).toEqual({ filters: '/restapi/v1.0/account/~/presence' });
    expect(result.matches[2]?.params).toEqual({ toPhoneNumber: '+33612345678' });
  });

  it('finds errors of different vendors across a log, in input order', () => {
    const log = [
      '10:00:01 INFO started',
      `10:00:02 WARN 8x8 said ${JSON.stringify({ code: 1400, message: 'Too soon', errorId: 'e-9', timestamp: 't' })}`,
      '10:00:03 ERROR rc failed errorCode=OAU-129 path=/restapi/oauth/token',
      `10:00:04 ERROR bw ${JSON.stringify({ type: 'system-overloaded', description: 'Handling too many requests', id: null })}`,
    ].join('\n');
    expect(codes(log)).toEqual([
      '8x8:1400',
      'ringcentral:OAU-129',
      'bandwidth:Handling too many requests',
    ]);
  });

  it('folds the same error repeated across a log into one match with a count', () => {
    const line = 'ERROR errorCode=CMN-301 retrying';
    const result = decoder.decode([line, line, line].join('\n'));
    expect(result.matches).toHaveLength(1);
    expect(result.matches[0]?.notes).toContain('seen 3 times in the input');
  });
});

describe('template binding and messages', () => {
  it('binds every variable of a filled-in message', () => {
    const [m] = decoder.decode(
      'Duplicate value for parameter phoneNumber: +14155550100 found in request',
    ).matches;
    expect(m?.entry.code).toBe('CMN-406');
    expect(m?.params).toEqual({ parameterName: 'phoneNumber', parameterValue: '+14155550100' });
  });

  it('binds Bandwidth positional variables', () => {
    const body = {
      type: 'validation',
      description: 'callTimeout must be within the range [1, 300], but was 999',
      id: '',
    };
    const [m] = decoder.decode(JSON.stringify(body)).matches;
    expect(m?.params).toEqual({ '0': 'callTimeout', '1': '1', '2': '300', '3': '999' });
  });

  it('finds a message inside a log line after a prefix', () => {
    expect(
      codes(
        "2025-01-01 12:00:00 [sms] WARN Specified recipient [+4930123456] isn't an US phone number",
      ),
    ).toEqual(['ringcentral:MSG-240']);
  });

  it('finds a message followed by more of the log line, and stops the values where it ends', () => {
    expect(codes('WARN rc-sync: Request rate exceeded (attempt 4 of 6)')).toEqual([
      'ringcentral:CMN-301',
      'ringcentral:CMN-302',
      'ringcentral:MSG-305',
    ]);
    expect(codes('E/Auth: Access token corrupted')).toEqual(['ringcentral:OAU-129']);
    expect(codes('12:00:01 Access token corrupted. refreshing')).toEqual(['ringcentral:OAU-129']);
    const [sms] = decoder.decode(
      "sms: Specified recipient [+61412345678] isn't an US phone number; dropping message 77",
    ).matches;
    expect(sms?.params).toEqual({ toPhoneNumber: '+61412345678' });
    const [rec] = decoder.decode(
      '[bj] Recording is disabled for meeting 31337.  trace=af09 user=ops',
    ).matches;
    expect(rec?.entry.code).toBe('RecordingProhibited');
    expect(rec?.params).toEqual({ meetingId: '31337' });
    expect(
      decoder.decode('level=warn msg="Invalid Authorization header value: Digest abc" status=401')
        .matches[0]?.params,
    ).toEqual({ parameter: 'Digest abc' });
  });

  it('keeps the log prefix out of a value that begins the message', () => {
    const [range] = decoder.decode(
      '2025-03-04T05:06:07.890Z ERROR voice: ringTimeout must be within the range [5, 60], but was 90',
    ).matches;
    expect(range?.params).toEqual({ 0: 'ringTimeout', 1: '5', 2: '60', 3: '90' });
    const [remote] = decoder.decode(
      '[worker-2] WARN bj.rooms: East Wing Codec (192.0.2.44) responded with an error.',
    ).matches;
    expect(remote?.entry.code).toBe('ExternalSystemResponseException');
    expect(remote?.params).toEqual({ remoteName: 'East Wing Codec', remoteAddress: '192.0.2.44' });
  });

  it('keeps Android logcat prefixes (single-letter levels, tags, pids) out of a leading value', () => {
    for (const line of [
      'E/ErrdexClient( 1234): callTimeout must be within the range [1, 300], but was 999',
      'E/ErrdexClient(31337): callTimeout must be within the range [1, 300], but was 999',
      '11-23 21:45:52.123  1234  1234 E ErrdexClient: callTimeout must be within the range [1, 300], but was 999',
      '11-23 21:45:52.123 W ErrdexClient: callTimeout must be within the range [1, 300], but was 999',
    ]) {
      const [m] = decoder.decode(line).matches;
      expect(m?.params, line).toEqual({ 0: 'callTimeout', 1: '1', 2: '300', 3: '999' });
    }
    const [remote] = decoder.decode(
      '11-23 21:45:52.123  1234  1240 W BjRooms: East Wing Codec (192.0.2.44) responded with an error.',
    ).matches;
    expect(remote?.params).toEqual({ remoteName: 'East Wing Codec', remoteAddress: '192.0.2.44' });
  });

  it('reads a logfmt msg="..." whose message begins with a value, in a short paste or a long log', () => {
    // Every catalog template that begins with a variable, filled in.
    const lines: [string, string, Record<string, string>][] = [
      [
        'ts=2025-03-04T05:06:07Z level=error msg="callTimeout must be within the range [1, 300], but was 999" status=400',
        'bandwidth:${0} must be within the range [${1}, ${2}], but was ${3}',
        { 0: 'callTimeout', 1: '1', 2: '300', 3: '999' },
      ],
      [
        'level=warn msg="East Wing Codec (192.0.2.44) responded with an error." trace=af09',
        'bluejeans:ExternalSystemResponseException',
        { remoteName: 'East Wing Codec', remoteAddress: '192.0.2.44' },
      ],
      [
        'level=error msg="Lobby \\"B\\" (10.0.0.1) is not provisioned correctly: offline" retry=false',
        'bluejeans:IncorrectlyProvisioned',
        { remoteName: 'Lobby "B"', remoteAddress: '10.0.0.1', remoteStatus: 'offline' },
      ],
      [
        'level=warn message="Room limit reached. Please contact BlueJeans support to increase the limit."',
        'bluejeans:LimitReached',
        { entityClass: 'Room' },
      ],
    ];
    const noise = Array.from({ length: 60 }, (_, i) => `level=info msg="tick ${i}" took=3ms`);
    for (const [line, expected, params] of lines) {
      for (const text of [line, [...noise, line].join('\n')]) {
        const result = decoder.decode(text);
        expect(codes(text), line).toEqual([expected]);
        expect(result.matches[0]?.params, line).toEqual(params);
      }
    }
  });

  it('does not let a value before the final period run past the end of the sentence', () => {
    const [m] = decoder.decode('No Recording found with the given id r-77. request=q1').matches;
    expect(m?.entry.code).toBe('NotFound');
    expect(m?.params).toEqual({ entityClass: 'Recording', entityId: 'r-77' });
  });

  it('prefers the message that accounts for most of the line', () => {
    expect(
      codes(
        'auth: The account is locked out due to multiple unsuccessful logon attempts. Please use Single Sign-on way to authenticate. login=kim',
      ),
    ).toEqual(['ringcentral:OAU-148']);
  });

  it('does not take a sentence that only begins like a message for it', () => {
    expect(decoder.decode('INFO Request rate exceeded thresholds are reloaded').matches).toEqual(
      [],
    );
  });

  it('matches a localized message by its code, with a note', () => {
    const body = {
      errors: [{ errorCode: 'CMN-101', message: 'Le paramètre [extensionId] est invalide.' }],
    };
    const [m] = decoder.decode(JSON.stringify(body)).matches;
    expect(m?.entry.code).toBe('CMN-101');
    expect(m?.notes.join(' ')).toMatch(/localized or reworded/);
  });

  it('never matches 8x8 or Vaspian by message text alone', () => {
    expect(decoder.decode('Invalid Media URL').matches).toEqual([]);
    expect(decoder.decode('URL is completely invalid').matches).toEqual([]);
  });

  it('reads the status from a curl -i response and notes a mismatch', () => {
    const text = wrap.http(
      { errors: [{ errorCode: 'CMN-301', message: 'Request rate exceeded' }] },
      503,
    );
    const [m] = decoder.decode(text).matches;
    expect(m?.notes.join(' ')).toMatch(
      /status mismatch: HTTP 503 seen, but RingCentral documents 429/,
    );
  });
});

describe('shared messages', () => {
  it('lists every entry of one vendor sharing a text as matches', () => {
    // CMN-302 was also seen returning this text (an observed wording), so it shares it too.
    expect(codes('Request rate exceeded')).toEqual([
      'ringcentral:CMN-301',
      'ringcentral:CMN-302',
      'ringcentral:MSG-305',
    ]);
  });

  it('puts a text several vendors share into suggestions', () => {
    for (const text of ['Internal Server Error', 'Not Found', 'Unauthorized']) {
      const result = decoder.decode(text);
      expect(result.matches).toEqual([]);
      expect(new Set(result.suggestions.map((e) => e.vendor)).size).toBeGreaterThan(1);
    }
  });

  it('matches the shared text when the body names the vendor', () => {
    const body = { type: 'internal-error', description: 'Internal Server Error', id: null };
    expect(codes(JSON.stringify(body))).toEqual(['bandwidth:Internal Server Error']);
  });
});

describe('other shapes', () => {
  it('reads a Python dict repr', () => {
    const repr =
      "{'errors': [{'errorCode': 'MSG-341', 'message': 'Outbound fax is not allowed for extension [7001]', 'parameterName': None}], 'ok': False}";
    const [m] = decoder.decode(repr).matches;
    expect(m?.entry.code).toBe('MSG-341');
    expect(m?.params.extensionId).toBe('7001');
  });

  it('resolves a lone code, name or number, ignoring case and dashes', () => {
    expect(codes('msg305')).toEqual(['ringcentral:MSG-305']);
    expect(codes('  RecordingProhibited ')).toEqual(['bluejeans:RecordingProhibited']);
    expect(codes('1143094451')).toEqual(['bluejeans:RecordingProhibited']);
    expect(codes('3053')).toEqual(['8x8:3053']);
  });

  it('resolves a code typed with a space or copied with a typographic dash', () => {
    expect(codes('sub 404')).toEqual(['ringcentral:SUB-404']);
    expect(codes('"Oau 141"')).toEqual(['ringcentral:OAU-141']);
    expect(codes('OAU\u2013141')).toEqual(['ringcentral:OAU-141']);
    expect(codes('refresh failed with MSG\u2011309, giving up')).toEqual(['ringcentral:MSG-309']);
  });

  it('resolves key=value code fields in free text', () => {
    expect(codes('job=sync errorName=ListenerOffline attempt=3')).toEqual([
      'bluejeans:ListenerOffline',
    ]);
  });
});

describe('a message in a body of no vendor shape', () => {
  it('matches a returned message under a message-like key of a wrapper or SDK body', () => {
    expect(codes('{"message": "Access token expired."}')).toEqual(['ringcentral:OAU-128']);
    expect(codes('{"error": "Invalid basic authentication token"}')).toEqual([
      'bandwidth:Invalid basic authentication token',
    ]);
    const wrapped = {
      status: 403,
      error: { description: 'Outbound fax is not allowed for extension [77]' },
    };
    const [m] = decoder.decode(JSON.stringify(wrapped)).matches;
    expect(m?.entry.code).toBe('MSG-341');
    expect(m?.params).toEqual({ extensionId: '77' });
    expect(m?.status).toBe(403);
  });

  it('leaves the wrapper message out when the body inside names the error', () => {
    const echo = {
      message: 'Request rate exceeded',
      error: { errorCode: 'MSG-305', message: 'Request rate exceeded' },
    };
    expect(codes(JSON.stringify(echo))).toEqual(['ringcentral:MSG-305']);
    const snake = { error_code: 'MSG-305', message: 'Request rate exceeded' };
    expect(codes(JSON.stringify(snake))).toEqual(['ringcentral:MSG-305']);
  });

  it('offers a table message of a trimmed body as a suggestion, not a match', () => {
    const result = decoder.decode('{"code": 3013, "message": "Too much messages"}');
    expect(result.matches).toEqual([]);
    expect(result.suggestions.map((e) => e.code)).toEqual(['3013']);
  });

  it('leaves a message that is not in the catalog alone', () => {
    expect(decoder.decode('{"message": "Request rate exceeded thresholds reloaded"}')).toEqual({
      matches: [],
      suggestions: [],
    });
  });
});

describe('foreign bodies and garbage', () => {
  it('gives no match for a Twilio body', () => {
    const twilio = {
      code: 21211,
      message: "The 'To' number +1555 is not a valid phone number.",
      more_info: 'https://www.twilio.com/docs/errors/21211',
      status: 400,
    };
    expect(decoder.decode(wrap.http(twilio, 400))).toEqual({ matches: [], suggestions: [] });
  });

  it('gives no match for RFC 9457 problem+json', () => {
    const problem = {
      type: 'https://example.net/validation-error',
      title: 'Your request is not valid.',
      status: 422,
      detail: 'age must be positive',
      instance: '/account/12345/msgs/abc',
    };
    expect(decoder.decode(JSON.stringify(problem)).matches).toEqual([]);
  });

  it('recognizes nothing in empty, binary or meaningless input', () => {
    for (const text of [
      '',
      '   \n\t',
      '\u0000\u0001\u00ff\ufffd'.repeat(500),
      '{{{{[[[[',
      'lorem ipsum dolor sit amet',
      '{"a":1}',
    ])
      expect(decoder.decode(text).matches).toEqual([]);
    expect(decoder.decode(undefined as unknown as string)).toEqual({
      matches: [],
      suggestions: [],
    });
  });

  it('walks input nested far deeper than the call stack', () => {
    const depth = 200_000;
    const deep =
      '{"a":'.repeat(depth) +
      JSON.stringify({ errors: [{ errorCode: 'CMN-104', message: 'Cannot parse request' }] }) +
      '}'.repeat(depth);
    expect(codes(deep)).toEqual(['ringcentral:CMN-104']);
    expect(decoder.decode('['.repeat(depth)).matches).toEqual([]);
  }, 30_000);

  it('decodes a multi-megabyte paste', () => {
    const line = `${wrap.log({ errors: [{ errorCode: 'CMN-102', message: 'Resource for parameter [x] is not found' }] }, 404)}\nINFO nothing to see here id=42\n`;
    const text = line.repeat(Math.ceil((3 * 1024 * 1024) / line.length));
    expect(fastestMs(() => decoder.decode(text), 2)).toBeLessThan(3000);
    expect(decoder.decode(text).matches.map((m) => m.entry.code)).toEqual(['CMN-102']);
  }, 30_000);
});

describe('what counts as cut off', () => {
  it('notes a body cut at the end of a log line, followed by more lines', () => {
    const text = `ERROR ${truncate({ errors: [{ errorCode: 'MSG-316', message: 'No department members found.' }] }, 'MSG-316')}\nINFO next line`;
    const [m] = decoder.decode(text).matches;
    expect(m?.entry.code).toBe('MSG-316');
    expect(m?.notes).toContain(TRUNCATED_NOTE);
  });

  it('notes a body cut before the keys that complete its shape', () => {
    for (const [text, code] of [
      ['{"errorCode":1843016394,"errorName":"RecordingQ', 'RecordingQuotaExceeded'],
      ['{"errorName":"CommandTimedOut","errorCode":13319', 'CommandTimedOut'],
      ['{"errorCode":"FrameworkNotFound","httpCo', 'FrameworkNotFound'],
      ['{"code":3046,"message":"Template parameter URL must be ht', '3046'],
      ['{"errorCode":"SUB-405","mess', 'SUB-405'],
    ]) {
      const [m] = decoder.decode(text as string).matches;
      expect(m?.entry.code, text).toBe(code);
      expect(m?.notes, text).toContain(TRUNCATED_NOTE);
    }
  });

  it('offers the Bandwidth entries a description cut off mid-way could begin, as suggestions', () => {
    const cut = '{"type":"validation","description":"Invalid to: must be an E164 tel';
    for (const text of [
      cut,
      `2025-03-04T12:00:00Z ERROR bw body=${cut}\nINFO next line`,
      JSON.stringify({ level: 'error', body: cut }).slice(0, -2),
    ]) {
      const result = decoder.decode(text);
      expect(result.matches, text).toEqual([]);
      expect(
        result.suggestions.map((e) => e.url),
        text,
      ).toEqual(['/vendors/bandwidth/400-invalid-to-must-be-an-e164-telephone-number/']);
    }
    // A beginning several messages share: all of them.
    const url = decoder.decode('{"type":"validation","description":"Invalid answerUrl').suggestions;
    expect(url.map((e) => e.message).sort()).toEqual([
      'Invalid answerUrl method. Supported methods: [POST, GET]',
      'Invalid answerUrl: only http and https are allowed',
    ]);
    expect(decoder.decode('{"type":"validation","description":"Inv').suggestions).toEqual([]);
  });

  it('does not take a cut body of a foreign shape for a vendor', () => {
    expect(decoder.decode('{"code":21610,"message":"Attempt to send to unsub').matches).toEqual([]);
  });

  it('does not call a body with syntax it does not read truncated', () => {
    const repr =
      "{'code': 3006, 'message': 'Too long', 'errorId': 'x1', 'timestamp': datetime.datetime(2024, 5, 1)}";
    const [m] = decoder.decode(repr).matches;
    expect(m?.entry.code).toBe('3006');
    expect(m?.notes).toEqual([]);
  });
});

describe('unknown codes', () => {
  it('suggests, never matches, when a recognized body has a code the catalog lacks', () => {
    const rc = decoder.decode(
      JSON.stringify({ errors: [{ errorCode: 'OAU-999', message: 'Access token expired.' }] }),
    );
    expect(rc.matches).toEqual([]);
    expect(rc.suggestions.map((e) => e.code)).toContain('OAU-128');
    const eight = decoder.decode(JSON.stringify({ code: 4999, message: 'Nope', errorId: 'e-1' }));
    expect(eight.matches).toEqual([]);
    expect(eight.notes).toEqual([expect.stringMatching(/^not catalogued for 8x8: code 4999/)]);
  });

  it("matches 8x8's HTTP-level row when the code is its status, as 8x8's reference shows", () => {
    const [match, ...rest] = decoder.decode(
      JSON.stringify({ code: 401, message: 'Unauthorized', errorId: 'e-1' }),
    ).matches;
    expect(rest).toEqual([]);
    expect(match?.entry.url).toBe('/vendors/8x8/http-401/');
    expect(match?.notes).toContain(
      'identified by its code 401, which is the HTTP status of this error',
    );
    // A status 8x8 has no row for stays a code it does not have.
    const unknown = decoder.decode(JSON.stringify({ code: 418, message: 'x', errorId: 'e-1' }));
    expect(unknown.matches).toEqual([]);
  });

  it('folds a message said again beside its code into that one match', () => {
    const lines = '"errorCode" : "OAU-123",\n "message" : "Authorization header is not specified"';
    expect(codes(lines)).toEqual(['ringcentral:OAU-123']);
    // Alone, the same text fits two entries of one vendor: both are matches.
    expect(codes('Authorization header is not specified')).toEqual(
      expect.arrayContaining(['ringcentral:OAU-123', 'ringcentral:AGW-401']),
    );
  });

  it('takes no single word of a longer line for a one-word message', () => {
    expect(
      codes('perform_authorization: response {"status"=>"unauthorized"} (StandardError)'),
    ).toEqual([]);
  });

  it("reads another API's error object (a code of its own) as no match, its message a candidate", () => {
    const bird = decoder.decode('{"errors":[{"code":20,"description":"message not found"}]}');
    expect(bird.matches).toEqual([]);
  });
});

describe('plain-text bodies', () => {
  it('compares a text body with the status line above it', () => {
    const [m] = decoder.decode(
      'HTTP/1.1 503 Service Unavailable\r\ncontent-type: text/plain\r\n\r\nFeature not available.',
    ).matches;
    expect(m?.entry.code).toBe('CMN-109');
    expect(m?.status).toBe(503);
    expect(m?.notes.join(' ')).toMatch(
      /status mismatch: HTTP 503 seen, but RingCentral documents 403/,
    );
  });
});

describe('degenerate input stays linear', () => {
  // Linear means four times the text costs about four times the time; quadratic would be 16.
  // Timed as a ratio on the same machine at the same moment (the fastest of three runs of each
  // size), so a busy host slows both sizes alike; the absolute cap only catches a disaster.
  it('decodes a megabyte of braces, quotes, open objects or codes in linear time', () => {
    const mb = 1024 * 1024;
    for (const [unit, size] of [
      ['{', 1],
      ['{"', 2],
      ['{"a":', 5],
      ['{\\"', 3],
      ['OAU-128 ', 8],
    ] as const) {
      const whole = expectLinearDecode(`${unit} to 1 MB`, (scale) =>
        unit.repeat((mb / 4 / size) * scale),
      );
      expect(whole, `${unit}: 1 MB`).toBeLessThan(20_000);
    }
  }, 120_000);
});

describe('many distinct errors in one paste', () => {
  // Each filled-in message is its own match: folding repeats must not compare every pair.
  it('collects thousands of matches in linear time', () => {
    const lines = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `Parameter [p${i.toString(36)}] value is invalid.\n`,
      ).join('');
    expect(decoder.decode(lines(4_000)).matches).toHaveLength(4_000);
    expectLinearDecode('1,000 matches', (scale) => lines(1_000 * scale));
  }, 60_000);
});

describe('decoding for matches only (scan)', () => {
  it('finds the same matches without suggestions, line by line and as a whole', () => {
    const lines = [
      ...CASES.flatMap((c) =>
        (['raw', 'http', 'log', 'escaped'] as const).map((kind) => wrap[kind](c.body, c.status)),
      ),
      ...CASES.map((c) => truncate(c.body, c.cutAfter)),
      'Request rate exceeded',
      'Not Found',
      '404 Not Found',
      'Invalid Media URL',
      'E/ErrdexClient( 1234): callTimeout must be within the range [1, 300], but was 999',
      'level=warn msg="East Wing Codec (192.0.2.44) responded with an error." trace=af09',
      '{"type":"validation","description":"Invalid to: must be an E164 tel',
      JSON.stringify({ errors: [{ errorCode: 'OAU-999', message: 'Access token expired.' }] }),
      JSON.stringify({ code: 401, message: 'Unauthorized', errorId: 'e-1' }),
      'INFO Request rate exceeded thresholds are reloaded',
      'auth: The account is locked out due to multiple unsuccessful logon attempts.',
      'refresh failed with MSG\u2011309, giving up',
      'lorem ipsum dolor sit amet',
    ];
    for (const text of [...lines, lines.join('\n')]) {
      const full = decoder.decode(text);
      const only = decoder.decode(text, { suggestions: false });
      expect(only.matches, text).toEqual(full.matches);
      expect(only.suggestions, text).toEqual([]);
    }
  });
});
