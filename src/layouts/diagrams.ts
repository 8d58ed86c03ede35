import { DIAGRAMS, type DiagramEntry, type DiagramId } from '../diagrams/registry.ts';
import { getLessons, type CourseLesson } from './course.ts';

/** A registered diagram whose lesson is in this build, with that lesson (a type, so it can be page props). */
export type PublishedDiagram = {
  readonly diagram: DiagramEntry & { readonly id: DiagramId };
  readonly lesson: CourseLesson;
};

/**
 * The diagrams whose lessons are published, in course order (lesson, then registry order).
 * A diagram of a draft lesson gets no page in production, like its lesson.
 */
export async function getDiagrams(): Promise<PublishedDiagram[]> {
  const lessons = await getLessons();
  return lessons.flatMap((lesson) => DIAGRAMS.filter((d) => d.lesson === lesson.slug).map((diagram) => ({ diagram, lesson })));
}
