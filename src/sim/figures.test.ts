import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FIGURES } from './figures.ts';
import { FIGURE_NOTES } from './figure-notes.ts';
import { DEFAULT_MEMORY } from './memory.ts';
import { sources } from '../data/sources.ts';

test('every figure the simulation uses cites a source listed on the Sources page', () => {
  const ids = new Set(sources.map((s) => s.id));
  assert.deepEqual(Object.keys(FIGURE_NOTES).sort(), Object.keys(FIGURES).sort(), 'figures and their notes name the same figures');
  for (const [name, figure] of Object.entries(FIGURE_NOTES)) {
    assert.ok(figure.sources.length > 0, `${name} has no source`);
    for (const id of figure.sources) assert.ok(ids.has(id), `${name} cites "${id}", which is not on the Sources page`);
  }
});

test('the memory defaults are the figures the Sources page cites', () => {
  assert.deepEqual(DEFAULT_MEMORY, {
    threadStackReserved: FIGURES.threadStackReserved.value,
    threadStackResident: FIGURES.threadStackResident.value,
    kernelStack: FIGURES.kernelStack.value,
    taskBytes: FIGURES.taskBytes.value,
  });
});
