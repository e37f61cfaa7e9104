import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
import { standardKind } from '@/lib/namespaces/standards';
import { CATEGORIES, FAULTS, RETRIES, faultLine, retryLine } from '@/lib/taxonomy';
import { version } from '../package.json';
import { decode, lookup, search } from './api';
import type { Item, Match, Matches, Results } from './api-types';
import { loadData } from './data';
import { standardCodeName } from '@/lib/standard-name';

/** The tools' results, as cli.schema.json's Item, Match, Matches and Results define them. */
const item = {
  vendor: z.string(),
  code: z.string().nullable(),
  statuses: z.array(z.number().int()),
  message: z.string(),
  url: z.string(),
  category: z.enum(CATEGORIES),
  fault: z.enum(FAULTS),
  retry: z.enum(RETRIES),
  kind: z.enum(['vendor', 'standard']).optional(),
  documented: z.boolean().optional(),
};
const matchesShape = {
  matches: z.array(
    z.object({ ...item, params: z.record(z.string(), z.string()), notes: z.array(z.string()) }),
  ),
  suggestions: z.array(z.object(item)),
};
const resultsShape = { results: z.array(z.object(item)) };

/** A string argument whose error message names it. */
const text = (name: string, about: string) =>
  z.string({ error: `${name} must be a string` }).describe(about);

let labels: Map<string, string> | null = null;

/** `SIP 486`, `Q.850 17`: a standard code named by its standard's label, as the CLI names it. */
function standardCode(i: Item): string {
  labels ??= new Map(loadData().decode.standards.map((st) => [st.id, st.label]));
  return standardCodeName(labels.get(i.vendor) ?? i.vendor, i.code);
}

function itemText(i: Item | Match): string {
  const head =
    i.kind === 'standard'
      ? `${standardCode(i)}  telecom standard code  ${i.category}`
      : `${i.vendor} ${i.code ?? '(no code)'}  ${i.statuses.length ? `HTTP ${i.statuses.join(', ')}` : 'status not documented'}  ${i.category}`;
  const lines = [
    head,
    `  ${i.message}`,
    `  ${faultLine(i.fault, i.kind === 'standard' ? standardKind(i.vendor) : undefined)} · ${retryLine(i.retry)}`,
  ];
  if ('params' in i)
    for (const [k, v] of Object.entries(i.params)) lines.push(`  ${k} = ${JSON.stringify(v)}`);
  if ('notes' in i) for (const note of i.notes) lines.push(`  note: ${note}`);
  lines.push(`  ${i.url}`);
  return lines.join('\n');
}

/** The same items twice: structured for programs, as text for a model to read. */
function answer(result: Matches | Results) {
  const parts =
    'results' in result
      ? [result.results.length ? result.results.map(itemText).join('\n') : 'No results.']
      : [
          result.matches.length ? result.matches.map(itemText).join('\n') : 'Nothing recognized.',
          ...(result.suggestions.length
            ? ['Possibly:', result.suggestions.map(itemText).join('\n')]
            : []),
        ];
  return {
    structuredContent: result,
    content: [{ type: 'text' as const, text: parts.join('\n') }],
  };
}

/**
 * `errdex mcp [--base-url URL]`: the decode, lookup and search tools over stdio, returning what `--json` prints.
 * Bad arguments come back as tool errors (the SDK's schema check, or ErrdexInputError's message).
 */
export async function serveMcp(baseUrl: string | undefined): Promise<void> {
  const server = new McpServer({ name: 'errdex', version });
  const readOnly = { readOnlyHint: true, openWorldHint: false };
  server.registerTool(
    'decode',
    {
      description:
        'Identify every catalogued communications API error in some text: a JSON body, a whole HTTP response, log lines. Returns confident matches (with values filled into the message template) and fuzzy suggestions.',
      inputSchema: { text: text('text', 'the text to decode, as pasted') },
      outputSchema: matchesShape,
      annotations: readOnly,
    },
    ({ text }) => answer(decode(text, { baseUrl })),
  );
  server.registerTool(
    'lookup',
    {
      description:
        'Look up an error by code, name or number, ignoring case and dashes, across vendors and telecom standards (CMN-101, AuthenticationFailed, 1300; SIP 486, Q.850 17 or USER_BUSY, SMPP ESME_RTHROTTLED or 0x58). A token several namespaces share lists each one; a standard code has kind "standard" and its standard id (sip, q850, smpp) as vendor.',
      inputSchema: { token: text('token', 'a code, name or number') },
      outputSchema: matchesShape,
      annotations: readOnly,
    },
    ({ token }) => answer(lookup(token, { baseUrl })),
  );
  server.registerTool(
    'search',
    {
      description:
        'Search error codes and messages (also messages whose placeholders were filled in); best first.',
      inputSchema: {
        query: text('query', 'words, a code or a message'),
        limit: z
          .number({ error: 'limit must be a number' })
          .int({ error: 'limit must be a whole number' })
          .min(1, { error: 'limit must be at least 1' })
          .optional()
          .describe('at most this many results (default 10)'),
        vendor: text(
          'vendor',
          'only this vendor’s errors or standard’s codes (e.g. ringcentral, sip)',
        ).optional(),
        status: z
          .number({ error: 'status must be a number' })
          .int({ error: 'status must be an HTTP status such as 404' })
          .optional()
          .describe('only errors documented with this HTTP status'),
      },
      outputSchema: resultsShape,
      annotations: readOnly,
    },
    ({ query, limit, vendor, status }) => answer(search(query, { limit, vendor, status, baseUrl })),
  );
  // Serves until the client closes stdin (or the connection).
  const closed = new Promise<void>((resolve) => {
    process.stdin.once('end', resolve);
    server.server.onclose = resolve;
  });
  await server.connect(new StdioServerTransport());
  await closed;
  await server.close();
}
