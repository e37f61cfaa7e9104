import type { EntryFrontmatter } from '@/lib/catalog/schema';
import { templateVariables } from '@/lib/template';
import type { BodyFormat } from '@/lib/taxonomy';
import { literalText } from '@/lib/template';
import type { Rng } from './random';
import { classifyStatus } from '../../import/classify';
import { ATTRIBUTES, MESSAGES, PEOPLE, STATES, STATUS_WEIGHTS, VERBS } from './vocab';

/** The frontmatter facts of one synthetic entry: the real schema's type, less its source (synthetic entries are all documented). */
export type SynthFacts = Omit<EntryFrontmatter, 'source' | 'documented' | 'observed'> & {
  /** Words the explanation talks about. */
  noun: string;
  attr: string;
};

/**
 * One vendor being generated. `used` holds the codes, slugs and aliases handed out so far, shared
 * by every vendor of a catalog (as in the real one, no identifier names two entries); `nouns` is
 * the catalog's vocabulary of things, which grows with its size.
 */
export type VendorState = {
  id: string;
  format: BodyFormat;
  prefixes: string[];
  used: Set<string>;
  nouns: readonly string[];
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const camel = (s: string) =>
  s
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map(cap)
    .join('');
const kebab = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function claim(state: VendorState, key: string): boolean {
  const k = key.toLowerCase().replace(/[-_\s]/g, '');
  if (state.used.has(k)) return false;
  state.used.add(k);
  return true;
}

function fill(pattern: string, rng: Rng, variable: string, nouns: readonly string[]) {
  const noun = rng.pick(nouns);
  const attr = rng.pick(ATTRIBUTES);
  const text = pattern
    .replace('{Noun}', cap(noun))
    .replace('{noun}', noun)
    .replace('{noun2}', rng.pick(nouns))
    .replace('{attr}', attr)
    .replace('{verb}', rng.pick(VERBS))
    .replace('$', variable);
  return { text, noun, attr };
}

function slugFromMessage(status: number, message: string): string {
  let slug = `${status}-`;
  for (const word of kebab(literalText(message)).split('-')) {
    if (`${slug}${word}`.length > 60) break;
    slug += slug.endsWith('-') ? word : `-${word}`;
  }
  return slug.replace(/-$/, '');
}

/** The largest number a code may take: after 20 taken draws, a digit more every 20 draws. */
const widen = (max: number, attempt: number) =>
  attempt > 20 ? (max + 1) * 10 ** Math.floor(attempt / 20) - 1 : max;

/** One entry in the style of the vendor's body format (codes, message kind, variables, slugs). */
export function makeFacts(state: VendorState, rng: Rng): SynthFacts {
  const noStatus = state.format === '8x8' && rng.chance(0.75);
  const statusNumber = noStatus ? null : rng.weighted(STATUS_WEIGHTS);
  const assessment = classifyStatus(statusNumber);
  const { category } = assessment;
  // The importer classifies HTTP statuses only, so a vendor category always has patterns.
  const pattern = rng.pick(MESSAGES[category] ?? []);
  const base = {
    vendor: state.id,
    aliases: [] as string[],
    status: statusNumber === null ? null : String(statusNumber),
    statuses: statusNumber === null ? [] : [statusNumber],
    type: null as string | null,
    detailKeys: [] as string[],
    observed: [] as { text: string; source: string; status: number | null }[],
    errdex: { ...assessment, template: null as string | null, statusNote: null as string | null },
  };
  if (statusNumber === 400 && rng.chance(0.03)) {
    base.status = '400, 403';
    base.statuses = [400, 403];
  }
  for (let attempt = 0; ; attempt++) {
    const suffix = attempt > 20 ? String(attempt) : '';
    if (state.format === 'ringcentral') {
      const variable = rng.pick([
        '${parameterName}',
        '${extensionId}',
        '[{permissionName}]',
        '${0}',
      ]);
      const m = fill(pattern, rng, variable, state.nouns);
      const code = `${rng.pick(state.prefixes)}-${rng.int(100, widen(999, attempt))}`;
      if (!claim(state, code)) continue;
      return {
        ...base,
        ...m,
        code,
        slug: code.toLowerCase(),
        message: m.text,
        messageKind: 'returned',
        variables: templateVariables(m.text),
        section: 'Gateway and general error codes',
      };
    }
    if (state.format === 'bandwidth') {
      const m = fill(pattern, rng, '${0}', state.nouns);
      const status = statusNumber ?? 400;
      const slug = slugFromMessage(status, m.text) + (suffix ? `-${suffix}` : '');
      if (!claim(state, slug)) continue;
      const type = rng.pick([
        'validation',
        'authentication-error',
        'authorization-error',
        'internal-error',
        'system-overloaded',
      ]);
      return {
        ...base,
        ...m,
        code: null,
        slug,
        message: m.text,
        messageKind: 'returned',
        type,
        variables: templateVariables(m.text),
        section: `${status} – ${m.noun.toUpperCase().replace(/ /g, '_')}`,
      };
    }
    if (state.format === '8x8') {
      const m = fill(pattern, rng, rng.pick(ATTRIBUTES), state.nouns);
      if (statusNumber !== null && rng.chance(0.3)) {
        const slug = `http-${statusNumber}`;
        if (!claim(state, slug)) continue;
        return {
          ...base,
          ...m,
          code: null,
          slug,
          message: m.text.replace(/\s+/g, ' ').trim(),
          messageKind: 'description',
          variables: [],
          section: 'HTTP Error Codes',
        };
      }
      const code = String(rng.int(1000, widen(9999, attempt)));
      if (!claim(state, code)) continue;
      return {
        ...base,
        ...m,
        code,
        slug: code,
        message: m.text.replace(/\s+/g, ' ').trim(),
        messageKind: 'description',
        variables: [],
        section: 'SMS API, Chat Apps API',
      };
    }
    const m = fill(pattern, rng, rng.pick(['42', 'to', 'pageSize', 'en-GB', '160']), state.nouns);
    const code = camel(m.noun) + rng.pick(STATES) + (attempt > 3 ? camel(m.attr) : '') + suffix;
    if (!claim(state, code)) continue;
    if (state.format === 'vaspian')
      return {
        ...base,
        ...m,
        code,
        slug: code.toLowerCase(),
        message: m.text.replace(/\s+/g, ' ').trim(),
        messageKind: 'description',
        variables: [],
        section: `${statusNumber} ${cap(m.noun)} errors`,
      };
    // BlueJeans style: a filled-in example, a numeric alias, detail keys and a template we derive.
    const alias = String(rng.int(1_000_000_000, 2_147_483_647));
    if (!claim(state, alias)) continue;
    const person = rng.pick(PEOPLE);
    const id = String(rng.int(100, 99999));
    const message = `${cap(m.noun)} ${id} failed for ${person}: ${m.text.replace(/\s+/g, ' ').trim()}.`;
    const template = `${cap(m.noun)} \${${camel(m.noun).replace(/^./, (c) => c.toLowerCase())}Id} failed for \${remoteName}: ${m.text.replace(/\s+/g, ' ').trim()}.`;
    const detailKeys = [
      ...new Set([
        'causes',
        `${camel(m.noun).replace(/^./, (c) => c.toLowerCase())}Id`,
        rng.pick(['remoteAddress', 'command', 'listenerServiceId', 'meetingId', 'entityClass']),
      ]),
    ];
    return {
      ...base,
      ...m,
      code,
      aliases: [alias],
      slug: code.toLowerCase(),
      message,
      messageKind: 'example',
      detailKeys,
      variables: templateVariables(template),
      section: 'Error catalog',
      errdex: { ...base.errdex, template },
    };
  }
}
