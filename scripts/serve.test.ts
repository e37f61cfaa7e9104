import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** scripts/serve.mjs over a small export-shaped folder, on a free loopback port. */
let dir: string;
let server: ChildProcess;
let port: number;
const BIG = `{"entries":[${'"CMN-101",'.repeat(500)}"x"]}`;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(p));
    });
  });
}

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

function get(requestPath: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: requestPath, headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** The first line of the server's answer to a request line written byte for byte. */
function rawStatusLine(target: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () =>
      socket.end(
        Buffer.from(`GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, 'latin1'),
      ),
    );
    let text = '';
    socket.on('data', (c: Buffer) => (text += c.toString('latin1')));
    socket.on('end', () => resolve(text.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
  });
}

/** A Location stays on this origin: one slash, then not a slash or backslash; no raw controls. */
function expectSameOrigin(location: string | undefined) {
  if (location === undefined) return;
  expect(location, location).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
  const origin = `http://127.0.0.1:${port}`;
  expect(new URL(location, origin).origin, location).toBe(origin);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'errdex-serve-'));
  const page = (p: string, body: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    fs.writeFileSync(path.join(dir, p), body);
  };
  page('index.html', '<!doctype html><title>home</title>');
  page('404.html', '<!doctype html><title>Not catalogued</title>');
  page('vendors/index.html', '<!doctype html><title>vendors</title>');
  page('vendors/ringcentral/index.html', '<!doctype html><title>rc</title>');
  page('search/index.html', '<!doctype html><title>search</title>');
  page('catalog.json', BIG);
  page('vendors/ringcentral/cmn-101.md', '# CMN-101\n');
  page('vendors/ringcentral/cmn-101.json', '{"version":1}');
  page('code/cmn-101.json', '{"matches":[]}\n');
  page('feed.xml', '<?xml version="1.0"?><feed/>');
  page('opensearch.xml', '<?xml version="1.0"?><OpenSearchDescription/>');
  port = await freePort();
  server = spawn(process.execPath, [path.resolve('scripts', 'serve.mjs')], {
    env: { ...process.env, PORT: String(port), ERRDEX_OUT_DIR: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout?.on('data', (c: Buffer) => c.toString().includes('serving') && resolve());
    server.on('exit', (code) => reject(new Error(`serve.mjs exited (${code})`)));
  });
});

afterAll(() => {
  server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('serving an export like a static host', () => {
  it('serves directories from index.html and redirects a path without its slash', async () => {
    expect((await get('/vendors/')).body.toString()).toContain('<title>vendors</title>');
    const moved = await get('/vendors');
    expect([301, 308]).toContain(moved.status);
    expect(moved.headers.location).toBe('/vendors/');
    const query = await get('/search?q=CMN-101&vendor=ringcentral');
    expect(query.headers.location).toBe('/search/?q=CMN-101&vendor=ringcentral');
  });

  it('answers an unknown path with 404.html and status 404', async () => {
    const reply = await get('/code/CMN-999/');
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).toContain('Not catalogued');
    expect((await get('/catalog.json/')).status).toBe(404);
  });

  it('gzips text when the client accepts it', async () => {
    const reply = await get('/catalog.json', { 'Accept-Encoding': 'gzip' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBe('gzip');
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
    expect(zlib.gunzipSync(reply.body).toString()).toBe(BIG);
    expect((await get('/catalog.json')).body.toString()).toBe(BIG);
  });
});

describe('the machine-readable files', () => {
  it('serves Markdown twins as text/markdown and JSON as JSON, in UTF-8', async () => {
    const md = await get('/vendors/ringcentral/cmn-101.md');
    expect(md.status).toBe(200);
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(md.body.toString()).toBe('# CMN-101\n');
    for (const p of ['/vendors/ringcentral/cmn-101.json', '/code/cmn-101.json'])
      expect((await get(p)).headers['content-type'], p).toBe('application/json; charset=utf-8');
  });

  it('serves the feed as Atom and the OpenSearch description as its own type', async () => {
    expect((await get('/feed.xml')).headers['content-type']).toBe(
      'application/atom+xml; charset=utf-8',
    );
    expect((await get('/opensearch.xml')).headers['content-type']).toBe(
      'application/opensearchdescription+xml; charset=utf-8',
    );
  });
});

describe('redirects never leave the origin', () => {
  it('keeps the redirects found off-origin or fatal on the same origin', async () => {
    const cases = [
      '/%2Fevil.example%2F..%2Fvendors',
      '/%2F%2Fevil.example%2F..%2Fvendors',
      '/%5Cevil.example%2F..%2Fvendors',
      '/%0d%0a%2F..%2Fvendors',
      '/%0d%0aSet-Cookie:%20x=1%2F..%2Fvendors',
      '//evil.example/../vendors',
      '/\\evil.example/../vendors',
      '/.',
      '/%2E',
    ];
    for (const p of cases) {
      const reply = await get(p);
      expect([200, 301, 308, 400, 404], p).toContain(reply.status);
      expectSameOrigin(reply.headers.location);
      expect(reply.headers['set-cookie'], p).toBeUndefined();
    }
    expect(server.exitCode).toBeNull();
  });

  it('stays up and on-origin for any generated path (property)', async () => {
    const piece = fc.constantFrom(
      '/',
      '//',
      '\\',
      '%2F',
      '%2f',
      '%5C',
      '%5c',
      '%0d%0a',
      '%0D',
      '%0A',
      '%09',
      '%00',
      '%20',
      '%',
      '%zz',
      '..',
      '.',
      '%2E%2E',
      'evil.example',
      'Evil.Example',
      '@',
      ':',
      'vendors',
      'ringcentral',
      'search',
      'é',
      '%E2%80%AE',
      '%C0%AF',
      '?',
      '?q=%0d%0a',
      '#',
      'catalog.json',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 8 }), async (pieces) => {
        const p = `/${pieces.join('')}`;
        const reply = await get(p);
        expect([200, 301, 308, 400, 404], p).toContain(reply.status);
        expectSameOrigin(reply.headers.location);
      }),
      { numRuns: 300 },
    );
    // Bytes Node's client refuses to send: raw controls and spaces in the request line.
    for (const target of [
      '/\t/evil.example/../vendors',
      '/\x7f/../vendors',
      '/%0d%0a%2F..%2Fvendors',
    ])
      expect(await rawStatusLine(target), JSON.stringify(target)).toMatch(/^HTTP\/1\.1 (\d{3})/);
    expect(server.exitCode).toBeNull();
    expect((await get('/')).status).toBe(200);
  }, 60_000);
});
