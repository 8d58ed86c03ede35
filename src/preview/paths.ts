/**
 * Where the build writes the pictures made from diagrams' first frames, relative to the site's
 * root (the base path is added by the pages). Shared by the pages that link them and the build
 * step that draws them. Pure.
 */
import type { Theme } from './first-frame.ts';

/** Link preview of a page with no diagram of its own. */
export const COURSE_PREVIEW = 'og/course.png';

/** Link preview of a lesson page: its title and its first diagram. */
export function lessonPreview(slug: string): string {
  return `og/lessons/${slug}.png`;
}

/** Link preview of a diagram's own page and its embed. */
export function diagramPreview(id: string): string {
  return `og/diagrams/${id}.png`;
}

/** The diagram's first frame as an SVG image, in one theme's colours (the Diagrams page's thumbnails). */
export function diagramThumbnail(id: string, theme: Theme): string {
  return `diagrams/${id}/first-frame-${theme}.svg`;
}
