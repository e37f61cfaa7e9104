import type { BodyFormat } from '@/lib/taxonomy';
import type { SynthFacts, VendorState } from './styles';

const SHAPES: Record<BodyFormat, { shape: string; recognizedBy: string; product: string }> = {
  bluejeans: {
    product: 'Meetings and Relay API',
    shape:
      'A JSON object with `errorCode` (a number), `errorName` (a word), `errorMessage` (one filled-in text) and an `errorDetails` object whose keys depend on the error.',
    recognizedBy:
      '`errorCode` a number or `errorName` a word, plus `errorMessage` or `errorDetails` (or both identifiers).',
  },
  vaspian: {
    product: 'Call control REST API (HAL)',
    shape:
      'A HAL JSON object with `errorCode` (a word), `httpCode`, `localizedUserMessage` and `_links`.',
    recognizedBy: '`errorCode` a word, plus `httpCode` or `localizedUserMessage` or `_links`.',
  },
  ringcentral: {
    product: 'Platform REST API (voice, SMS, fax)',
    shape:
      'A JSON object with an `errors` array; each item has `errorCode` (`ABC-123`), `message`, and sometimes `parameterName`.',
    recognizedBy: '`errors[]` of `{errorCode: "ABC-123", message, parameterName?}`.',
  },
  bandwidth: {
    product: 'Voice API',
    shape: 'A JSON object with `type`, `description` and usually `id`; there is no code.',
    recognizedBy: '`type` and `description` (and usually `id`).',
  },
  '8x8': {
    product: 'SMS API and Chat Apps API',
    shape: 'A JSON object with `code` (an integer), `message`, `errorId` (a UUID) and `timestamp`.',
    recognizedBy: '`code` a number and `message`, plus `errorId` or `timestamp`.',
  },
};

function example(format: BodyFormat, f: SynthFacts): unknown {
  const status = f.statuses[0] ?? 400;
  switch (format) {
    case 'bluejeans':
      return {
        errorCode: Number(f.aliases[0]),
        errorDetails: { causes: [`HTTP ${status}`] },
        errorMessage: f.message,
        errorName: f.code,
      };
    case 'vaspian':
      return {
        errorCode: f.code,
        httpCode: status,
        localizedUserMessage: f.message,
        _links: { self: { href: '/calls/42' } },
      };
    case 'ringcentral':
      return {
        errors: [{ errorCode: f.code, message: f.message.replace(/\$\{(\w+)\}/g, 'extensionId') }],
      };
    case 'bandwidth':
      return {
        type: f.type,
        description: f.message.replace('${0}', '64'),
        id: 'd9ad4f1c-8e3b-4d33-9c2a-5e0c8f6a3b21',
      };
    case '8x8':
      return {
        code: Number(f.code ?? 1000),
        message: f.message,
        errorId: '1cc1eda1-f5dd-ea11-8288-0263195dd35a',
        timestamp: '2020-12-22T05:52:01.85Z',
      };
  }
}

/** The vendor file: frontmatter in the shape of `vendorSchema` and a short handling guide. */
export function vendorFile(state: VendorState, name: string, facts: SynthFacts[]): string {
  const s = SHAPES[state.format];
  const sample = facts.find((f) => f.code !== null || state.format === 'bandwidth') ?? facts[0]!;
  const q = JSON.stringify;
  return [
    '---',
    `id: ${q(state.id)}`,
    `name: ${q(name)}`,
    `product: ${q(`${name} ${s.product}`)}`,
    `format: ${q(state.format)}`,
    `shape: ${q(s.shape)}`,
    `example: ${q(JSON.stringify(example(state.format, sample), null, 2))}`,
    `recognizedBy: ${q(s.recognizedBy)}`,
    `source: ${q(`synthetic-${state.id}.txt`)}`,
    '---',
    '',
    `## Handling errors from ${name}`,
    '',
    `${name} answers a failed call with the body described above. Log the whole body: the identifier tells you which entry applies, and the HTTP status alone is not enough to decide whether to retry.`,
    '',
    `Retry only what is marked as retryable, with exponential backoff; correct the request for everything else. ${facts.length} errors are catalogued for ${name}.`,
    '',
  ].join('\n');
}
