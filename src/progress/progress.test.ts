import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY_PROGRESS, isDone, markDone, parseProgress, serializeProgress, visit } from './progress.ts';

test('stored progress round-trips through JSON', () => {
  const p = visit(markDone(markDone(EMPTY_PROGRESS, 'tasks-and-threads', true), 'context-switch', true), 'context-switch');
  assert.deepEqual(parseProgress(serializeProgress(p)), { done: ['tasks-and-threads', 'context-switch'], last: 'context-switch' });
});

test('anything unreadable in storage counts as no progress, and bad entries are dropped', () => {
  for (const raw of [null, '', 'garbage', '[]', '42', 'null', '{"done":"x"}']) {
    assert.deepEqual(parseProgress(raw), { done: [], last: undefined }, String(raw));
  }
  assert.deepEqual(parseProgress('{"done":["a-b","A B",3,"a-b","<x>"],"last":"../x"}'), { done: ['a-b'], last: undefined });
});

test('marking a lesson done twice keeps it once; unmarking removes it', () => {
  let p = markDone(EMPTY_PROGRESS, 'tasks-and-threads', true);
  p = markDone(p, 'tasks-and-threads', true);
  assert.deepEqual(p.done, ['tasks-and-threads']);
  assert.ok(isDone(p, 'tasks-and-threads'));
  p = markDone(p, 'tasks-and-threads', false);
  assert.ok(!isDone(p, 'tasks-and-threads'));
  assert.equal(visit(p, 'Not a slug'), p);
});
