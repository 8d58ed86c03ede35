import { test } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { findSource, sources } from './sources.ts';

test('every source id is kebab-case and used once', () => {
  const seen = new Set<string>();
  for (const { id } of sources) {
    assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/, `id "${id}"`);
    assert.ok(!seen.has(id), `duplicate id "${id}"`);
    seen.add(id);
  }
});

test('every source has an author, a title, a year, an absolute URL and at least one figure', () => {
  for (const source of sources) {
    assert.ok(source.author.length > 0, source.id);
    assert.ok(source.title.length > 0, source.id);
    assert.ok(source.year.length > 0, source.id);
    assert.match(source.url, /^https?:\/\/[^/]+\//, source.id);
    assert.ok(source.figures.length > 0, `${source.id} lists no figure`);
  }
});

test('a source is found by id with its number on the Sources page', () => {
  const first = sources[0];
  assert.ok(first);
  assert.deepEqual(findSource(first.id), { source: first, number: 1 });
});

test('an unknown id throws, naming the id', () => {
  assert.throws(() => findSource('no-such-source'), /Unknown source id "no-such-source"/);
});

/** The ids every lesson cites with `<Cite id="…" />`, read from the MDX sources. */
function citedIds(): Map<string, string[]> {
  const dir = new URL('../../content/lessons/', import.meta.url);
  const cited = new Map<string, string[]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
    const text = readFileSync(new URL(file, dir), 'utf8');
    for (const [, id] of text.matchAll(/<Cite\s+id="([^"]+)"/g)) {
      if (id) cited.set(id, [...(cited.get(id) ?? []), file]);
    }
  }
  return cited;
}

test('every source on the Sources page is cited by at least one lesson', () => {
  const cited = citedIds();
  const uncited = sources.filter((s) => !cited.has(s.id)).map((s) => s.id);
  assert.deepEqual(uncited, [], `sources no lesson cites (cite them where they belong or remove them): ${uncited.join(', ')}`);
});

test('every id a lesson cites is on the Sources page', () => {
  for (const [id, files] of citedIds()) {
    assert.doesNotThrow(() => findSource(id), `${files.join(', ')} cite "${id}"`);
  }
});
