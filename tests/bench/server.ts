/**
 * A static server for the bench that behaves like a real host: text responses are
 * brotli-compressed when the browser accepts `br`, hashed assets get a long cache lifetime, and
 * a missing path gets `404.html`. Every response is logged with the bytes that went on the wire,
 * so page and search figures are counted where they are paid: at the server.
 *
 * Brotli runs at quality 11 (what a host that precompresses static files serves) and each
 * compressed body is kept in memory, so compression time never shows in a timing.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

export interface LogEntry {
  /** Milliseconds since the server started. */
  at: number;
  path: string;
  status: number;
  contentType: string;
  /** Body as sent (compressed when it was). */
  bodyBytes: number;
  /** Body before compression. */
  rawBytes: number;
  /** Status line, headers and body as written to the socket. */
  wireBytes: number;
  encoding: 'br' | 'identity';
}

export interface BenchServer {
  url: string;
  log: LogEntry[];
  /** Resolves once no response has been sent for `quietMs` (or after `maxMs`). */
  settle(quietMs?: number, maxMs?: number): Promise<void>;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** What hosts compress: text, JSON, SVG, wasm. Fonts, images and Pagefind's (already gzipped) index are sent as they are. */
function compressible(type: string): boolean {
  return /^(text\/|application\/(json|javascript|manifest\+json|xml|wasm)|image\/svg\+xml)/.test(type);
}

export async function serveBench(root: string): Promise<BenchServer> {
  const dir = resolve(root);
  const started = performance.now();
  const log: LogEntry[] = [];
  const brCache = new Map<string, Buffer>();
  const written = new WeakMap<Socket, number>();
  let lastSent = performance.now();
  let inFlight = 0;

  function fileFor(pathname: string): { file: string } | { redirect: string } | undefined {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return undefined;
    }
    const file = normalize(join(dir, decoded));
    if (file !== dir && !file.startsWith(dir + sep)) return undefined;
    if (!existsSync(file)) {
      return existsSync(`${file}.html`) ? { file: `${file}.html` } : undefined;
    }
    if (statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
      const index = join(file, 'index.html');
      return existsSync(index) ? { file: index } : undefined;
    }
    return { file };
  }

  function send(req: IncomingMessage, res: ServerResponse, status: number, file: string | undefined, body: Buffer, path: string) {
    const type = file ? (TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream') : 'text/plain; charset=utf-8';
    const accepts = /\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''));
    let out = body;
    let encoding: LogEntry['encoding'] = 'identity';
    if (accepts && compressible(type) && body.length > 0) {
      const key = file ?? `:${status}:${path}`;
      let compressed = brCache.get(key);
      if (!compressed) {
        compressed = brotliCompressSync(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        });
        brCache.set(key, compressed);
      }
      out = compressed;
      encoding = 'br';
    }
    res.statusCode = status;
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Length', out.length);
    if (compressible(type)) res.setHeader('Vary', 'Accept-Encoding');
    if (encoding === 'br') res.setHeader('Content-Encoding', 'br');
    res.setHeader(
      'Cache-Control',
      /\/(_astro|pagefind)\//.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
    );
    const socket = res.socket;
    const before = socket ? (written.get(socket) ?? 0) : 0;
    res.on('finish', () => {
      const after = socket?.bytesWritten ?? before;
      if (socket) written.set(socket, after);
      lastSent = performance.now();
      log.push({
        at: lastSent - started,
        path,
        status,
        contentType: type,
        bodyBytes: out.length,
        rawBytes: body.length,
        wireBytes: after - before,
        encoding,
      });
    });
    res.end(req.method === 'HEAD' ? undefined : out);
  }

  const server = createServer((req, res) => {
    inFlight++;
    res.on('close', () => {
      inFlight--;
      lastSent = performance.now();
    });
    const url = new URL(req.url ?? '/', 'http://localhost');
    const found = fileFor(url.pathname);
    if (found && 'redirect' in found) {
      res.statusCode = 301;
      res.setHeader('Location', found.redirect + url.search);
      res.end();
      return;
    }
    if (found) {
      send(req, res, 200, found.file, readFileSync(found.file), url.pathname);
      return;
    }
    const notFound = join(dir, '404.html');
    if (existsSync(notFound)) send(req, res, 404, notFound, readFileSync(notFound), url.pathname);
    else send(req, res, 404, undefined, Buffer.from('Not found'), url.pathname);
  });
  server.keepAliveTimeout = 5000;

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('bench server did not start');

  return {
    url: `http://127.0.0.1:${address.port}`,
    log,
    async settle(quietMs = 500, maxMs = 10_000) {
      const until = performance.now() + maxMs;
      while (performance.now() < until && (inFlight > 0 || performance.now() - lastSent < quietMs)) {
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
