/**
 * Where the /continue/ page sends the reader: the lesson they visited last. Pure, so the choice is
 * tested without a browser.
 */
import type { Progress } from './progress.ts';

/**
 * The URL of the last lesson visited, or undefined when there is none to go back to: no progress
 * (nothing stored, or storage unreadable: null), no lesson visited, or one the course no longer
 * has. `lessons` maps the slugs of the ones it has to the URLs the page built for them, so a
 * sub-path is kept.
 */
export function continueTarget(progress: Progress | null, lessons: ReadonlyMap<string, string>): string | undefined {
  const last = progress?.last;
  return last === undefined ? undefined : lessons.get(last);
}
