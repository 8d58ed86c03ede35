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

/** The URL of a term on the Glossary page. */
export function glossaryHref(id: string): string {
  return href(`glossary/#${id}`);
}

/** The URL of a diagram's own page. */
export function diagramHref(id: string): string {
  return href(`diagrams/${id}/`);
}

/** The URL of a diagram's embeddable page (no site header or footer). */
export function embedHref(id: string): string {
  return href(`diagrams/${id}/embed/`);
}

/** An absolute URL for a path made by the helpers above, for links that leave the site (embeds, previews). */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(path, site ?? 'https://example.org').href;
}
