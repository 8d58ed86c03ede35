import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstFrame } from './first-frame.ts';
import { compileSheet } from './styles.ts';

const sheet = compileSheet(`
  :root, :root[data-theme='light'] { --fg: #111111 }
  :root[data-theme='dark'] { --fg: #eeeeee }
  .lane { fill: var(--fg) }
`);

const page =
  '<!doctype html><html lang="en"><head><title>x</title></head><body><main>' +
  '<figure id="demo" class="dg"><figcaption class="dg-caption"><strong>Two lanes.</strong> Watch  them.</figcaption>' +
  '<div class="dg-body"><svg class="tl" role="img" aria-label="Timeline" viewBox="0 0 300 100" width="100%" height="100">' +
  '<rect class="lane"></rect><svg viewBox="0 0 1 1"></svg></svg><svg class="icon"></svg></div>' +
  '<div class="dg-player"><svg viewBox="0 0 16 16"><path></path></svg></div></figure></main></body></html>';

test("a figure's first frame: its SVG pictures, standalone and styled for the theme, and its caption", () => {
  const frame = firstFrame(page, 'demo', sheet, 'dark');
  assert.ok(frame);
  assert.equal(frame.caption, 'Two lanes. Watch them.');
  // The SVG without a viewBox (an icon) is left out, and so are pictures outside the body.
  assert.equal(frame.pictures.length, 1);
  const [picture] = frame.pictures;
  assert.deepEqual([picture?.width, picture?.height], [300, 100]);
  assert.equal(
    picture?.svg,
    '<svg viewBox="0 0 300 100" width="300" height="100" xmlns="http://www.w3.org/2000/svg"><rect class="lane" fill="#eeeeee"></rect><svg viewBox="0 0 1 1"></svg></svg>',
  );
  assert.match(firstFrame(page, 'demo', sheet, 'light')?.pictures[0]?.svg ?? '', /fill="#111111"/);
});

test('no figure with that id gives undefined', () => {
  assert.equal(firstFrame(page, 'other', sheet, 'light'), undefined);
  assert.equal(firstFrame('<p id="demo"></p>', 'demo', sheet, 'light'), undefined);
});
