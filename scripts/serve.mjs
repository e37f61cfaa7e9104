// Serves out/ the way a static host does: directories to index.html, `/dir` redirected to
// `/dir/`, unknown paths to 404.html with status 404, text gzipped. serve-handler serves the
// files (MIME types, ETags, ranges, 404.html, path containment); this file decides only where a
// request goes, because every redirect must stay on this origin whatever the request holds
// (`/%2Fevil.example%2F..%2Fvendors` once answered `Location: //evil.example/../vendors/`).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import handler from 'serve-handler';

const root = path.resolve(process.env.ERRDEX_OUT_DIR ?? 'out');
const port = Number(process.env.PORT ?? 3000);

if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`serve: ${root} has no index.html; run \`npm run build\` first`);
  process.exit(1);
}

/** The types a static host must send for the machine-readable files, whatever its MIME table says. */
const TYPES = [
  ['**/*.md', 'text/markdown; charset=utf-8'],
  ['**/*.json', 'application/json; charset=utf-8'],
  ['feed.xml', 'application/atom+xml; charset=utf-8'],
  ['opensearch.xml', 'application/opensearchdescription+xml; charset=utf-8'],
];

/** serve-handler serves exactly the file it is given: no listings, clean URLs or redirects. */
const OPTIONS = {
  public: root,
  cleanUrls: false,
  directoryListing: false,
  etag: true,
  headers: TYPES.map(([source, value]) => ({ source, headers: [{ key: 'Content-Type', value }] })),
};
// Compress text as static hosts do, so transfer sizes (and Lighthouse's timings) are realistic.
const gzip = compression({ threshold: 0 });

/** A path built from segments alone: one leading slash, each segment percent-encoded. */
function pathFrom(segments, trailingSlash) {
  if (segments.length === 0) return '/';
  return `/${segments.map(encodeURIComponent).join('/')}${trailingSlash ? '/' : ''}`;
}

/** The query as received, with anything outside printable ASCII percent-encoded byte by byte. */
function safeQuery(query) {
  return query.replace(/[^\x21-\x7e]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function isDirectory(file) {
  try {
    return fs.statSync(file, { throwIfNoEntry: false })?.isDirectory() === true;
  } catch {
    return false; // a NUL byte or another name the file system refuses
  }
}

/**
 * Where a request goes: `{ redirect }` (a same-origin path), `{ url }` (the canonical path for
 * serve-handler) or null (a malformed request). The path is decoded once and normalized into
 * segments, so `..`, empty segments and encoded slashes can never put a host in a Location.
 */
function route(requestUrl) {
  const q = requestUrl.indexOf('?');
  const rawPath = q < 0 ? requestUrl : requestUrl.slice(0, q);
  const query = q < 0 ? '' : safeQuery(requestUrl.slice(q));
  if (!rawPath.startsWith('/')) return null;
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath.split('#')[0]);
  } catch {
    return null;
  }
  // No file name holds a NUL byte, and the file system throws on one.
  if (decoded.includes('\0')) return null;
  const segments = path.posix.normalize(`/${decoded}`).split('/').filter(Boolean);
  const slash = decoded.endsWith('/');
  const canonical = pathFrom(segments, slash);
  if (
    isDirectory(path.join(root, ...segments)) &&
    fs.existsSync(path.join(root, ...segments, 'index.html'))
  ) {
    if (!slash && segments.length > 0) return { redirect: `${pathFrom(segments, true)}${query}` };
    return { url: `${canonical === '/' ? '' : canonical}/index.html` };
  }
  return { url: canonical };
}

function send(req, res) {
  const target = route(req.url ?? '/');
  if (target === null) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Bad request\n');
    return;
  }
  if ('redirect' in target) {
    res.writeHead(308, { Location: target.redirect });
    res.end();
    return;
  }
  req.url = target.url;
  gzip(req, res, () =>
    handler(req, res, OPTIONS).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }),
  );
}

const server = http.createServer((req, res) => {
  // Whatever a request holds, it costs that request only, never the server.
  try {
    send(req, res);
  } catch {
    if (!res.headersSent) res.writeHead(500);
    res.end();
  }
});

server.listen(port, '127.0.0.1', () =>
  console.log(
    `Errdex: serving ${path.relative(process.cwd(), root)}/ at http://localhost:${port}/`,
  ),
);
