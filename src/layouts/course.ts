import { getCollection, type CollectionEntry } from 'astro:content';
import { lessonSlug, orderLessons } from '../data/lessons-meta.ts';

/** A lesson entry with its position in the course and URL slug. */
export interface CourseLesson {
  readonly entry: CollectionEntry<'lessons'>;
  readonly slug: string;
  /** 1-based position in the course as served (drafts excluded in production). */
  readonly number: number;
}

/**
 * All lessons in course order. Drafts are served by `astro dev` only.
 * Fails the build when two lessons share an `order` or a slug.
 */
export async function getLessons(): Promise<CourseLesson[]> {
  const entries = await getCollection('lessons');
  return orderLessons(entries, import.meta.env.DEV).map((entry, index) => ({
    entry,
    slug: lessonSlug(entry.id),
    number: index + 1,
  }));
}
