import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { lessonSlug } from '../data/lessons-meta.ts';
import { isDiagramId } from './kit/permalink.ts';
import { PUBLISHED_DIAGRAM_IDS } from './published-ids.ts';
import { DIAGRAMS, diagramsOfLesson, findDiagram } from './registry.ts';

const lessonSlugs = readdirSync(new URL('../../content/lessons/', import.meta.url))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => lessonSlug(name.replace(/\.mdx$/, '')));

test('every diagram id is a kebab-case permalink prefix, used once', () => {
  const seen = new Set<string>();
  for (const { id } of DIAGRAMS) {
    assert.ok(isDiagramId(id), `id "${id}" is not kebab-case`);
    assert.ok(!seen.has(id), `two diagrams are registered as "${id}"`);
    seen.add(id);
  }
});

test('every diagram belongs to a lesson that exists, and has a title and a caption', () => {
  for (const d of DIAGRAMS) {
    assert.ok(lessonSlugs.includes(d.lesson), `"${d.id}": no lesson content/lessons/NN-${d.lesson}.mdx`);
    assert.ok(d.title.trim().length > 0, `"${d.id}" has no title`);
    assert.match(d.caption, /\.$/, `"${d.id}": the caption should be its sentences, ending with a full stop`);
  }
});

test('a published id is never dropped from the registry (people link to it)', () => {
  for (const id of PUBLISHED_DIAGRAM_IDS) {
    assert.ok(findDiagram(id), `published diagram "${id}" is no longer registered; restore it (its links and embeds are out there)`);
  }
});

test('every registered diagram has its own page file, which renders that diagram and no other', () => {
  for (const { id } of DIAGRAMS) {
    const page = new URL(`../pages/diagrams/${id}/[...view].astro`, import.meta.url);
    assert.ok(existsSync(page), `src/pages/diagrams/${id}/[...view].astro is missing: copy a neighbour's and change the id and island`);
    const source = readFileSync(page, 'utf8');
    assert.match(source, new RegExp(`diagramViews\\('${id}'\\)`), `src/pages/diagrams/${id}/[...view].astro does not ask for diagramViews('${id}')`);
    const island = /import Diagram from '\.\.\/\.\.\/\.\.\/islands\/(\w+)\.astro'/.exec(source)?.[1];
    assert.ok(island, `src/pages/diagrams/${id}/[...view].astro imports no island as Diagram`);
    // Each island component carries its own script; on a diagram's own page it hydrates at once.
    const islandSource = readFileSync(new URL(`../islands/${island}.astro`, import.meta.url), 'utf8');
    assert.match(islandSource, new RegExp(`<Island name="${id}"`), `src/pages/diagrams/${id}/ renders islands/${island}.astro, which is not "${id}"`);
    assert.match(source, /<Diagram eager \/>/, `src/pages/diagrams/${id}/[...view].astro should render <Diagram eager />`);
  }
});

test('diagrams are found by lesson in registry order, and unknown ids are undefined', () => {
  assert.deepEqual(
    diagramsOfLesson('tasks-and-threads').map((d) => d.id),
    DIAGRAMS.filter((d) => d.lesson === 'tasks-and-threads').map((d) => d.id),
  );
  assert.equal(findDiagram('no-such-diagram'), undefined);
});
