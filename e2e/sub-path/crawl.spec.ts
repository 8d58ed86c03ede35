/**
 * The whole site built under /course/: every page reachable from the home page, and every link,
 * script, stylesheet, image, island and preview picture they name, must load from under the base
 * path; every #fragment must name an element of its page. The server knows nothing outside
 * /course/, so a link that forgets the base path fails here.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';

const BASE = '/course/';

/** URLs a page names: links, sources, island modules, preview pictures, canonical link. */
function referencesIn(html: string): string[] {
  const refs: string[] = [];
  const attr = /\s(?:href|src|component-url|renderer-url|before-hydration-url)="([^"]*)"/g;
  for (const m of html.matchAll(attr)) refs.push(m[1] ?? '');
  // The search page's index: its script, where the page will load it from.
  for (const m of html.matchAll(/\sdata-bundle="([^"]*)"/g)) refs.push(`${m[1] ?? ''}pagefind.js`);
  for (const m of html.matchAll(/<meta\s[^>]*(?:property|name)="(?:og:image|og:url|twitter:image)"[^>]*content="([^"]*)"/g)) refs.push(m[1] ?? '');
  return refs.map((r) => r.replace(/&amp;/g, '&')).filter((r) => r !== '' && !/^(mailto:|data:|javascript:)/.test(r));
}

function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
}

interface Crawl {
  readonly pages: Map<string, string>;
  readonly problems: string[];
}

async function crawl(request: APIRequestContext, origin: string, siteOrigin: string): Promise<Crawl> {
  const pages = new Map<string, string>();
  const checked = new Set<string>();
  const problems: string[] = [];
  const fragments: { page: string; id: string; from: string }[] = [];
  const queue: { url: URL; from: string }[] = [{ url: new URL(BASE, origin), from: '(start)' }];
  while (queue.length > 0) {
    const { url, from } = queue.shift()!;
    const key = url.pathname + url.search;
    if (checked.has(key)) continue;
    checked.add(key);
    if (!url.pathname.startsWith(BASE)) {
      problems.push(`${from} links ${url.pathname}, outside ${BASE}`);
      continue;
    }
    const response = await request.get(url.href);
    if (response.status() !== 200) {
      problems.push(`${from} links ${key}: HTTP ${response.status()}`);
      continue;
    }
    const type = response.headers()['content-type'] ?? '';
    if (!type.startsWith('text/html')) continue;
    const html = await response.text();
    pages.set(url.pathname, html);
    for (const ref of referencesIn(html)) {
      const target = new URL(ref, url);
      // Absolute links to the site's public address (canonical, og:image) are checked by path here.
      const local = target.origin === siteOrigin ? new URL(target.pathname + target.search + target.hash, origin) : target;
      if (local.origin !== origin) continue;
      if (local.hash !== '') fragments.push({ page: local.pathname, id: decodeURIComponent(local.hash.slice(1)), from: url.pathname });
      queue.push({ url: local, from: url.pathname });
    }
  }
  for (const f of fragments) {
    const html = pages.get(f.page);
    if (html !== undefined && !idsIn(html).has(f.id)) problems.push(`${f.from} links ${f.page}#${f.id}, which has no such id`);
  }
  return { pages, problems };
}

test('every page, link, asset and preview of the /course/ build loads from under /course/', async ({ request, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const home = await (await request.get('')).text();
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1] ?? '';
  expect(new URL(canonical).pathname).toBe(BASE);
  const { pages, problems } = await crawl(request, origin, new URL(canonical).origin);
  expect(problems).toEqual([]);
  // The crawl reached the pages a reader can: lessons, diagrams, their embeds, glossary, search.
  const paths = [...pages.keys()];
  for (const expected of ['lessons/', 'diagrams/', 'glossary/', 'search/', 'sources/']) {
    expect(paths.some((p) => p.startsWith(`${BASE}${expected}`)), expected).toBe(true);
  }
  expect(paths.some((p) => p.endsWith('/embed/'))).toBe(true);
});
