// A plain static file server, like a campus web server: no fallback routing, no rewrites.
// Serves dist/ under a nested subfolder, with ETag and Last-Modified (304 when unchanged); a folder without its trailing slash is redirected (as
// nginx and Apache do); an unknown address gets dist/404.html with status 404.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export function startStaticServer({ root, prefix = '/', port = 0, host = '127.0.0.1' }) {
  const base = prefix.endsWith('/') ? prefix : `${prefix}/`;
  const notFound = (res) => {
    const file = join(root, '404.html');
    res.writeHead(404, { 'content-type': types['.html'] });
    if (existsSync(file)) createReadStream(file).pipe(res);
    else res.end('not found');
  };
  const server = createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return notFound(res);
    }
    if (!pathname.startsWith(base)) {
      if (`${pathname}/` === base) {
        res.writeHead(301, { location: base });
        return res.end();
      }
      return notFound(res);
    }
    const rel = normalize(pathname.slice(base.length));
    if (rel.startsWith('..') || rel.includes(`${sep}..`)) return notFound(res);
    let file = join(root, rel);
    if (!file.startsWith(root)) return notFound(res);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        const query = (req.url ?? '').includes('?') ? (req.url ?? '').slice((req.url ?? '').indexOf('?')) : '';
        res.writeHead(301, { location: `${pathname}/${query}` });
        return res.end();
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile()) return notFound(res);
    // validators, as nginx and Apache send them: a page load revalidates what the browser has (304)
    const stat = statSync(file);
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    const validators = { etag, 'last-modified': stat.mtime.toUTCString(), 'cache-control': 'no-cache' };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, validators);
      return res.end();
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-length': stat.size, ...validators });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const { port: actual } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolve({
        server,
        origin: `http://${host}:${actual}`,
        url: `http://${host}:${actual}${base}`,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = normalize(join(process.cwd(), process.argv[2] ?? 'dist'));
  const prefix = process.argv[3] ?? '/';
  const port = Number(process.argv[4] ?? 4173);
  const s = await startStaticServer({ root, prefix, port });
  console.log(`serving ${root} at ${s.url}`);
}
