/**
 * Internal links. The site may be built under a sub-path (BASE_PATH), so every
 * internal URL is made here from import.meta.env.BASE_URL, never written as "/…".
 */
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** The URL of a path inside the site: href('sources/') -> "/sources/" (or "/course/sources/"). */
export function href(path: string): string {
  return base + path.replace(/^\/+/, '');
}

/** The URL of a lesson page from its slug. */
export function lessonHref(slug: string): string {
  return href(`lessons/${slug}/`);
}

/** The URL of a source's entry on the Sources page. */
export function sourceHref(id: string): string {
  return href(`sources/#${id}`);
}
