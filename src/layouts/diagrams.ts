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

/** Props of a diagram's pages: the diagram, its lesson, and which of its two pages. */
export type DiagramView = PublishedDiagram & { readonly view: 'page' | 'embed' };

/**
 * getStaticPaths of src/pages/diagrams/<id>/[...view].astro: /diagrams/<id>/ and
 * /diagrams/<id>/embed/, or nothing when the diagram's lesson is a draft left out of the build.
 * Each diagram has a page file of its own (not one dynamic route for all) because Astro links the
 * stylesheets of every component a page file imports: one route for all would make each diagram's
 * page load the CSS of all of them.
 */
export async function diagramViews(id: DiagramId): Promise<{ params: { view: string | undefined }; props: DiagramView }[]> {
  const published = (await getDiagrams()).find((p) => p.diagram.id === id);
  if (!published) return [];
  return [
    { params: { view: undefined }, props: { ...published, view: 'page' } },
    { params: { view: 'embed' }, props: { ...published, view: 'embed' } },
  ];
}
