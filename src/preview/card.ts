/**
 * The 1200×630 picture a link preview shows (Open Graph and Twitter cards): the course's name,
 * a title, a line or two of text and, when there is one, the diagram's first frame, in the light
 * theme's colours. Text is wrapped by an estimate of its width (no font metrics at hand), so
 * lines are kept well inside the card. Pure: returns SVG markup for a renderer.
 */
import { textWidth } from '../diagrams/kit/timeline-layout.ts';
import { escapeMarkup } from './markup.ts';
import type { Picture } from './first-frame.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardText {
  /** Small capitals above the title, e.g. "Lesson 1". */
  readonly eyebrow: string;
  readonly title: string;
  readonly subtitle?: string;
}

const PAD_X = 72;
const TEXT_W = CARD_WIDTH - 2 * PAD_X;
const BOTTOM = CARD_HEIGHT - 48;

/** Splits text into at most `maxLines` lines of about `width` px, ending the last with … if cut. */
export function wrapLines(text: string, fontPx: number, width: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (textWidth(candidate, fontPx) <= width || line === '') {
      line = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(`${line.replace(/[\s,.;:–-]+$/, '')}…`);
      return lines;
    }
    lines.push(line);
    line = word;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function textBlock(lines: readonly string[], x: number, y: number, size: number, lineHeight: number, attrs: string): string {
  return lines
    .map((line, i) => `<text x="${x}" y="${y + i * lineHeight}" font-size="${size}" ${attrs}>${escapeMarkup(line)}</text>`)
    .join('');
}

/** The inner markup of a picture, placed and scaled into a box (keeping its proportions). */
function place(picture: Picture, x: number, y: number, maxW: number, maxH: number): { markup: string; height: number } {
  const scale = Math.min(maxW / picture.width, maxH / picture.height);
  const w = picture.width * scale;
  const h = picture.height * scale;
  const inner = picture.svg.replace(/^<svg\b[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const open = picture.svg.match(/^<svg\b[^>]*>/)?.[0] ?? '<svg>';
  const viewBox = /viewBox="([^"]*)"/.exec(open)?.[1] ?? `0 0 ${picture.width} ${picture.height}`;
  const inherited = [...open.matchAll(/\s(font-family|font-size|fill|stroke)="([^"]*)"/g)].map((m) => ` ${m[1]}="${m[2]}"`).join('');
  return {
    markup: `<svg x="${x}" y="${y}" width="${w}" height="${h}" viewBox="${viewBox}"${inherited}>${inner}</svg>`,
    height: h,
  };
}

/**
 * The card as SVG. `tokens` are the theme's design tokens (see styles.ts themeTokens); the
 * pictures are stacked under the text in a panel like the figure on the page.
 */
export function cardSvg(text: CardText, pictures: readonly Picture[], tokens: ReadonlyMap<string, string>): string {
  const token = (name: string, fallback: string): string => tokens.get(name) ?? fallback;
  const font = escapeMarkup(token('--font-sans', 'sans-serif'));
  const fg = token('--fg', '#1c2026');
  const muted = token('--fg-muted', '#576170');
  const hasPicture = pictures.length > 0;
  const titleSize = hasPicture ? 60 : 76;
  const titleLines = wrapLines(text.title, titleSize, TEXT_W, 2);
  const subtitleSize = 30;
  const subtitleLines = text.subtitle ? wrapLines(text.subtitle, subtitleSize, TEXT_W, hasPicture ? 2 : 3) : [];
  let y = 104;
  let body = textBlock([text.eyebrow.toUpperCase()], PAD_X, y, 24, 0, `font-weight="700" letter-spacing="2" fill="${muted}"`);
  y += 28 + titleSize;
  body += textBlock(titleLines, PAD_X, y, titleSize, titleSize * 1.15, `font-weight="700" fill="${fg}"`);
  y += (titleLines.length - 1) * titleSize * 1.15;
  if (subtitleLines.length > 0) {
    y += 20 + subtitleSize;
    body += textBlock(subtitleLines, PAD_X, y, subtitleSize, subtitleSize * 1.3, `fill="${muted}"`);
    y += (subtitleLines.length - 1) * subtitleSize * 1.3;
  }
  if (hasPicture) {
    const top = y + 32;
    const pad = 20;
    const innerW = CARD_WIDTH - 2 * PAD_X - 2 * pad;
    const gap = 12;
    const each = (BOTTOM - top - 2 * pad - gap * (pictures.length - 1)) / pictures.length;
    let py = top + pad;
    const placed = pictures.map((p) => {
      const r = place(p, PAD_X + pad, py, innerW, each);
      py += r.height + gap;
      return r.markup;
    });
    const panelH = py - gap + pad - top;
    body +=
      `<rect x="${PAD_X}" y="${top}" width="${CARD_WIDTH - 2 * PAD_X}" height="${panelH}" rx="12" ` +
      `fill="${token('--bg-raised', '#f5f7f9')}" stroke="${token('--border', '#dde2e8')}" stroke-width="2"/>` +
      placed.join('');
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${font}">` +
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${token('--bg', '#ffffff')}"/>` +
    `<rect width="16" height="${CARD_HEIGHT}" fill="${token('--accent', '#0a5fc2')}"/>` +
    body +
    `</svg>`
  );
}

/** Pictures one above the other, as one picture (for a thumbnail of a diagram with several). */
export function stackPictures(pictures: readonly Picture[], gap = 16): Picture | undefined {
  if (pictures.length <= 1) return pictures[0];
  const width = Math.max(...pictures.map((p) => p.width));
  let y = 0;
  const inner = pictures.map((p) => {
    const placed = place(p, 0, y, p.width, p.height).markup;
    y += p.height + gap;
    return placed;
  });
  const height = y - gap;
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${inner.join('')}</svg>`,
    width,
    height,
  };
}

/**
 * The course's own picture, for pages without a diagram: four tasks taking turns on two cores,
 * drawn as the lessons draw them (a lane per core, a labelled span per turn).
 */
export function courseArt(tokens: ReadonlyMap<string, string>): Picture {
  const token = (name: string, fallback: string): string => tokens.get(name) ?? fallback;
  const width = 1000;
  const laneH = 70;
  const lanes: (readonly [string, number, number])[][] = [
    [['A', 0, 180], ['C', 200, 360], ['A', 380, 520], ['D', 540, 760], ['C', 780, 900]],
    [['B', 0, 220], ['D', 240, 400], ['B', 420, 640], ['A', 660, 840]],
  ];
  const names = ['A', 'B', 'C', 'D'];
  let inner = '';
  lanes.forEach((spans, core) => {
    const y = 10 + core * (laneH + 20);
    inner += `<text x="0" y="${y + laneH / 2}" dominant-baseline="central" font-size="24" font-weight="700" fill="${token('--fg', '#1c2026')}">Core ${core}</text>`;
    inner += `<rect x="120" y="${y}" width="${width - 120}" height="${laneH}" fill="${token('--bg', '#ffffff')}" stroke="${token('--border', '#dde2e8')}"/>`;
    for (const [name, start, end] of spans) {
      const task = names.indexOf(name);
      const x = 120 + (start / 900) * (width - 130);
      const w = ((end - start) / 900) * (width - 130) - 6;
      inner += `<rect x="${x}" y="${y}" width="${w}" height="${laneH}" fill="${token(`--task-${task}`, '#1d63c9')}"/>`;
      inner += `<text x="${x + w / 2}" y="${y + laneH / 2}" text-anchor="middle" dominant-baseline="central" font-size="26" font-weight="700" fill="${token(`--task-${task}-fg`, '#ffffff')}">${name}</text>`;
    }
  });
  const height = 10 + 2 * laneH + 20 + 10;
  return {
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${inner}</svg>`,
    width,
    height,
  };
}
