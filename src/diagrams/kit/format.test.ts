import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatBytes, formatCount, formatDuration, formatPercent, formatShare, formatSignificant, formatTime, plural, splitQuantities } from './format.ts';

test('shares are written as percentages with two significant digits', () => {
  assert.equal(formatPercent(22 / 31_522), '0.07%');
  assert.equal(formatPercent(0.0131), '1.3%');
  assert.equal(formatPercent(0.01), '1%');
  assert.equal(formatPercent(0.173), '17%');
  assert.equal(formatPercent(0.5116), '51%');
  assert.equal(formatPercent(1), '100%');
});

test('a zero, tiny or meaningless share does not print as 0.0000% or NaN%', () => {
  assert.equal(formatPercent(0), '0%');
  assert.equal(formatPercent(-0.2), '0%');
  assert.equal(formatPercent(Number.NaN), '0%');
  assert.equal(formatPercent(1e-9), 'under 0.001%');
});

test('percentages are quantities too, kept on one line', () => {
  assert.deepEqual(splitQuantities('about 0.07% of the core'), [
    { text: 'about ', quantity: false },
    { text: '0.07%', quantity: true },
    { text: ' of the core', quantity: false },
  ]);
});

test('formatSignificant keeps three significant digits and drops trailing zeros', () => {
  assert.equal(formatSignificant(253.90625), '254');
  assert.equal(formatSignificant(19.53125), '19.5');
  assert.equal(formatSignificant(2.4796), '2.48');
  assert.equal(formatSignificant(2), '2');
  assert.equal(formatSignificant(0.08163), '0.082');
  assert.equal(formatSignificant(195_312.5), '195,000');
  assert.equal(formatSignificant(0), '0');
});

test('formatDuration picks µs, ms or s so the number stays short', () => {
  assert.equal(formatDuration(0), '0 µs');
  assert.equal(formatDuration(69.04), '69 µs');
  assert.equal(formatDuration(999.4), '999 µs');
  assert.equal(formatDuration(999.6), '1 ms');
  assert.equal(formatDuration(3528.1), '3.53 ms');
  assert.equal(formatDuration(403_675.1), '404 ms');
  assert.equal(formatDuration(1_225_114), '1.23 s');
});

test('formatBytes uses binary units: KiB, MiB, GiB', () => {
  assert.equal(formatBytes(410), '410 B');
  assert.equal(formatBytes(26 * 1024), '26 KiB');
  assert.equal(formatBytes(2 * 1024 * 1024), '2 MiB');
  assert.equal(formatBytes(10_000 * 26 * 1024), '254 MiB');
  assert.equal(formatBytes(10_000 * 2 * 1024 * 1024), '19.5 GiB');
  assert.equal(formatBytes(100_000 * 2 * 1024 * 1024), '195 GiB');
  assert.equal(formatBytes(1024 * 1024), '1 MiB');
});

test('sizes in bytes count as quantities that stay on one line', () => {
  assert.deepEqual(splitQuantities('They reserve 19.5 GiB but use 254 MiB.'), [
    { text: 'They reserve ', quantity: false },
    { text: '19.5 GiB', quantity: true },
    { text: ' but use ', quantity: false },
    { text: '254 MiB', quantity: true },
    { text: '.', quantity: false },
  ]);
  assert.deepEqual(splitQuantities('Bytes are not a unit after 3 Bees'), [{ text: 'Bytes are not a unit after 3 Bees', quantity: false }]);
});

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

test("tables' shares are compact percentages, with a decimal only below 1%", () => {
  assert.equal(formatShare(0), '0%');
  assert.equal(formatShare(0.004), '0.4%');
  assert.equal(formatShare(0.0001), '0.1%');
  assert.equal(formatShare(0.1664), '17%');
});

test("tables' durations are whole µs from 100 µs up, tenths below", () => {
  assert.equal(formatTime(5997.8), '5998 µs');
  assert.equal(formatTime(99.96), '100 µs');
  assert.equal(formatTime(12.34), '12.3 µs');
});

test('counts group thousands, and a noun takes its plural from the count', () => {
  assert.equal(formatCount(10_000), '10,000');
  assert.equal(plural(1, 'core'), '1 core');
  assert.equal(plural(1_000, 'task'), '1,000 tasks');
});
