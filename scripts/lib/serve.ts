/**
 * A small static server for dist/, as a static host would serve it: '/x/' gives x/index.html,
 * '/x' redirects to '/x/' when that is a folder, anything else missing gets 404.html with status
 * 404. Text (HTML, CSS, JavaScript, JSON, SVG) is sent gzip-compressed to a client that accepts
 * it, as every static host and CDN does, so Lighthouse sees the bytes a reader downloads.
 * It listens on 127.0.0.1 only, on a port the system picks unless one is given, and serves
 * the site under BASE_PATH. The checks that need a real origin (links, HTML validation, Lighthouse,
 * frame timing) start one for themselves and stop it when done.
 */
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { BASE_PATH, DIST, requireDist } from './dist.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

/** Content types a static host compresses. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg\+xml)/;

export interface Served {
  /** 'http://127.0.0.1:PORT' */
  readonly origin: string;
  /** Absolute URL of a page path relative to the base ('' is the home page). */
  url(path: string): string;
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

/** Serves `root` (dist/ by default) until `close()`. */
export async function serveDist(options: { port?: number; root?: string } = {}): Promise<Served> {
  const root = options.root ?? DIST;
  if (root === DIST) requireDist();
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    const send = async (file: string, status: number): Promise<void> => {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const body = await readFile(file);
      const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(status, { 'content-type': type, vary: 'accept-encoding', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
      res.end(req.method === 'HEAD' ? undefined : gzip ? gzipSync(body) : body);
    };
    const notFound = async (): Promise<void> => {
      const page = join(root, '404.html');
      if (await isFile(page)) await send(page, 404);
      else {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('Not found');
      }
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (!path.startsWith(BASE_PATH)) return notFound();
    path = path.slice(BASE_PATH.length);
    const full = normalize(join(root, path));
    if (full !== root && !full.startsWith(root + sep)) return notFound();
    if (path === '' || path.endsWith('/')) {
      const index = join(full, 'index.html');
      return (await isFile(index)) ? send(index, 200) : notFound();
    }
    if (await isFile(full)) return send(full, 200);
    if (await isFile(join(full, 'index.html'))) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    return notFound();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${BASE_PATH}${path}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
