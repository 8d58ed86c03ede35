import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatBytes } from './format.ts';

test('sizes are written in binary units with about three significant digits', () => {
  assert.equal(formatBytes(0), '0 B');
  assert.equal(formatBytes(410), '410 B');
  assert.equal(formatBytes(1024), '1 KiB');
  assert.equal(formatBytes(26 * 1024), '26 KiB');
  assert.equal(formatBytes(516_496), '504 KiB');
  assert.equal(formatBytes(26_624_000), '25.4 MiB');
  assert.equal(formatBytes(8 * 1024 * 1024), '8 MiB');
  assert.equal(formatBytes(2_097_152_000), '1.95 GiB');
  assert.equal(formatBytes(20_971_520_000), '19.5 GiB');
});

test('a size just under the next unit is written in that unit, not as 1024 of the smaller one', () => {
  assert.equal(formatBytes(1024 * 1024 - 10), '1 MiB');
  assert.equal(formatBytes(1023), '1023 B');
});
