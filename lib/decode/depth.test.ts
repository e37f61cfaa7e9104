import { describe, expect, it } from 'vitest';
import { ESCAPE_DEPTH_NOTE, MAX_ESCAPE_DEPTH } from './scan';
import { decoder } from './test-fixtures';

const body = { errors: [{ errorCode: 'CMN-101', message: 'Parameter [x] value is invalid.' }] };

/** The body as a string inside a JSON record, `levels` times over. */
function nested(levels: number): string {
  let text = JSON.stringify(body);
  for (let i = 0; i < levels; i += 1) text = JSON.stringify({ level: 'error', body: text });
  return text;
}

describe('escaped JSON depth', () => {
  it(`follows a body escaped ${MAX_ESCAPE_DEPTH} levels deep, without a note`, () => {
    const result = decoder.decode(nested(MAX_ESCAPE_DEPTH));
    expect(result.matches.map((m) => m.entry.code)).toEqual(['CMN-101']);
    expect(result.matches[0]?.notes).toEqual([]);
    expect(result.notes).toBeUndefined();
  });

  it('says so when a deeper body is passed over', () => {
    const result = decoder.decode(nested(MAX_ESCAPE_DEPTH + 1));
    expect(result.matches).toEqual([]);
    expect(result.notes).toEqual([ESCAPE_DEPTH_NOTE]);
    const both = decoder.decode(`errorCode=OAU-146 ${nested(MAX_ESCAPE_DEPTH + 1)}`);
    expect(both.matches.map((m) => m.entry.code)).toEqual(['OAU-146']);
    expect(both.matches[0]?.notes).toContain(ESCAPE_DEPTH_NOTE);
  });

  it('counts a body escaped inside a log line that is not JSON as one level', () => {
    // `WARN body="{\"level\":...}"`: the line is text, the body in it escaped once.
    const line = (levels: number) =>
      `2025-01-01 WARN body="${JSON.stringify(nested(levels - 1)).slice(1, -1)}"`;
    expect(decoder.decode(line(MAX_ESCAPE_DEPTH)).matches).toHaveLength(1);
    expect(decoder.decode(line(MAX_ESCAPE_DEPTH + 1)).notes).toEqual([ESCAPE_DEPTH_NOTE]);
  });
});
