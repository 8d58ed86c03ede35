import type { BrowserContext } from '@playwright/test';
import { builtPages } from '../../scripts/lib/dist.ts';
import { THEME_STORAGE_KEY } from '../../src/layouts/theme-init.ts';

export { builtPages };

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
