import { describe, expect, it } from 'vitest';
import { firstSentence, sectionText } from './data';

const BODY = `## What it means

The **token** has expired. Get a new one.

## What to do

1. Refresh with [the refresh token](/x/), e.g. via the SDK. \${name} says which.
`;

describe('one-line summaries from an explanation', () => {
  it('takes the first sentence of a section, as plain text', () => {
    expect(firstSentence(sectionText(BODY, 'What it means'))).toBe('The token has expired.');
    expect(firstSentence(sectionText(BODY, 'What to do'))).toBe(
      'Refresh with the refresh token, e.g. via the SDK.',
    );
  });

  it('is null when the section is missing', () => {
    expect(firstSentence(sectionText(BODY, 'Likely causes'))).toBeNull();
  });
});
