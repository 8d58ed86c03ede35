import { DIAGRAMS, type DiagramEntry } from '../../src/diagrams/registry.ts';
import { builtPages } from './site.ts';

/** A registered diagram whose lesson is in the built site, with the paths it is served at. */
export interface BuiltDiagram extends DiagramEntry {
  /** Its lesson page, e.g. 'lessons/tasks-and-threads/'. */
  readonly lessonPath: string;
  /** Its own page, 'diagrams/<id>/'. */
  readonly pagePath: string;
  /** Its embed, 'diagrams/<id>/embed/'. */
  readonly embedPath: string;
}

/** Every registered diagram of a built lesson: new diagrams are covered without editing the tests. */
export function builtDiagrams(): BuiltDiagram[] {
  const pages = new Set(builtPages());
  return (DIAGRAMS as readonly DiagramEntry[])
    .filter((d) => pages.has(`lessons/${d.lesson}/`))
    .map((d) => ({
      ...d,
      lessonPath: `lessons/${d.lesson}/`,
      pagePath: `diagrams/${d.id}/`,
      embedPath: `diagrams/${d.id}/embed/`,
    }));
}

/**
 * A query that breaks every field of a diagram's link: each parameter its link has is given a
 * value no schema accepts, and one parameter it does not have (as after a rename) is added.
 */
export function brokenQuery(id: string, linkHref: string): { query: string; fields: string[] } {
  const params = new URLSearchParams(new URL(linkHref, 'http://x/').search);
  const fields = [...params.keys()].filter((k) => k.startsWith(`${id}.`)).map((k) => k.slice(id.length + 1));
  const broken = new URLSearchParams();
  for (const field of fields) broken.set(`${id}.${field}`, 'banana%');
  broken.set(`${id}.renamed-setting`, '3');
  return { query: `?${broken.toString()}`, fields };
}
