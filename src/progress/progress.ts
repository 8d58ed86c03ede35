/**
 * The reader's progress through the course, kept in this browser only (localStorage): which
 * lessons they marked as finished and which lesson they visited last. Pure: parsing is forgiving
 * (storage may hold anything, from an older version or another tab), and every change returns a
 * new value. Written to stay small: it ships on every lesson page.
 */

/** localStorage key; the value is JSON `{ "done": [slug, …], "last": slug }`. */
export const PROGRESS_KEY = 'cmv-progress';

export interface Progress {
  /** Slugs of the lessons marked as finished, in the order they were marked. */
  readonly done: readonly string[];
  /** Slug of the lesson visited last. */
  readonly last: string | undefined;
}

export const EMPTY_PROGRESS: Progress = { done: [], last: undefined };

const MAX_LESSONS = 200;

const isSlug = (value: unknown): value is string =>
  typeof value == 'string' && value.length <= 100 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value);

/** Reads stored progress; anything unreadable counts as no progress. */
export function parseProgress(raw: string | null | undefined): Progress {
  try {
    // JSON.parse('') throws; null, a number or an array destructure to missing fields.
    const { done, last }: { done?: unknown; last?: unknown } = JSON.parse(raw ?? '') ?? {};
    return {
      done: Array.isArray(done) ? [...new Set(done.filter(isSlug))].slice(0, MAX_LESSONS) : [],
      last: isSlug(last) ? last : undefined,
    };
  } catch {
    return EMPTY_PROGRESS;
  }
}

export function serializeProgress({ done, last }: Progress): string {
  return JSON.stringify({ done, last });
}

/** Progress after visiting a lesson. */
export function visit(progress: Progress, slug: string): Progress {
  return isSlug(slug) ? { ...progress, last: slug } : progress;
}

/** Progress after marking a lesson finished (or not). */
export function markDone(progress: Progress, slug: string, done: boolean): Progress {
  if (!isSlug(slug)) return progress;
  const others = progress.done.filter((s) => s !== slug);
  return { ...progress, done: done ? [...others, slug] : others };
}

export function isDone(progress: Progress, slug: string): boolean {
  return progress.done.includes(slug);
}
