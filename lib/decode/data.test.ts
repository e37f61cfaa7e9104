import { describe, expect, it } from 'vitest';
import type { Catalog, Entry } from '@/lib/catalog/types';
import { toDecodeData } from './data';

const BODY = `## What it means

The **token** has expired. Get a new one.

## What to do

1. Refresh with [the refresh token](/x/), e.g. via \`refresh()\`.
2. Resend.
`;

function catalogWith(body: string): Catalog {
  const entry = {
    vendor: 'v',
    code: 'X-1',
    aliases: [],
    slug: 'x-1',
    statuses: [401],
    message: 'Token expired',
    messageKind: 'returned',
    type: null,
    url: '/vendors/v/x-1/',
    body,
    documented: true,
    observed: [],
    errdex: {
      category: 'authentication',
      fault: 'account',
      retry: 'reauthenticate',
      template: null,
    },
  } as unknown as Entry;
  return {
    vendors: [],
    entries: [entry],
    equivalents: [],
    statusDocs: [],
    standards: [],
    standardLinks: [],
    phrasings: [],
  };
}

describe('the decoder carries the In short lines of each entry', () => {
  it('takes the meaning sentence and the first step, as plain text', () => {
    const [e] = toDecodeData(catalogWith(BODY)).entries;
    expect(e?.meaning).toBe('The token has expired.');
    expect(e?.step).toBe('Refresh with the refresh token, e.g. via refresh().');
  });

  it('is null without an explanation', () => {
    const [e] = toDecodeData(catalogWith('')).entries;
    expect(e?.meaning).toBeNull();
    expect(e?.step).toBeNull();
  });
});
