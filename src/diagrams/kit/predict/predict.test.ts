import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitQuantities } from '../format.ts';
import { fmt, judgeChoice, judgeNumber, NO_GUESS, numberOutcome, numberWords, typedOutcome } from './predict-judge.ts';

test('a number guess within the tolerance is right', () => {
  assert.deepEqual(judgeNumber(0.1, 0.07, 0.05, '%'), { right: true, text: 'Yes: 0.07%.' });
});

test('a wrong number guess says which way the answer lies', () => {
  assert.equal(judgeNumber(10, 0.07, 0.05, '%').text, 'Not quite: the answer is 0.07%, less than your 10.');
  assert.equal(judgeNumber(0, 40, 5, 'µs').text, 'Not quite: the answer is 40 µs, more than your 0.');
  assert.equal(judgeNumber(0, 40, 5, 'µs').right, false);
});

test('a picked option is judged by its own reason, after a plain yes or no', () => {
  assert.deepEqual(judgeChoice({ correct: true, why: 'B is at the head.' }), { right: true, text: 'Yes. B is at the head.' });
  assert.deepEqual(judgeChoice({ why: 'A is blocked.' }), { right: false, text: 'Not quite. A is blocked.' });
});

test('the tolerance is inclusive on both sides, and a miss says which way', () => {
  assert.equal(numberOutcome(45, 40, 5), 'right');
  assert.equal(numberOutcome(35, 40, 5), 'right');
  assert.equal(numberOutcome(45.5, 40, 5), 'less');
  assert.equal(numberOutcome(34, 40, 5), 'more');
});

test('what a number field holds is judged only once it is a number', () => {
  assert.equal(typedOutcome('', 40, 5), NO_GUESS);
  assert.equal(typedOutcome('  ', 40, 5), NO_GUESS);
  assert.equal(typedOutcome('1e999', 40, 5), NO_GUESS);
  assert.equal(typedOutcome('0', 40, 5), 'more');
  assert.equal(typedOutcome('41.5', 40, 5), 'right');
});

// The page shows a wrong number verdict as the server's words (numberWords, formatted by Prose)
// followed by the script's `fmt(guess) + '.'`: that must read, and be split into quantities kept
// on one line, exactly as the whole verdict would be.
test('a prepared number verdict plus the guess is the whole verdict, with the same quantities', () => {
  const units = ['µs', 'ms', '%', 'MiB', 'threads', 'times'];
  fc.assert(
    fc.property(
      fc.double({ min: -1e7, max: 1e7, noNaN: true }),
      fc.double({ min: -1e7, max: 1e7, noNaN: true }),
      fc.double({ min: 0, max: 1e3, noNaN: true }),
      fc.constantFrom(...units),
      (guess, answer, tolerance, unit) => {
        const verdict = judgeNumber(guess, answer, tolerance, unit);
        const outcome = numberOutcome(guess, answer, tolerance);
        assert.equal(verdict.right, outcome === 'right');
        const words = numberWords(outcome, answer, unit);
        const shown = outcome === 'right' ? words : `${words}${fmt(guess)}.`;
        assert.equal(shown, verdict.text);
        if (outcome === 'right') return;
        const apart = splitQuantities(words);
        const last = apart.at(-1)!;
        assert.equal(last.quantity, false);
        assert.deepEqual(splitQuantities(verdict.text), [...apart.slice(0, -1), { text: `${last.text}${fmt(guess)}.`, quantity: false }]);
      },
    ),
  );
});
