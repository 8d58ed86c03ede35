/**
 * The built site as the checks see it: where dist/ is, which pages it holds, and the base path it
 * was built for. Every check walks dist/ instead of listing pages, so a page added later (a lesson,
 * a diagram page, an embed) is checked with no change here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');
/** The built site. */
export const DIST = join(ROOT, 'dist');

/** BASE_PATH as the build used it, normalised to '/' or '/sub/path/'. */
export const BASE_PATH = `/${(process.env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/\/{2,}/g, '/');

/** Fails with a clear message when the site has not been built. */
export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing or empty: run `npm run build` first.');
  }
}

/** Every file under dist/ whose name ends with `suffix`, as '/'-separated paths relative to dist/, sorted. */
export function distFiles(suffix: string): string[] {
  requireDist();
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(suffix))
    .map((e) => relative(DIST, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Every HTML document of the site (pages and 404.html), relative to dist/. */
export function htmlFiles(): string[] {
  return distFiles('.html');
}

/**
 * Every page of the built site as a path relative to the base URL ('' for the home page,
 * 'lessons/tasks-and-threads/', …). 404.html is left out: it is served for unknown paths.
 */
export function builtPages(): string[] {
  return htmlFiles()
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => file.slice(0, -'index.html'.length));
}

/** The page path (relative to the base URL) at which an HTML file of dist/ is served. */
export function pathOfFile(file: string): string {
  return file === 'index.html' || file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** Lesson pages: where the 30 KB JavaScript budget and the Lighthouse targets apply. */
export function isLessonPage(path: string): boolean {
  return /^lessons\/[^/]+\/$/.test(path);
}

/** The text of a file of dist/. */
export function readDist(file: string): string {
  return readFileSync(join(DIST, file), 'utf8');
}

/**
 * The dist/ file a root-relative URL path names (with the base path), or null if none: '/x/' is
 * '/x/index.html', as a static host serves it. Query and fragment are ignored.
 */
export function fileOfUrlPath(pathname: string): string | null {
  let path = decodeURIComponent(pathname);
  if (!path.startsWith(BASE_PATH)) return null;
  path = path.slice(BASE_PATH.length);
  if (path === '' || path.endsWith('/')) path += 'index.html';
  const full = join(DIST, path);
  if (!full.startsWith(DIST + sep) || !existsSync(full)) return null;
  return path;
}
