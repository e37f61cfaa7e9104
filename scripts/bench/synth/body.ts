import { gzipSync } from 'node:zlib';
import type { Rng } from './random';
import { ATTRIBUTES, NOUNS, VERBS } from './vocab';

/** Words an explanation mentions: the entry's own code, message and vendor. */
export type BodyFacts = {
  code: string;
  vendor: string;
  noun: string;
  attr: string;
  status: string;
};

const MEANS = [
  '{vendor} refused the request because the {noun} it names cannot be used in this state.',
  'The {attr} sent for the {noun} did not pass the checks {vendor} runs before it acts.',
  '{code} is how {vendor} reports that the {noun} was understood but not accepted.',
  'The platform looked up the {noun} and found its {attr} at odds with what the call asked for.',
  'Nothing was changed on the {noun}: the request stopped before any {verb} took place.',
  'The status {status} says the problem sits with the request rather than with a passing outage.',
  'This is returned when a {noun2} and the {noun} it points at disagree about their {attr}.',
  'Read it as a precondition failure on the {noun}, not as a transport or network fault.',
];
const CAUSES = [
  'A stale {attr} cached from an earlier {noun} lookup.',
  'The {noun} was removed or renamed while a job still held a reference to it.',
  'Sandbox and production identifiers were mixed, so the {noun2} belongs to another account.',
  'A client library that sends the {attr} in an older format than the API expects.',
  'Two workers tried to {verb} the same {noun} at the same moment.',
  'The account plan does not include {noun} features, so the {attr} is ignored.',
  'An integration that builds the {attr} by hand and drops a character or a leading zero.',
  'A retry loop that replays a {verb} request after the {noun} has already changed.',
];
const STEPS = [
  'Log the full response, including {code}, and the {attr} you sent.',
  'Fetch the {noun} again and compare its current {attr} with the value in your request.',
  'Correct the {attr} and send the request once more; an unchanged request fails the same way.',
  'Check in the {vendor} console that the {noun2} is provisioned for this account.',
  'Serialize work on one {noun} so that only one {verb} request is in flight at a time.',
  'If the {noun} should exist, open a ticket with {vendor} and quote {code} and the request id.',
  'Add a test that sends one {noun} with an edge-case {attr} so the regression cannot return.',
  'Wait with exponential backoff before retrying, and cap the number of attempts.',
];

function sentence(pool: readonly string[], facts: BodyFacts, rng: Rng, used: Set<string>): string {
  let template = rng.pick(pool);
  for (let i = 0; i < 8 && used.has(template); i++) template = rng.pick(pool);
  used.add(template);
  return template
    .replace(/\{vendor\}/g, facts.vendor)
    .replace(/\{code\}/g, `\`${facts.code}\``)
    .replace(/\{noun\}/g, facts.noun)
    .replace(/\{noun2\}/g, rng.pick(NOUNS))
    .replace(/\{attr\}/g, rng.chance(0.7) ? facts.attr : rng.pick(ATTRIBUTES))
    .replace(/\{verb\}/g, rng.pick(VERBS))
    .replace(/\{status\}/g, facts.status)
    .replace(/^./, (c) => c.toUpperCase());
}

function render(means: string[], causes: string[], steps: string[]): string {
  return [
    '## What it means',
    means.join(' '),
    '## Likely causes',
    causes.map((c) => `- ${c}`).join('\n'),
    '## What to do',
    steps.map((s, i) => `${i + 1}. ${s}`).join('\n'),
  ].join('\n\n');
}

/**
 * An explanation with the three sections, grown one sentence at a time until the whole file
 * (frontmatter + body) gzips to about `targetGzip` bytes, so the synthetic catalog weighs what
 * the real one does.
 */
export function makeBody(frontmatter: string, facts: BodyFacts, targetGzip: number, rng: Rng) {
  const used = new Set<string>();
  const means = [sentence(MEANS, facts, rng, used)];
  const causes = [sentence(CAUSES, facts, rng, used)];
  const steps = [sentence(STEPS, facts, rng, used)];
  const size = () => gzipSync(`${frontmatter}\n${render(means, causes, steps)}\n`).length;
  for (let round = 0; round < 60 && size() < targetGzip; round++) {
    const list = [means, causes, steps][round % 3] as string[];
    list.push(sentence([MEANS, CAUSES, STEPS][round % 3] as string[], facts, rng, used));
  }
  return render(means, causes, steps);
}
