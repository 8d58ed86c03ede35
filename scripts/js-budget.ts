/**
 * `npm run test:budget`: how much JavaScript each built page makes the browser load, gzipped, and
 * how big the simulation core is as shipped to the browser. Fails when a page loads more than
 * 30 KB, or when the home page loads any script beyond the site shell.
 *
 * A page loads: its <script src> and <link rel="modulepreload"> files (each diagram's island
 * script is one, see src/islands/), any island component and renderer Astro would hydrate
 * (astro-island component-url / renderer-url / before-hydration-url), the static imports of all
 * of those, recursively, and its inline scripts. Dynamic import() targets
 * are listed as "lazy" but not counted: they load only when a feature asks for them.
 * Sizes are gzip level 9, as a static host precompresses; 1 KB = 1024 bytes.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { init, parse } from 'es-module-lexer';
import { DIST, ROOT, fileOfUrlPath, htmlFiles, pathOfFile, readDist, BASE_PATH } from './lib/dist.ts';
import { elements, isJavaScript, parseHtml, textOf, withAttribute } from './lib/html.ts';
import { kb, table } from './lib/table.ts';

/**
 * The most JavaScript any page may load (a lesson with two diagrams is the heaviest): Preact, the
 * simulation core, the shared diagram code and the page's own islands.
 */
export const PAGE_BUDGET = 30 * 1024;

/**
 * The home page loads nothing beyond the site shell: the inline theme snippet (run before first
 * paint) and the theme toggle's script, which every page with the site header has. Its "continue
 * where you left off" is a plain link to /continue/, which reads the reader's place itself.
 */
export const HOME_PAGE = '/';

/** The simulation core (everything src/sim/index.ts exports), minified and gzipped. */
export const CORE_BUDGET = 8 * 1024;

const gz = (bytes: Uint8Array | string): number => gzipSync(bytes, { level: 9 }).length;

interface Chunk {
  readonly gzip: number;
  /** Files this one imports statically / dynamically, relative to dist/. */
  readonly imports: readonly string[];
  readonly lazy: readonly string[];
}

const chunks = new Map<string, Chunk>();

/** A JS file of dist/ with its gzip size and imports (memoised: chunks are shared between pages). */
function chunk(file: string): Chunk {
  const known = chunks.get(file);
  if (known) return known;
  const code = readFileSync(join(DIST, file), 'utf8');
  const [imports] = parse(code, file);
  const resolve = (specifier: string | undefined): string | null => {
    if (!specifier) return null;
    const url = new URL(specifier, `http://site${BASE_PATH}${file}`);
    return url.host === 'site' ? fileOfUrlPath(url.pathname) : null;
  };
  const statics: string[] = [];
  const lazy: string[] = [];
  for (const i of imports) {
    // t: 1 static import/export-from, 2 dynamic import(), 3 import.meta
    if (i.t === 3) continue;
    const target = resolve(i.n);
    if (target === null) {
      if (i.t === 1) throw new Error(`${file} imports ${i.n ?? '(an expression)'}, which is not a file of the site`);
      continue;
    }
    (i.t === 1 ? statics : lazy).push(target);
  }
  const result = { gzip: gz(code), imports: statics, lazy };
  chunks.set(file, result);
  return result;
}

interface PageJs {
  readonly page: string;
  readonly files: readonly string[];
  readonly lazy: readonly string[];
  /** The page's inline scripts, as written. */
  readonly inline: readonly string[];
  readonly total: number;
}

function pageJs(file: string): PageJs {
  const page = pathOfFile(file);
  const doc = parseHtml(readDist(file));
  const entries: string[] = [];
  const pageUrl = `http://site${BASE_PATH}${page}`;
  const add = (ref: string | undefined, what: string): void => {
    if (!ref) return;
    const url = new URL(ref, pageUrl);
    if (url.host !== 'site') throw new Error(`${file}: ${what} ${ref} is not on this site`);
    const target = fileOfUrlPath(url.pathname);
    if (target === null) throw new Error(`${file}: ${what} ${ref} does not exist in dist/`);
    entries.push(target);
  };
  const inline: string[] = [];
  for (const script of elements(doc, 'script')) {
    if (!isJavaScript(script)) continue;
    if (script.attribs['src'] !== undefined) add(script.attribs['src'], '<script src>');
    else inline.push(textOf(script));
  }
  for (const link of elements(doc, 'link')) {
    if ((link.attribs['rel'] ?? '').split(/\s+/).includes('modulepreload')) add(link.attribs['href'], 'modulepreload');
  }
  for (const attr of ['component-url', 'renderer-url', 'before-hydration-url']) {
    for (const island of withAttribute(doc, attr)) add(island.attribs[attr] || undefined, attr);
  }
  const seen = new Set<string>();
  const lazy = new Set<string>();
  const visit = (f: string): void => {
    if (seen.has(f)) return;
    seen.add(f);
    const c = chunk(f);
    c.imports.forEach(visit);
    c.lazy.forEach((l) => lazy.add(l));
  };
  entries.forEach(visit);
  for (const f of seen) lazy.delete(f);
  const files = [...seen].sort();
  return { page: `/${page}`, files, lazy: [...lazy].sort(), inline, total: size(files, inline) };
}

/** Gzip bytes of some files of dist/ and some inline scripts. */
function size(files: Iterable<string>, inline: Iterable<string>): number {
  let total = 0;
  for (const f of files) total += chunk(f).gzip;
  for (const text of inline) total += gz(text);
  return total;
}

/** What every page loads: the files and inline scripts all pages have in common. */
function shellOf(pages: readonly PageJs[]): { files: string[]; inline: string[] } {
  const common = <T,>(lists: readonly (readonly T[])[]): T[] =>
    lists.length === 0 ? [] : [...new Set(lists[0])].filter((x) => lists.every((list) => list.includes(x)));
  return { files: common(pages.map((p) => p.files)), inline: common(pages.map((p) => p.inline)) };
}

/** The core as the browser gets it: src/sim/index.ts bundled and minified by esbuild. */
async function coreSize(): Promise<{ minified: number; gzip: number }> {
  const esbuild = await import('esbuild');
  const out = await esbuild.build({
    entryPoints: [join(ROOT, 'src/sim/index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]!.contents;
  return { minified: code.length, gzip: gz(code) };
}

async function main(): Promise<void> {
  await init;
  const pages = htmlFiles().map(pageJs);
  const shell = shellOf(pages);
  const shellSize = size(shell.files, shell.inline);
  // The header's shell: what the pages with the site header (all but embeds) load in common.
  const headerShell = shellOf(pages.filter((p) => !p.page.endsWith('/embed/')));
  const homeExtras = (p: PageJs): string[] => [
    ...p.files.filter((f) => !headerShell.files.includes(f)),
    ...p.inline.filter((text) => !headerShell.inline.includes(text)).map((text) => `an inline script of ${kb(gz(text))}`),
  ];
  const rows = pages.map((p) => {
    const beyondShell = p.total - shellSize;
    const home = p.page === HOME_PAGE;
    const ok = home ? homeExtras(p).length === 0 : p.total <= PAGE_BUDGET;
    const budget = home ? 'shell only' : kb(PAGE_BUDGET);
    return { p, ok, cells: [p.page, p.files.length, p.inline.length, kb(p.total), kb(beyondShell), budget, ok ? 'ok' : 'OVER'] };
  });
  console.log('JavaScript each page loads (gzip level 9; 1 KB = 1024 bytes):\n');
  console.log(table(['page', 'files', 'inline', 'total', 'beyond shell', 'budget', ''], rows.map((r) => r.cells)));
  console.log(`\nheader shell (on every page but embeds; all the home page may load): ${[...headerShell.files.map((f) => `${posix.basename(f)} ${kb(chunk(f).gzip)}`), `${headerShell.inline.length} inline ${kb(size([], headerShell.inline))}`].join(', ')}`);
  console.log(`shell (on every page): ${[...shell.files.map((f) => `${posix.basename(f)} ${kb(chunk(f).gzip)}`), `${shell.inline.length} inline ${kb(size([], shell.inline))}`].join(', ')}`);
  for (const p of pages.filter((page) => page.total > shellSize)) {
    const own = p.files.filter((f) => !shell.files.includes(f));
    console.log(`${p.page}: ${own.map((f) => `${posix.basename(f)} ${kb(chunk(f).gzip)}`).join(', ')}; inline ${kb(size([], p.inline))}`);
    if (p.lazy.length > 0) console.log(`  lazy, not counted: ${p.lazy.map((f) => `${posix.basename(f)} ${kb(chunk(f).gzip)}`).join(', ')}`);
  }
  const core = await coreSize();
  console.log(`\nsimulation core (src/sim/index.ts, esbuild --minify): ${kb(core.minified)} minified, ${kb(core.gzip)} gzip (budget ${kb(CORE_BUDGET)})`);

  const heaviest = rows.filter((r) => r.p.page !== HOME_PAGE).sort((a, b) => b.p.total - a.p.total)[0];
  if (heaviest) console.log(`\nheaviest page: ${heaviest.p.page}, ${heaviest.cells[3]} of ${kb(PAGE_BUDGET)}`);
  const failures = rows
    .filter((r) => !r.ok)
    .map((r) =>
      r.p.page === HOME_PAGE
        ? `the home page loads JavaScript beyond the shell (${kb(size(headerShell.files, headerShell.inline))}: the theme snippet and toggle): ${homeExtras(r.p).map((f) => posix.basename(f)).join(', ')}`
        : `${r.p.page} loads ${r.cells[3]} of JavaScript (${r.cells[4]} beyond the shell), over its budget of ${r.cells[5]}`,
    );
  if (core.gzip > CORE_BUDGET) failures.push(`the simulation core is ${kb(core.gzip)} gzip, over its ${kb(CORE_BUDGET)} budget`);
  if (failures.length > 0) {
    console.error(`\nJS budget: FAILED\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`\nJS budget: all ${pages.length} pages within ${kb(PAGE_BUDGET)}, the home page loads only the site shell, core within budget`);
}

await main();
