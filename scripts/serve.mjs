// Serves out/ the way a static host does: directories to index.html, unknown paths to 404.html.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(process.env.ERRDEX_OUT_DIR ?? 'out');
const port = Number(process.env.PORT ?? 3000);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`serve: ${root} has no index.html; run \`npm run build\` first`);
  process.exit(1);
}

function resolve(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  const file = path.join(root, path.normalize(decoded));
  if (!file.startsWith(root)) return null;
  if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  if (fs.existsSync(index)) return decoded.endsWith('/') ? index : { redirect: `${decoded}/` };
  return null;
}

const server = http.createServer((req, res) => {
  const found = resolve(req.url ?? '/');
  if (found && typeof found === 'object') {
    res.writeHead(308, { Location: found.redirect });
    res.end();
    return;
  }
  const file = found ?? path.join(root, '404.html');
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  // Compress text as static hosts do, so transfer sizes (and Lighthouse's timings) are realistic.
  const gzip =
    /^(text|application\/(json|xml|manifest))|svg/.test(type) &&
    /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  res.writeHead(found ? 200 : 404, {
    'Content-Type': type,
    ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
  });
  const stream = fs.createReadStream(file);
  if (gzip) stream.pipe(zlib.createGzip()).pipe(res);
  else stream.pipe(res);
});

server.listen(port, '127.0.0.1', () =>
  console.log(
    `Errdex: serving ${path.relative(process.cwd(), root)}/ at http://localhost:${port}/`,
  ),
);
