import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FIGURES } from './figures.ts';
import { sources } from '../data/sources.ts';

test('every figure the simulation uses cites a source listed on the Sources page', () => {
  const ids = new Set(sources.map((s) => s.id));
  for (const [name, figure] of Object.entries(FIGURES)) {
    assert.ok(figure.sources.length > 0, `${name} has no source`);
    for (const id of figure.sources) assert.ok(ids.has(id), `${name} cites "${id}", which is not on the Sources page`);
  }
});
