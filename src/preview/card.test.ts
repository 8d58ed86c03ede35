import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CARD_HEIGHT, CARD_WIDTH, cardSvg, stackPictures, wrapLines } from './card.ts';

test('text wraps at word boundaries and the last allowed line ends with an ellipsis when cut', () => {
  assert.deepEqual(wrapLines('one two three', 30, 1000, 2), ['one two three']);
  const lines = wrapLines('alpha beta gamma delta epsilon zeta eta theta', 30, 200, 2);
  assert.equal(lines.length, 2);
  assert.match(lines[1] ?? '', /…$/);
  assert.deepEqual(wrapLines('', 30, 200, 2), []);
});

test('a card is a 1200×630 SVG with its text escaped and its pictures inside', () => {
  const picture = { svg: '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" viewBox="0 0 100 50"><rect id="p"/></svg>', width: 100, height: 50 };
  const svg = cardSvg({ eyebrow: 'Lesson 1', title: 'Tasks & threads', subtitle: 'A <b> c' }, [picture], new Map([['--bg', '#fafafa']]));
  assert.match(svg, new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}"`));
  assert.match(svg, /Tasks &amp; threads/);
  assert.match(svg, /A &lt;b&gt; c/);
  assert.match(svg, /LESSON 1/);
  assert.match(svg, /fill="#fafafa"/);
  assert.match(svg, /<svg x="\d+(\.\d+)?" y="[\d.]+" width="[\d.]+" height="[\d.]+" viewBox="0 0 100 50"><rect id="p"\/><\/svg>/);
});

test('several pictures stack into one, as wide as the widest', () => {
  const a = { svg: '<svg viewBox="0 0 100 50"></svg>', width: 100, height: 50 };
  const b = { svg: '<svg viewBox="0 0 80 20"></svg>', width: 80, height: 20 };
  assert.equal(stackPictures([a]), a);
  assert.equal(stackPictures([]), undefined);
  const both = stackPictures([a, b], 10);
  assert.deepEqual([both?.width, both?.height], [100, 80]);
});
