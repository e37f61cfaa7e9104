import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decoder, wrap } from './test-fixtures';

const seeds = [
  JSON.stringify({
    errors: [{ errorCode: 'CMN-101', message: 'Parameter [x] value is invalid.' }],
  }),
  JSON.stringify({
    errorCode: 1780355652,
    errorName: 'AuthenticationFailed',
    errorMessage: 'x',
    errorDetails: {},
  }),
  JSON.stringify({
    errorCode: 'ResourceNotFound',
    httpCode: 404,
    localizedUserMessage: { renderedMessage: 'x' },
  }),
  JSON.stringify({
    type: 'validation',
    description: 'Invalid to: must be an E164 telephone number',
    id: null,
  }),
  JSON.stringify({ code: 1300, message: 'gone', errorId: 'e', timestamp: 't' }),
  wrap.http({ errors: [{ errorCode: 'OAU-128', message: 'Access token expired.' }] }, 401),
  wrap.escaped(
    {
      errors: [
        { errorCode: 'MSG-240', message: "Specified recipient [+1] isn't an US phone number" },
      ],
    },
    403,
  ),
  "{'code': 3003, 'message': None, 'errorId': True}",
];

/** Random text, and the seeds cut, spliced and sprinkled with JSON punctuation. */
const inputs = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({
    unit: fc.constantFrom('{', '}', '[', ']', '"', "'", ':', ',', '\\', 'a', '1', ' ', '\n', '='),
    maxLength: 400,
  }),
  fc
    .tuple(fc.constantFrom(...seeds), fc.nat(), fc.nat(), fc.string({ maxLength: 30 }))
    .map(([seed, a, b, junk]) => {
      const i = a % (seed.length + 1);
      const j = Math.min(seed.length, i + (b % 50));
      return seed.slice(0, i) + junk + seed.slice(j);
    }),
  fc
    .tuple(fc.constantFrom(...seeds), fc.nat())
    .map(([seed, n]) => seed.slice(0, n % (seed.length + 1))),
  fc.array(fc.constantFrom(...seeds), { maxLength: 5 }).map((parts) => parts.join('\n')),
);

describe('decode on random and mutated input', () => {
  it('never throws, and stays fast on 10,000 inputs', () => {
    const times: number[] = [];
    const timed = (text: string) => {
      const start = performance.now();
      const result = decoder.decode(text);
      return { result, ms: performance.now() - start };
    };
    fc.assert(
      fc.property(inputs, (text) => {
        const { result, ms } = timed(text);
        // A slow run is timed twice more: on a shared machine a pause is not the decoder's.
        times.push(ms > 200 ? Math.min(ms, timed(text).ms, timed(text).ms) : ms);
        expect(Array.isArray(result.matches)).toBe(true);
        for (const m of result.matches) expect(result.suggestions).not.toContain(m.entry);
      }),
      { numRuns: 10_000, seed: 20250601 },
    );
    times.sort((a, b) => a - b);
    expect(times.length).toBe(10_000);
    expect(times[Math.floor(times.length / 2)] as number).toBeLessThan(5);
    expect(times[times.length - 1] as number).toBeLessThan(200);
  }, 120_000);
});
