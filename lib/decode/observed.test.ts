import { describe, expect, it } from 'vitest';
import type { DecodeData, DecodeEntry } from './data';
import { createDecoder } from './index';

/** A small catalog of three body formats, so each rule is pinned apart from the real content. */
function entry(
  fields: Partial<DecodeEntry> & Pick<DecodeEntry, 'vendor' | 'message'>,
): DecodeEntry {
  return {
    kind: 'vendor',
    code: null,
    aliases: [],
    statuses: [400],
    messageKind: 'returned',
    type: null,
    template: null,
    category: 'validation',
    fault: 'client',
    retry: 'after-change',
    url: `/vendors/${fields.vendor}/${(fields.code ?? fields.message).toLowerCase().replace(/\W+/g, '-')}/`,
    meaning: null,
    step: null,
    documented: true,
    observed: [],
    ...fields,
  };
}

const DATA: DecodeData = {
  standards: [],
  vendors: [
    { id: 'rc', name: 'Ringy', format: 'ringcentral' },
    { id: 'bw', name: 'Bandy', format: 'bandwidth' },
    { id: 'ee', name: 'Eighty', format: '8x8' },
  ],
  entries: [
    entry({
      vendor: 'rc',
      code: 'OAU-123',
      message: 'Invalid Authorization header value: ${parameter}',
      observed: ['Client authentication is required'],
    }),
    entry({ vendor: 'rc', code: 'OAU-128', message: 'Access token expired.' }),
    entry({ vendor: 'rc', code: 'OAU-140', message: 'Invalid resource owner credentials.' }),
    entry({
      vendor: 'rc',
      code: 'OAU-251',
      message: 'Unauthorized for this grant type',
      documented: false,
      statuses: [],
    }),
    entry({
      vendor: 'rc',
      code: 'CMN-101',
      message: 'Parameter [${parameterName}] value is invalid.',
    }),
    entry({
      vendor: 'bw',
      type: 'validation',
      message: 'Invalid to: must be an E164 telephone number',
    }),
    entry({
      vendor: 'ee',
      code: '1300',
      message: 'Not found',
      messageKind: 'description',
      observed: ["Object wasn't found or is already expired"],
    }),
  ],
};
const { decode } = createDecoder(DATA);
const codes = (text: string) => decode(text).matches.map((m) => m.entry.code ?? m.entry.message);
const rc = (errorCode: string, message: string) =>
  JSON.stringify({ errors: [{ errorCode, message }] });

describe('observed wordings are matched like documented messages', () => {
  it('names the wording on a match by code, where another text is only "reworded"', () => {
    const [seen] = decode(rc('OAU-123', 'Client authentication is required')).matches;
    expect(seen?.entry.code).toBe('OAU-123');
    expect(seen?.notes).toEqual([expect.stringContaining('"Client authentication is required"')]);
    // Distractor: a text that is neither the message nor an observed wording.
    const [other] = decode(rc('OAU-123', 'Client authentication failed')).matches;
    expect(other?.notes.join(' ')).not.toContain('observed wording');
    expect(other?.notes.join(' ')).toContain('reworded');
  });

  it('identifies a lone text or a log line by an observed wording, not by a longer sentence', () => {
    expect(codes('Client authentication is required')).toEqual(['OAU-123']);
    expect(decode('client authentication is required.').matches[0]?.notes[0]).toContain(
      'observed wording',
    );
    expect(codes('2024-05-01 12:00:01 ERROR auth: Client authentication is required')).toEqual([
      'OAU-123',
    ]);
    // Distractor: the wording followed by more words is another sentence.
    expect(codes('Client authentication is required for every tenant we serve')).toEqual([]);
  });

  it("matches a description vendor's observed text, never its description", () => {
    expect(codes("Object wasn't found or is already expired")).toEqual(['1300']);
    // Distractor: 8x8-style descriptions are not what the API sends.
    expect(codes('Not found')).toEqual([]);
  });
});

describe('a known vendor naming an error the catalog lacks', () => {
  it('gives no match, says "not catalogued for <vendor>" and suggests the nearest codes', () => {
    const result = decode(rc('OAU-141', 'Login for extension in current state is not allowed.'));
    expect(result.matches).toEqual([]);
    expect(result.notes).toEqual([
      'not catalogued for Ringy: code OAU-141; the nearest entries are suggested',
    ]);
    expect(result.suggestions.map((e) => e.code)).toEqual(['OAU-140', 'OAU-128', 'OAU-123']);
    // Distractor: a catalogued code, even undocumented, is a match and needs no such note.
    const known = decode(rc('OAU-251', 'Unauthorized for this grant type'));
    expect(known.matches.map((m) => m.entry.documented)).toEqual([false]);
    expect(known.notes).toBeUndefined();
  });

  it('puts an entry with the same message first among the suggestions', () => {
    const result = decode(rc('OAU-999', 'Access token expired.'));
    expect(result.matches).toEqual([]);
    expect(result.suggestions[0]?.code).toBe('OAU-128');
  });

  it('gives no match for a type the vendor does not have, even with a known description', () => {
    const description = 'Invalid to: must be an E164 telephone number';
    const unknown = decode(JSON.stringify({ type: 'made-up', description }));
    expect(unknown.matches).toEqual([]);
    expect(unknown.notes).toEqual([
      'not catalogued for Bandy: type "made-up"; the nearest entries are suggested',
    ]);
    expect(unknown.suggestions.map((e) => e.type)).toEqual(['validation']);
    // Distractor: the documented type with the same description is a match.
    expect(decode(JSON.stringify({ type: 'validation', description })).matches).toHaveLength(1);
  });

  it('says nothing for a body of no known vendor (Twilio)', () => {
    const twilio = JSON.stringify({
      code: 20003,
      message: 'Authenticate',
      more_info: 'https://www.twilio.com/docs/errors/20003',
      status: 401,
    });
    const result = decode(twilio);
    expect(result.matches).toEqual([]);
    expect(result.notes).toBeUndefined();
  });
});
