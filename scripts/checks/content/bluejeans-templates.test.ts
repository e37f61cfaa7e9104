import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import type { Entry } from '@/lib/catalog';
import { matchTemplate } from '@/lib/template';

/**
 * BlueJeans documents one filled-in example per error; the templates are ours. These tests keep
 * them honest: each must still match the example it was derived from, bind the run-time values
 * that example shows, and recognise the same message filled in with values the seeds never use,
 * without claiming the text of another BlueJeans error.
 */
const bluejeans = loadCatalog().entries.filter((e) => e.vendor === 'bluejeans');
const byCode = new Map(bluejeans.map((e) => [e.code as string, e]));
const templated = bluejeans.filter((e) => e.errdex.template);

function entry(code: string): Entry {
  const found = byCode.get(code);
  if (!found) throw new Error(`no BlueJeans entry ${code}`);
  return found;
}

/** Other templated entries whose meaning differs: shared documented texts are one meaning in text. */
function otherMeanings(own: Entry): Entry[] {
  return templated.filter((e) => e !== own && e.message !== own.message);
}

/** The run-time values each documented example shows, as our templates name them. */
const EXAMPLE_BINDINGS: Record<string, Record<string, string>> = {
  AuthenticationFailed: { remoteName: 'My Endpoint', remoteAddress: '1.2.3.4' },
  CalendarServerException: {
    calendarId: 'unknown',
    exception: 'java.lang.RuntimeException',
    exceptionMessage: 'null',
  },
  EndpointHasNoListenerService: { endpointName: 'My Endpoint' },
  ExternalSystemException: {
    remoteName: 'My Endpoint',
    remoteAddress: '1.2.3.4',
    message: 'Listener Service was unable to communicate with an external system',
  },
  ExternalSystemResponseException: { remoteName: 'My Endpoint', remoteAddress: '1.2.3.4' },
  ExternalSystemTimedOut: { remoteName: 'My Endpoint', remoteAddress: '1.2.3.4' },
  ExternalSystemUnreachable: { remoteName: 'My Endpoint', remoteAddress: '1.2.3.4' },
  ForwardsCompatibility: { listenerServiceVersion: '2.0.0' },
  IncorrectlyProvisioned: {
    remoteName: 'My Endpoint',
    remoteAddress: '1.2.3.4',
    remoteStatus: '404 Not Found',
  },
  Invalid: { causeMessage: 'Wharrrgarbl cannot be null' },
  JsonParseException: { detail: 'null' },
  LimitReached: { entityClass: 'Endpoint' },
  ListenerServiceException: { commandName: 'Invitation' },
  NoSuchHandler: { listenerServiceVersion: '2.0.0' },
  NotFound: { entityClass: 'Endpoint', entityId: '123' },
  PrimetimeApiException: { detail: 'null' },
  PrimetimeEventNotStarted: { detail: 'null' },
  PrimetimeNotAuthorized: { detail: 'null' },
  PrimetimeNotFound: { detail: 'null' },
  RecordingAuthException: { meetingId: '10990' },
  RecordingException: { meetingId: '10990', seamResponseCode: '500' },
  RecordingProhibited: { meetingId: '10990' },
  RecordingQuotaExceeded: { meetingId: '10990' },
  RemoteCommandException: { detail: 'null' },
  Unavailable: { remoteName: 'My Endpoint', remoteAddress: '1.2.3.4' },
  UnknownControlProtocol: { listenerServiceVersion: '2.0.0' },
  Unmodifiable: { entityClass: 'DialStyle', entityId: 'ANNEX_O' },
};

describe('BlueJeans templates match their documented examples', () => {
  it('covers every templated entry, and only those', () => {
    expect(templated.map((e) => e.code).sort()).toEqual(Object.keys(EXAMPLE_BINDINGS).sort());
  });

  it.each(Object.entries(EXAMPLE_BINDINGS))(
    '%s binds the values its example shows',
    (code, values) => {
      const e = entry(code);
      expect(matchTemplate(e.errdex.template as string, e.message)).toEqual(values);
    },
  );

  it.each(bluejeans.map((e) => [e.code, e] as const))(
    'the example of %s matches no template of another meaning',
    (_code, e) => {
      const claimed = otherMeanings(e).filter(
        (other) => matchTemplate(other.errdex.template as string, e.message) !== null,
      );
      expect(claimed.map((o) => o.code)).toEqual([]);
    },
  );
});

/** The same messages filled in with values that appear nowhere in the seeds. */
const OTHER_VALUES: [code: string, text: string, params: Record<string, string>][] = [
  [
    'AuthenticationFailed',
    'Authentication failed from Boardroom Poly (10.20.30.40); it is probably provisioned incorrectly.',
    { remoteName: 'Boardroom Poly', remoteAddress: '10.20.30.40' },
  ],
  [
    'CalendarServerException',
    'Unable to retrieve details from calendar server for ID [AAMkAGI2TG93AAA=]: java.net.SocketTimeoutException (Read timed out)',
    {
      calendarId: 'AAMkAGI2TG93AAA=',
      exception: 'java.net.SocketTimeoutException',
      exceptionMessage: 'Read timed out',
    },
  ],
  [
    'EndpointHasNoListenerService',
    'No Listener Service provisioned for Lobby SX20; choose a Listener Service for this endpoint.',
    { endpointName: 'Lobby SX20' },
  ],
  [
    'ExternalSystemException',
    'Unable to communicate with Room 4B Lifesize (192.168.8.21); make sure it is online and correctly provisioned. Connection refused (Connection refused)',
    {
      remoteName: 'Room 4B Lifesize',
      remoteAddress: '192.168.8.21',
      message: 'Connection refused (Connection refused)',
    },
  ],
  [
    'ExternalSystemResponseException',
    'Huddle Space (10.0.5.9) responded with an error.',
    { remoteName: 'Huddle Space', remoteAddress: '10.0.5.9' },
  ],
  [
    'ExternalSystemTimedOut',
    'Request timed out to Training Room (fd00::42); it might have gone offline or been provisioned incorrectly.',
    { remoteName: 'Training Room', remoteAddress: 'fd00::42' },
  ],
  [
    'ExternalSystemUnreachable',
    'Unable to reach East Wing Codec (codec-east.example.net); it might have gone offline or been provisioned incorrectly.',
    { remoteName: 'East Wing Codec', remoteAddress: 'codec-east.example.net' },
  ],
  [
    'ForwardsCompatibility',
    'Listener Service is out of date; upgrade it from 1.9.3 to the latest version.',
    { listenerServiceVersion: '1.9.3' },
  ],
  [
    'NoSuchHandler',
    'Listener Service is out of date; upgrade it from 2.4.17 to the latest version.',
    { listenerServiceVersion: '2.4.17' },
  ],
  [
    'UnknownControlProtocol',
    'Listener Service is out of date; upgrade it from 3.0.0-rc1 to the latest version.',
    { listenerServiceVersion: '3.0.0-rc1' },
  ],
  [
    'IncorrectlyProvisioned',
    'Exec Suite (172.16.0.44) is not provisioned correctly: 403 Forbidden',
    { remoteName: 'Exec Suite', remoteAddress: '172.16.0.44', remoteStatus: '403 Forbidden' },
  ],
  [
    'Invalid',
    'An entity was invalid: name may not be empty!',
    { causeMessage: 'name may not be empty' },
  ],
  [
    'JsonParseException',
    "Malformed JSON bodyUnexpected character ('}' (code 125)): was expecting double-quote to start field name",
    {
      detail:
        "Unexpected character ('}' (code 125)): was expecting double-quote to start field name",
    },
  ],
  [
    'LimitReached',
    'User limit reached. Please contact BlueJeans support to increase the limit.',
    { entityClass: 'User' },
  ],
  [
    'ListenerServiceException',
    'The Listener Service failed trying to handle the HangUp command.',
    { commandName: 'HangUp' },
  ],
  [
    'NotFound',
    'No Meeting found with the given id 9876543.',
    { entityClass: 'Meeting', entityId: '9876543' },
  ],
  [
    'PrimetimeApiException',
    'Problem communicating with Primetime. Please try again soon.Connection refused',
    { detail: 'Connection refused' },
  ],
  [
    'PrimetimeEventNotStarted',
    'The Primetime meeting has not yet started.Starts at 18:00 UTC',
    { detail: 'Starts at 18:00 UTC' },
  ],
  [
    'PrimetimeNotAuthorized',
    'The Primetime meeting is not open to the public.Registration required',
    { detail: 'Registration required' },
  ],
  [
    'PrimetimeNotFound',
    'The Primetime meeting was not found.Event 5521 was deleted',
    { detail: 'Event 5521 was deleted' },
  ],
  [
    'RecordingAuthException',
    'Not allowed to start recording meeting 4471829, try using the moderator passcode.',
    { meetingId: '4471829' },
  ],
  [
    'RecordingException',
    'Unable to start recording meeting 4471829 due to 503 response from Seam.',
    { meetingId: '4471829', seamResponseCode: '503' },
  ],
  ['RecordingProhibited', 'Recording is disabled for meeting 88120045.', { meetingId: '88120045' }],
  [
    'RecordingQuotaExceeded',
    'Unable to start recording meeting 88120045 due to recording quota exceeded',
    { meetingId: '88120045' },
  ],
  [
    'RemoteCommandException',
    'The remote system failed trying to handle the command.Device busy',
    { detail: 'Device busy' },
  ],
  [
    'Unavailable',
    'Server error response from Board Room 2 (10.99.1.7); it might have crashed or been provisioned incorrectly.',
    { remoteName: 'Board Room 2', remoteAddress: '10.99.1.7' },
  ],
  [
    'Unmodifiable',
    'Cannot modify EndpointType CISCO_SX80.',
    { entityClass: 'EndpointType', entityId: 'CISCO_SX80' },
  ],
];

describe('BlueJeans templates recognise messages filled in with other values', () => {
  it('has a case for every templated entry', () => {
    expect([...new Set(OTHER_VALUES.map(([code]) => code))].sort()).toEqual(
      templated.map((e) => e.code).sort(),
    );
  });

  it.each(OTHER_VALUES)('%s: %s', (code, text, params) => {
    const own = entry(code);
    expect(text).not.toBe(own.message);
    expect(matchTemplate(own.errdex.template as string, text)).toEqual(params);
  });

  it.each(OTHER_VALUES)('%s is not claimed by another meaning: %s', (code, text) => {
    const claimed = otherMeanings(entry(code)).filter(
      (other) => matchTemplate(other.errdex.template as string, text) !== null,
    );
    expect(claimed.map((o) => o.code)).toEqual([]);
  });
});
