// A compressing front for tests/e2e/static-server.mjs, for a second, informational Lighthouse pass:
// the project's static server sends files uncompressed, while a real campus server (nginx, Apache,
// IIS) usually gzips HTML, JS and CSS. Everything else (routing, 404.html, redirects) is the static
// server's own answer; only the body is gzipped (level 6, nginx's usual) when the client accepts it.
import { createServer, request } from 'node:http';
import { createGzip } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|xml)|image\/svg\+xml)/;

export function startGzipProxy({ target, host = '127.0.0.1', level = 6 }) {
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    const headers = { ...req.headers, host: upstream.host };
    delete headers['accept-encoding'];
    const up = request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers }, (upRes) => {
      const type = String(upRes.headers['content-type'] ?? '');
      const wantsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const out = { ...upRes.headers };
      if (wantsGzip && COMPRESSIBLE.test(type) && req.method !== 'HEAD') {
        delete out['content-length'];
        out['content-encoding'] = 'gzip';
        out.vary = 'Accept-Encoding';
        res.writeHead(upRes.statusCode ?? 502, out);
        upRes.pipe(createGzip({ level })).pipe(res);
      } else {
        res.writeHead(upRes.statusCode ?? 502, out);
        upRes.pipe(res);
      }
    });
    up.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(up);
  });
  return new Promise((resolve) => {
    server.listen(0, host, () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      const origin = `http://${host}:${port}`;
      resolve({ origin, url: `${origin}${upstream.pathname}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
