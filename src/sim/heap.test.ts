import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventHeap } from './heap.ts';
import { rng } from './rng.ts';

test('always pops the earliest pending event, with pushes and pops interleaved', () => {
  const next = rng(7);
  const heap = new EventHeap();
  const times = new Map<number, number>(); // payload -> time, the obvious model
  const popEarliest = (): void => {
    const earliest = Math.min(...times.values());
    assert.equal(heap.peekTime(), earliest);
    const payload = heap.pop();
    assert.equal(times.get(payload), earliest, 'the payload popped belongs to the earliest time');
    times.delete(payload);
  };
  for (let i = 0; i < 3000; i++) {
    const t = Math.floor(next() * 500);
    heap.push(t, i);
    times.set(i, t);
    if (next() < 0.4) popEarliest();
  }
  while (times.size > 0) popEarliest();
  assert.equal(heap.size, 0);
  assert.equal(heap.peekTime(), Infinity);
});
