// A compressing front for tests/e2e/static-server.mjs, for a second, informational Lighthouse pass:
// the project's static server sends files uncompressed, while a real campus server (nginx, Apache,
// IIS) usually gzips HTML, JS and CSS. Everything else (routing, 404.html, redirects) is the static
// server's own answer; only the body is gzipped (level 6, nginx's usual) when the client accepts it.
import { createServer, request } from 'node:http';
import { createGzip } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|xml)|image\/svg\+xml)/;

/**
 * @param {{ target: string; host?: string; level?: number; onResponse?: (r: { url: string | undefined; status: number; type: string; bytes: number; start: number; end: number }) => void }} options
 * `onResponse({ url, status, type, bytes, start, end })`, if given, is told what each answer cost on
 * the wire: its body as sent (gzipped where it was) plus its status line and headers.
 */
export function startGzipProxy({ target, host = '127.0.0.1', level = 6, onResponse }) {
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    const headers = { ...req.headers, host: upstream.host };
    delete headers['accept-encoding'];
    const up = request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers }, (upRes) => {
      const type = String(upRes.headers['content-type'] ?? '');
      const wantsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const out = { ...upRes.headers };
      if (onResponse) {
        const start = Date.now();
        let bytes = 0;
        const write = res.write.bind(res);
        const end = res.end.bind(res);
        res.write = (chunk, ...rest) => {
          if (chunk) bytes += Buffer.byteLength(chunk);
          return write(chunk, ...rest);
        };
        res.end = (chunk, ...rest) => {
          if (chunk && typeof chunk !== 'function') bytes += Buffer.byteLength(chunk);
          const headerBytes = Object.entries(res.getHeaders()).reduce((a, [k, v]) => a + k.length + String(v).length + 4, 17);
          onResponse({
            url: req.url,
            status: res.statusCode,
            type: String(res.getHeader('content-type') ?? ''),
            bytes: bytes + headerBytes,
            start,
            end: Date.now(),
          });
          return end(chunk, ...rest);
        };
      }
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
