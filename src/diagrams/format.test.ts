import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatPercent, splitQuantities } from './format.ts';

test('shares are written as percentages with two significant digits', () => {
  assert.equal(formatPercent(22 / 31_522), '0.07 %');
  assert.equal(formatPercent(0.0131), '1.3 %');
  assert.equal(formatPercent(0.01), '1 %');
  assert.equal(formatPercent(0.173), '17 %');
  assert.equal(formatPercent(0.5116), '51 %');
  assert.equal(formatPercent(1), '100 %');
});

test('a zero, tiny or meaningless share does not print as 0.0000 % or NaN %', () => {
  assert.equal(formatPercent(0), '0 %');
  assert.equal(formatPercent(-0.2), '0 %');
  assert.equal(formatPercent(Number.NaN), '0 %');
  assert.equal(formatPercent(1e-9), 'under 0.001 %');
});

test('percentages are quantities too, kept on one line', () => {
  assert.deepEqual(splitQuantities('about 0.07 % of the core'), [
    { text: 'about ', quantity: false },
    { text: '0.07 %', quantity: true },
    { text: ' of the core', quantity: false },
  ]);
});
