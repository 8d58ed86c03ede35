/**
 * A build step (an Astro integration, run when `astro build` has written the site) that draws
 * the pictures made from diagrams' first frames: a 1200×630 PNG link preview per lesson, per
 * diagram and one for the course, and each diagram's first frame as SVG in both themes for the
 * Diagrams page. The source of every picture is the built lesson page itself, so a preview shows
 * exactly what a reader sees before pressing anything.
 *
 * It also fails the build when a registered diagram is missing from its lesson page, or when
 * the caption in the registry no longer matches the figure's.
 */
import { mkdirSync, readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DIAGRAMS, diagramsOfLesson, type DiagramEntry } from '../diagrams/registry.ts';
import { cardSvg, courseArt, stackPictures } from './card.ts';
import { firstFrame, type Picture, type Theme } from './first-frame.ts';
import { classes, descendants, parseMarkup, textContent } from './markup.ts';
import { COURSE_PREVIEW, diagramPreview, diagramThumbnail, lessonPreview } from './paths.ts';
import { findFonts, renderPng, type Fonts } from './render.ts';
import { compileSheet, themeTokens, type Sheet } from './styles.ts';

const SITE_NAME = 'Concurrency made visible';

/**
 * The site's stylesheets in the order pages load them: tokens, shell, then every diagram sheet
 * under src/diagrams (the kit's and each diagram folder's), ordered by file name so that a sheet
 * keeps its place in the cascade when it moves between folders.
 */
function siteSheet(root: string): Sheet {
  const read = (path: string): string => readFileSync(join(root, path), 'utf8');
  const diagramSheets = readdirSync(join(root, 'src/diagrams'), { recursive: true, encoding: 'utf8' })
    .map((path) => path.replaceAll('\\', '/'))
    .filter((path) => path.endsWith('.css'))
    .map((path) => ({ path, key: `${path.slice(path.lastIndexOf('/') + 1)}\0${path}` }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ path }) => read(`src/diagrams/${path}`));
  return compileSheet(read('src/styles/tokens.css'), read('src/styles/global.css'), ...diagramSheets);
}

interface BuiltLesson {
  readonly slug: string;
  readonly html: string;
  readonly title: string;
  readonly question: string;
  /** "Lesson 1" */
  readonly label: string;
}

function builtLessons(outDir: string): Map<string, BuiltLesson> {
  const lessons = new Map<string, BuiltLesson>();
  const dir = join(outDir, 'lessons');
  if (!existsSync(dir)) return lessons;
  for (const slug of readdirSync(dir)) {
    const file = join(dir, slug, 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const page = parseMarkup(html);
    const all = descendants(page);
    const h1 = all.find((e) => e.tag === 'h1');
    const question = all.find((e) => classes(e).includes('lesson-question'));
    const eyebrow = all.find((e) => classes(e).includes('eyebrow'));
    const number = /Lesson (\d+)/.exec(eyebrow ? textContent(eyebrow) : '')?.[1];
    lessons.set(slug, {
      slug,
      html,
      title: h1 ? textContent(h1) : slug,
      question: question ? textContent(question) : '',
      label: number ? `Lesson ${number}` : 'Lesson',
    });
  }
  return lessons;
}

function write(outDir: string, path: string, data: string | Buffer): void {
  const file = join(outDir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
}

/** The first sentence of a caption, for a card's subtitle. */
function firstSentence(text: string): string {
  return /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
}

function diagramFrames(diagram: DiagramEntry, lesson: BuiltLesson, sheet: Sheet): Record<Theme, readonly Picture[]> {
  const frames = {} as Record<Theme, readonly Picture[]>;
  for (const theme of ['light', 'dark'] as const) {
    const frame = firstFrame(lesson.html, diagram.id, sheet, theme);
    if (!frame) {
      throw new Error(
        `Diagram "${diagram.id}" is registered for lesson "${lesson.slug}", but that page has no <figure id="${diagram.id}">. ` +
          `Its id is public: restore it, or fix src/diagrams/registry.ts if the diagram moved.`,
      );
    }
    if (theme === 'light' && frame.caption !== diagram.caption) {
      throw new Error(
        `The caption of "${diagram.id}" in src/diagrams/registry.ts is out of date.\n  registry: ${diagram.caption}\n  page:     ${frame.caption}`,
      );
    }
    frames[theme] = frame.pictures;
  }
  return frames;
}

/** Draws every picture into `outDir` (the project lives in `root`); returns how many files it wrote. */
export function writePreviews(root: string, outDir: string, fonts: Fonts = findFonts()): number {
  const sheet = siteSheet(root);
  const light = themeTokens(sheet, 'light');
  const lessons = builtLessons(outDir);
  let count = 0;
  const png = (path: string, svg: string): void => {
    write(outDir, path, renderPng(svg, fonts));
    count += 1;
  };

  png(COURSE_PREVIEW, cardSvg({ eyebrow: 'An interactive course', title: SITE_NAME, subtitle: 'Threads, context switches and async Rust, drawn.' }, [courseArt(light)], light));

  const firstPictures = new Map<string, readonly Picture[]>();
  for (const diagram of DIAGRAMS) {
    const lesson = lessons.get(diagram.lesson);
    if (!lesson) continue; // its lesson is not published in this build
    const frames = diagramFrames(diagram, lesson, sheet);
    if (!firstPictures.has(lesson.slug)) firstPictures.set(lesson.slug, frames.light);
    png(
      diagramPreview(diagram.id),
      cardSvg({ eyebrow: `${SITE_NAME} · ${lesson.label}`, title: diagram.title, subtitle: firstSentence(diagram.caption) }, frames.light, light),
    );
    for (const theme of ['light', 'dark'] as const) {
      const picture = stackPictures(frames[theme]) ?? courseArt(themeTokens(sheet, theme));
      write(outDir, diagramThumbnail(diagram.id, theme), picture.svg);
      count += 1;
    }
  }

  for (const lesson of lessons.values()) {
    if (diagramsOfLesson(lesson.slug).length === 0) continue; // its page uses the course picture
    const pictures = firstPictures.get(lesson.slug) ?? [];
    png(lessonPreview(lesson.slug), cardSvg({ eyebrow: `${SITE_NAME} · ${lesson.label}`, title: lesson.title, subtitle: lesson.question }, pictures, light));
  }
  return count;
}

/** The Astro integration: draws the pictures once the site is built. */
export function previews(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'course-previews',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const fonts = findFonts();
        if (fonts.files.length === 0) logger.warn('no font files found: link previews are drawn without their text');
        const count = writePreviews(root, fileURLToPath(dir), fonts);
        logger.info(`${count} preview pictures written`);
      },
    },
  };
}
