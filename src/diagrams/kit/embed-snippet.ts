/**
 * The HTML another site pastes to embed a diagram: an <iframe> of /diagrams/<id>/embed/, with the
 * diagram's state in its query when there is one. Pure, so the server (first value) and the page's
 * script (kept in step with the diagram) write the same thing.
 */

/** Where the embed points, its title and height, and the link state it carries. */
export interface EmbedOptions {
  /** Absolute URL of the embed page, without a query. */
  readonly src: string;
  /** The frame's accessible name. */
  readonly title: string;
  /** Frame height in CSS pixels. */
  readonly height: number;
  /** The diagram's state as a query string (`?a.b=1&…` or ''), as its "Link to this diagram" has it. */
  readonly query?: string;
}

const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The <iframe> HTML that embeds a diagram on another site. */
export function embedSnippet({ src, title, height, query = '' }: EmbedOptions): string {
  const search = query === '' || query === '?' ? '' : query.startsWith('?') ? query : `?${query}`;
  return (
    `<iframe src="${attr(src + search)}" title="${attr(title)}" width="100%" height="${Math.round(height)}" ` +
    `style="border: 0; max-width: 100%;" loading="lazy"></iframe>`
  );
}
