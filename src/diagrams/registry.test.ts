import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
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

test('every registered diagram can be shown on its own page (a line in DiagramIsland.astro)', () => {
  const island = readFileSync(new URL('./DiagramIsland.astro', import.meta.url), 'utf8');
  for (const { id } of DIAGRAMS) {
    // Each island component carries its own script; on a diagram's own page it hydrates at once.
    assert.match(island, new RegExp(`id === '${id}' && <\\w+ eager />`), `DiagramIsland.astro does not render "${id}"`);
  }
});

test('diagrams are found by lesson in registry order, and unknown ids are undefined', () => {
  assert.deepEqual(
    diagramsOfLesson('tasks-and-threads').map((d) => d.id),
    DIAGRAMS.filter((d) => d.lesson === 'tasks-and-threads').map((d) => d.id),
  );
  assert.equal(findDiagram('no-such-diagram'), undefined);
});
