/**
 * SVG to PNG for link previews, with resvg (a renderer shipped inside its npm package, no
 * browser needed). Text needs a font file: a few common ones are looked for on the machine, and
 * when none is there the cards are drawn without their text rather than failing the build.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** Sans-serif fonts the card's font list names, regular and bold, where Debian and others put them. */
const PREFERRED: readonly { readonly family: string; readonly files: readonly string[] }[] = [
  {
    family: 'Liberation Sans',
    files: ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'],
  },
  {
    family: 'DejaVu Sans',
    files: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'],
  },
  { family: 'DejaVu Sans', files: ['/usr/share/fonts/TTF/DejaVuSans.ttf', '/usr/share/fonts/TTF/DejaVuSans-Bold.ttf'] },
  {
    family: 'Arial',
    files: ['/System/Library/Fonts/Supplemental/Arial.ttf', '/System/Library/Fonts/Supplemental/Arial Bold.ttf'],
  },
  { family: 'Arial', files: ['C:\\Windows\\Fonts\\arial.ttf', 'C:\\Windows\\Fonts\\arialbd.ttf'] },
];

export interface Fonts {
  readonly files: readonly string[];
  /** The family to use where the picture names none that is loaded. */
  readonly family: string | undefined;
}

const FONT_DIRS = ['/usr/share/fonts', '/usr/local/share/fonts'];

function anyFonts(dir: string, found: string[], depth = 0): void {
  if (depth > 4 || found.length >= 40 || !existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) anyFonts(path, found, depth + 1);
    else if (/\.(ttf|otf)$/i.test(entry.name)) found.push(path);
  }
}

/** Fonts to draw text with: a preferred family that is present, else any on the machine, else none. */
export function findFonts(): Fonts {
  for (const option of PREFERRED) {
    const files = option.files.filter((path) => existsSync(path));
    if (files.length > 0) return { files, family: option.family };
  }
  const found: string[] = [];
  for (const dir of FONT_DIRS) anyFonts(dir, found);
  return { files: found, family: undefined };
}

/** A PNG of `svg` at its own size. Without fonts, its text elements are left out. */
export function renderPng(svg: string, fonts: Fonts): Buffer {
  const source = fonts.files.length > 0 ? svg : svg.replace(/<text\b[^>]*>[\s\S]*?<\/text>/g, '');
  const family = fonts.family === undefined ? {} : { defaultFontFamily: fonts.family, sansSerifFamily: fonts.family };
  const resvg = new Resvg(source, {
    font: { loadSystemFonts: false, fontFiles: [...fonts.files], ...family },
    fitTo: { mode: 'original' },
  });
  return resvg.render().asPng();
}
