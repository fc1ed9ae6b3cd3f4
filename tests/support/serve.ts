/**
 * A static server over a built site, as a host would serve it: text compressed with brotli when
 * the browser accepts it (so byte counts are what readers pay), the 404 page for what is missing.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import sirv from 'sirv';

export interface Served {
  url: string;
  close(): Promise<void>;
}

const COMPRESSIBLE: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json',
  jsonld: 'application/ld+json',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  xml: 'application/xml',
};

export async function serveDist(dir: string): Promise<Served> {
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFound = join(dir, '404.html');
  const compressed = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = join(dir, normalize(path));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const type = COMPRESSIBLE[file.split('.').pop() ?? ''];
    if (type && /\bbr\b/.test(String(req.headers['accept-encoding'])) && file.startsWith(dir) && existsSync(file)) {
      let body = compressed.get(file);
      if (!body) {
        body = brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } });
        compressed.set(file, body);
      }
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'br', 'content-length': body.length, vary: 'accept-encoding' });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server did not start');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
