import { test } from 'node:test';
import assert from 'node:assert/strict';
import { continueTarget } from './continue.ts';
import { EMPTY_PROGRESS, markDone, parseProgress, serializeProgress, visit } from './progress.ts';

const LESSONS = new Map([
  ['tasks-and-threads', '/course/lessons/tasks-and-threads/'],
  ['context-switch', '/course/lessons/context-switch/'],
]);

test('the target is the last lesson visited, at the URL the page built for it', () => {
  const stored = serializeProgress(visit(markDone(EMPTY_PROGRESS, 'tasks-and-threads', true), 'context-switch'));
  assert.equal(continueTarget(parseProgress(stored), LESSONS), '/course/lessons/context-switch/');
});

test('no target without storage, or when nothing readable is stored or no lesson was visited', () => {
  assert.equal(continueTarget(null, LESSONS), undefined);
  const finishedOnly = serializeProgress(markDone(EMPTY_PROGRESS, 'tasks-and-threads', true));
  for (const stored of [null, '', 'garbage', '{"done":"x","last":42}', '{"last":"../admin"}', finishedOnly]) {
    assert.equal(continueTarget(parseProgress(stored), LESSONS), undefined, String(stored));
  }
});

test('no target when the last lesson is one the course no longer has', () => {
  assert.equal(continueTarget(visit(EMPTY_PROGRESS, 'a-removed-lesson'), LESSONS), undefined);
  assert.equal(continueTarget(visit(EMPTY_PROGRESS, 'context-switch'), new Map()), undefined);
});
