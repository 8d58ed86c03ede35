/**
 * Pure helpers that turn lesson entries into the course order. Kept free of
 * `astro:content` so they run under `node --test` as well as in the build.
 */

/** The part of a lesson entry the shell needs. */
export interface LessonLike {
  /** Collection id, e.g. "01-tasks-and-threads". */
  readonly id: string;
  /** Path of the source file, used in error messages. */
  readonly filePath?: string | undefined;
  readonly data: {
    readonly title: string;
    readonly order: number;
    readonly draft?: boolean | undefined;
  };
}

/** A lesson's URL slug: its id without the leading number, "01-tasks-and-threads" -> "tasks-and-threads". */
export function lessonSlug(id: string): string {
  const base = id.split('/').pop() ?? id;
  const slug = base.replace(/^\d+[-_]/, '');
  if (slug === '') throw new Error(`Lesson id "${id}" has no name after its number.`);
  return slug;
}

function where(entry: LessonLike): string {
  return entry.filePath ?? entry.id;
}

/**
 * Sorts lessons by `order`, dropping drafts unless asked to keep them.
 * Throws when two lessons share an order or a slug (naming both files), because
 * either would make the sidebar and prev/next links ambiguous.
 */
export function orderLessons<T extends LessonLike>(entries: readonly T[], keepDrafts = false): T[] {
  const byOrder = new Map<number, T>();
  const bySlug = new Map<string, T>();
  for (const entry of entries) {
    const sameOrder = byOrder.get(entry.data.order);
    if (sameOrder) {
      throw new Error(
        `Lessons ${where(sameOrder)} and ${where(entry)} both have order ${entry.data.order}; each lesson needs its own.`,
      );
    }
    byOrder.set(entry.data.order, entry);
    const slug = lessonSlug(entry.id);
    const sameSlug = bySlug.get(slug);
    if (sameSlug) {
      throw new Error(`Lessons ${where(sameSlug)} and ${where(entry)} would both be served at /lessons/${slug}/.`);
    }
    bySlug.set(slug, entry);
  }
  return entries
    .filter((entry) => keepDrafts || entry.data.draft !== true)
    .toSorted((a, b) => a.data.order - b.data.order);
}

/** The lessons before and after `index` in an ordered list, if any. */
export function neighbours<T>(ordered: readonly T[], index: number): { prev: T | undefined; next: T | undefined } {
  return { prev: index > 0 ? ordered[index - 1] : undefined, next: ordered[index + 1] };
}
