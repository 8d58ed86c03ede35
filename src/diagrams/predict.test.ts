import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeNumber } from './predict-judge.ts';

test('a number guess within the tolerance is right', () => {
  assert.deepEqual(judgeNumber(0.1, 0.07, 0.05, '%'), { right: true, text: 'Yes: 0.07 %.' });
});

test('a wrong number guess says which way the answer lies', () => {
  assert.equal(judgeNumber(10, 0.07, 0.05, '%').text, 'Not quite: the answer is 0.07 %, less than your 10.');
  assert.equal(judgeNumber(0, 40, 5, 'µs').text, 'Not quite: the answer is 40 µs, more than your 0.');
  assert.equal(judgeNumber(0, 40, 5, 'µs').right, false);
});
