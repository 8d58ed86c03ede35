/**
 * Every diagram of the course, in course order: its public id, the lesson that shows it, and the
 * words the site uses for it outside the lesson (the Diagrams page, its own page, link previews).
 *
 * Pure data, no components: the pages, the build's preview renderer and the tests all read it.
 * A new diagram needs an entry here; README "Adding a diagram" lists the one other line.
 */

export interface DiagramEntry {
  /**
   * Stable kebab-case id, unique on the site: the figure's HTML id, its anchor on the lesson page,
   * the prefix of its query parameters and its page at /diagrams/<id>/. It is in people's links:
   * never rename it (see published-ids.ts).
   */
  readonly id: string;
  /** Slug of the lesson that shows it, e.g. "tasks-and-threads". */
  readonly lesson: string;
  /** A short name for lists, page titles and previews. */
  readonly title: string;
  /**
   * The caption of its default state as plain text, exactly as the figure on the lesson page
   * shows it before any interaction (an end-to-end test compares the two).
   */
  readonly caption: string;
  /** Height in CSS pixels an embedding <iframe> needs to show it whole at about 700 px wide. */
  readonly embedHeight?: number;
}

export const DIAGRAMS = [
  {
    id: 'tasks-on-cores',
    lesson: 'tasks-and-threads',
    title: 'Tasks on cores',
    caption:
      'Four tasks take turns on two cores. Each core runs one thread at a time. Watch a core switch to another ' +
      'thread when a time slice ends or a thread blocks on I/O, and sit idle when no task is ready.',
    embedHeight: 1080,
  },
] as const satisfies readonly DiagramEntry[];

/** The id of a registered diagram. */
export type DiagramId = (typeof DIAGRAMS)[number]['id'];

/** Height of an embed when the entry does not say. */
export const DEFAULT_EMBED_HEIGHT = 900;

/** The registered diagram with this id, or undefined. */
export function findDiagram(id: string): DiagramEntry | undefined {
  return (DIAGRAMS as readonly DiagramEntry[]).find((d) => d.id === id);
}

/** The diagrams a lesson shows, in the order they are registered. */
export function diagramsOfLesson(lesson: string): DiagramEntry[] {
  return (DIAGRAMS as readonly DiagramEntry[]).filter((d) => d.lesson === lesson);
}
