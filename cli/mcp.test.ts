import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const bundle = path.join(root, 'dist', 'cli', 'errdex.mjs');
const BASE = 'https://errdex.example';

/** What `errdex … --json --base-url` prints: the answer every tool must give. */
function cliJson(args: string[], input?: string): unknown {
  const r = spawnSync(process.execPath, [bundle, ...args, '--json', '--base-url', BASE], {
    input,
    encoding: 'utf8',
  });
  return JSON.parse(r.stdout);
}

const client = new Client({ name: 'errdex-test', version: '1.0.0' });

beforeAll(async () => {
  // Test what users run: the bundle, built from the current source and catalog.
  execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'scripts', 'build', 'build-cli.ts')],
    {
      cwd: root,
    },
  );
  await client.connect(
    new StdioClientTransport({
      command: process.execPath,
      args: [bundle, 'mcp', '--base-url', BASE],
      stderr: 'pipe',
    }),
  );
}, 60_000);

afterAll(() => client.close());

type ToolResult = {
  isError?: boolean;
  structuredContent?: unknown;
  content: { type: string; text?: string }[];
};
const call = async (name: string, args: Record<string, unknown>) =>
  (await client.callTool({ name, arguments: args })) as ToolResult;
const text = (r: ToolResult) => r.content.map((c) => c.text ?? '').join('\n');

// Each call to the CLI starts a process: on a busy machine that can take a second or more.
describe('errdex mcp tools', { timeout: 60_000 }, () => {
  it('lists decode, lookup and search with their arguments', async () => {
    const { tools } = await client.listTools();
    const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
    expect(Object.keys(byName).sort()).toEqual(['decode', 'lookup', 'search']);
    expect(byName.decode?.inputSchema.required).toEqual(['text']);
    expect(byName.lookup?.inputSchema.required).toEqual(['token']);
    expect(Object.keys(byName.search?.inputSchema.properties ?? {}).sort()).toEqual([
      'limit',
      'query',
      'status',
      'vendor',
    ]);
    for (const tool of tools) expect(tool.outputSchema, tool.name).toBeDefined();
  });

  it('decode returns what errdex decode --json prints, and a text rendering', async () => {
    const body = `HTTP/1.1 400 Bad Request\n\n${JSON.stringify({
      errorCode: 'CMN-101',
      message: 'Parameter [from] value is invalid.',
    })}`;
    const r = await call('decode', { text: body });
    expect(r.isError).toBeFalsy();
    expect(r.structuredContent).toEqual(cliJson(['decode'], body));
    expect(r.structuredContent).toMatchObject({ matches: [{ params: { parameterName: 'from' } }] });
    expect(text(r)).toContain(`${BASE}/vendors/ringcentral/cmn-101/`);
  });

  it('lookup returns what errdex lookup --json prints, matches or suggestions', async () => {
    for (const token of ['cmn101', 'SUB-50', 'zzzz-nothing']) {
      const r = await call('lookup', { token });
      expect(r.structuredContent, token).toEqual(cliJson(['lookup', token]));
    }
  });

  it('lookup returns standard codes as the CLI does, named by their standard in text', async () => {
    for (const token of ['486', '17', 'ESME_RTHROTTLED', '0x58', 'user_busy']) {
      const r = await call('lookup', { token });
      expect(r.structuredContent, token).toEqual(cliJson(['lookup', token]));
    }
    const sip = await call('lookup', { token: 'sip-486' });
    expect(sip.structuredContent).toMatchObject({
      matches: [{ kind: 'standard', vendor: 'sip', code: '486', statuses: [], documented: true }],
    });
    expect(text(sip)).toContain('SIP 486  telecom standard code  busy\n  Busy Here');
    expect(text(sip)).toContain(`${BASE}/standards/sip/486/`);
  });

  it('search returns what errdex search --json prints, with its filters', async () => {
    const r = await call('search', { query: 'rate limit', limit: 3, status: 429 });
    expect(r.structuredContent).toEqual(
      cliJson(['search', 'rate limit', '--limit', '3', '--status', '429']),
    );
    expect((r.structuredContent as { results: unknown[] }).results.length).toBeGreaterThan(0);
    const v = await call('search', { query: 'invalid', vendor: 'bandwidth' });
    expect(v.structuredContent).toEqual(cliJson(['search', 'invalid', '--vendor', 'bandwidth']));
    // A standard's code: its namespace as the vendor, and the same answer as the CLI.
    const sip = await call('search', { query: 'busy here', vendor: 'sip', limit: 1 });
    expect(sip.structuredContent).toEqual(
      cliJson(['search', 'busy here', '--vendor', 'sip', '--limit', '1']),
    );
    expect(sip.structuredContent).toMatchObject({
      results: [{ vendor: 'sip', code: '486', kind: 'standard', statuses: [] }],
    });
    expect(text(sip)).toContain('SIP 486  telecom standard code');
  });

  it('answers a bad argument with a tool error naming it, and keeps serving', async () => {
    const bad: [string, Record<string, unknown>, string][] = [
      ['decode', { text: 42 }, 'text'],
      ['decode', {}, 'text'],
      ['lookup', { token: null }, 'token'],
      ['search', { query: 'x', limit: 'ten' }, 'limit'],
      ['search', { query: 'x', limit: 0 }, 'limit'],
      ['search', { query: 'x', status: 4.5 }, 'status'],
      ['search', { query: 'x', status: 999 }, 'status'],
      ['search', { query: 'x', vendor: 'twilio' }, 'vendor'],
      ['search', { query: 'x'.repeat(5000) }, 'query'],
    ];
    for (const [tool, args, argument] of bad) {
      const r = await call(tool, args);
      expect(r.isError, `${tool} ${JSON.stringify(args).slice(0, 60)}`).toBe(true);
      expect(text(r)).toContain(argument);
      expect(text(r)).not.toMatch(/\n\s+at /);
    }
    const after = await call('lookup', { token: 'CMN-101' });
    expect(after.structuredContent).toEqual(cliJson(['lookup', 'CMN-101']));
  });
});
