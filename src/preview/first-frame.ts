/**
 * A diagram's first frame as stand-alone SVG: the pictures its island rendered on the server
 * (the SVG elements in the figure's `.dg-body`), taken from a built page and restyled for one
 * theme with the site's own CSS, so the same picture a reader sees before any interaction can be
 * used as a thumbnail or drawn into a link preview. Pure.
 */
import { classes, descendants, findById, parseMarkup, serialize, textContent, type Element } from './markup.ts';
import { inlineSvgStyles, type Sheet } from './styles.ts';

export type Theme = 'light' | 'dark';

export interface Picture {
  /** Complete SVG markup with an xmlns, sized to its viewBox. */
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

export interface FirstFrame {
  readonly pictures: readonly Picture[];
  /** The figure's caption text, as the page shows it without JavaScript. */
  readonly caption: string;
}

function viewBoxSize(svg: Element): { width: number; height: number } | null {
  const parts = (svg.attrs.get('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  const [, , width, height] = parts;
  if (width === undefined || height === undefined || !(width > 0) || !(height > 0)) return null;
  return { width, height };
}

/** Attributes that only make sense inside the page: accessibility links, classes, inline events. */
function pageOnly(name: string): boolean {
  return name === 'class' || name === 'role' || name.startsWith('aria-') || name.startsWith('on') || name === 'preserveAspectRatio';
}

function standalone(svg: Element): Picture | null {
  const size = viewBoxSize(svg);
  if (!size) return null;
  for (const name of [...svg.attrs.keys()]) if (pageOnly(name)) svg.attrs.delete(name);
  svg.attrs.set('xmlns', 'http://www.w3.org/2000/svg');
  svg.attrs.set('width', String(size.width));
  svg.attrs.set('height', String(size.height));
  return { svg: serialize(svg), ...size };
}

/**
 * The first frame of diagram `id` in a built page, styled for `theme`; undefined when the page
 * has no figure with that id. A figure whose picture is not SVG gives no pictures.
 */
export function firstFrame(pageHtml: string, id: string, sheet: Sheet, theme: Theme): FirstFrame | undefined {
  const page = parseMarkup(pageHtml);
  const figure = findById(page, id);
  if (!figure || figure.tag.toLowerCase() !== 'figure') return undefined;
  const html = descendants(page).find((e) => e.tag.toLowerCase() === 'html');
  html?.attrs.set('data-theme', theme);
  inlineSvgStyles(figure, sheet);
  const body = descendants(figure).find((e) => classes(e).includes('dg-body'));
  const svgs = body ? descendants(body).filter((e) => e.tag.toLowerCase() === 'svg' && !insideSvg(e, body)) : [];
  const caption = descendants(figure).find((e) => e.tag.toLowerCase() === 'figcaption');
  return {
    pictures: svgs.map(standalone).filter((p): p is Picture => p !== null),
    caption: caption ? textContent(caption) : '',
  };
}

function insideSvg(el: Element, stop: Element): boolean {
  for (let a = el.parent; a && a !== stop; a = a.parent) if (a.tag.toLowerCase() === 'svg') return true;
  return false;
}
