/**
 * A strict static file server for tests: serves a built site from `dir` under the URL path
 * `base` only, as a plain static host would, and answers everything else with 404 (the site's
 * 404.html). Used to check a sub-path build, where a link that forgets the base path must break.
 * Sets no framing or security headers, like most static hosts.
 *
 *   node scripts/serve-static.ts <dir> <base> <port>
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const [dirArg = 'dist', baseArg = '/', portArg = '4323'] = process.argv.slice(2);
const root = resolve(dirArg);
const base = `/${baseArg.replace(/^\/+|\/+$/g, '')}/`.replace(/\/{2,}/g, '/');
const port = Number(portArg);

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file a URL path names, or undefined (outside the base, outside the folder, or missing). */
function fileFor(urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.slice(base.length));
  } catch {
    return undefined;
  }
  const path = normalize(join(root, relative));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  if (existsSync(path) && statSync(path).isDirectory()) {
    if (!urlPath.endsWith('/')) return undefined; // the site's links always end in '/'
    const index = join(path, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(path) ? path : undefined;
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const file = fileFor(url.pathname);
  const status = file ? 200 : 404;
  const served = file ?? join(root, '404.html');
  response.writeHead(status, { 'content-type': TYPES[extname(served)] ?? 'application/octet-stream' });
  if (request.method === 'HEAD' || !existsSync(served)) {
    response.end();
    return;
  }
  createReadStream(served).pipe(response);
}).listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}${base}`);
});
