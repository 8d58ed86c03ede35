import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { THEME_STORAGE_KEY } from '../../src/layouts/theme-init.ts';

const dist = resolve(import.meta.dirname, '../../dist');

/**
 * Every page of the built site as a path relative to the base URL
 * ('' for the home page, 'lessons/tasks-and-threads/', …), read from dist/
 * so a new page is covered without editing the tests. 404.html is left out:
 * it is served for unknown paths, see NOT_FOUND_PATH.
 */
export function builtPages(): string[] {
  if (!existsSync(dist)) throw new Error('dist/ is missing: run `npm run build` before the e2e tests.');
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_astro') walk(path);
      } else if (entry.name === 'index.html') {
        const folder = relative(dist, dir).split(sep).join('/');
        pages.push(folder === '' ? '' : `${folder}/`);
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/** A path no page lives at; the server answers it with 404.html. */
export const NOT_FOUND_PATH = 'no-such-page/';

/** The first lesson's path. */
export const LESSON_1_PATH = 'lessons/tasks-and-threads/';

export type Theme = 'light' | 'dark';

/** Makes every page of the context start in `theme`, as if the reader had chosen it earlier. */
export async function presetTheme(context: BrowserContext, theme: Theme): Promise<void> {
  await context.addInitScript(
    ([key, value]) => {
      window.localStorage.setItem(key, value);
    },
    [THEME_STORAGE_KEY, theme] as const,
  );
}

export { THEME_STORAGE_KEY };
