import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseStylesheet } from './css.ts';
import { findById, parseMarkup } from './markup.ts';
import { parseSelectorList, matches } from './selectors.ts';
import { compileSheet, inlineSvgStyles, mixColors, substituteVars, themeTokens } from './styles.ts';

test('stylesheets: comments and at-rules are dropped, declarations keep their !important', () => {
  const rules = parseStylesheet(`
    @import './x.css';
    /* a { color: red } */
    a, b { color: red; --x: var(--y, "a;b") }
    @media (max-width: 30rem) { a { color: blue } }
    c { fill: #fff !important }
  `);
  assert.deepEqual(
    rules.map((r) => [r.selector, r.declarations.map((d) => `${d.property}=${d.value}${d.important ? '!' : ''}`)]),
    [
      ['a, b', ['color=red', '--x=var(--y, "a;b")']],
      ['c', ['fill=#fff!']],
    ],
  );
});

test('selectors: compound, descendant, child, :is, :not and :root match as in a browser; others never', () => {
  const root = parseMarkup(
    '<html data-theme="dark"><body><figure class="dg"><div class="x"><svg class="tl"><g class="tl-past"><rect id="r" class="tl-run dg-task-1"></rect></g></svg></div></figure></body></html>',
  );
  const rect = findById(root, 'r');
  assert.ok(rect);
  const yes = ['.tl-past rect.tl-run', 'figure.dg rect', 'g > rect', '.dg :is(rect, circle)', 'rect:not(.tl-switch)', ":root[data-theme='dark'] .tl-run", '*'];
  const no = ['svg > rect', '.tl-future rect', 'rect:hover', 'rect::before', 'g + rect', 'rect:not(.tl-run)', ":root[data-theme='light'] rect"];
  for (const s of yes) assert.ok(parseSelectorList(s).some((sel) => matches(rect, sel)), `${s} should match`);
  for (const s of no) assert.ok(!parseSelectorList(s).some((sel) => matches(rect, sel)), `${s} should not match`);
});

test('var() takes the value, else the fallback, else makes the declaration invalid', () => {
  const vars = new Map([['--a', '#111111'], ['--b', 'var(--a)']]);
  const lookup = (name: string): string | undefined => vars.get(name);
  assert.equal(substituteVars('var(--a)', lookup), '#111111');
  assert.equal(substituteVars('1px solid var(--none, var(--a))', lookup), '1px solid #111111');
  assert.equal(substituteVars('var(--none)', lookup), null);
});

test('color-mix in srgb mixes by the given share, with transparency premultiplied', () => {
  assert.equal(mixColors('in srgb, #ff0000 18%, #ffffff'), '#ffd1d1');
  assert.equal(mixColors('in srgb, #000000, #ffffff'), '#808080');
  assert.equal(mixColors('in srgb, #102030 50%, transparent'), 'rgba(16, 32, 48, 0.5)');
  assert.equal(mixColors('in oklch, #000, #fff'), null);
});

test('SVG elements get their cascaded paint as attributes, with custom properties inherited from the page', () => {
  const sheet = compileSheet(`
    :root, :root[data-theme='light'] { --bg: #ffffff; --task-1: #b04a00; --fg: #1c2026 }
    :root[data-theme='dark'] { --bg: #14171c; --task-1: #ffa35e }
    .dg { --surface: var(--bg); color: var(--fg) }
    .dg-task-1 { --task: var(--task-1) }
    .tl-past rect.tl-run { fill: var(--task); stroke: var(--task); stroke-width: 1 }
    .tl-future rect.tl-run { fill: color-mix(in srgb, var(--task) 18%, var(--bg)) }
    rect.tl-run { fill: red; height: calc(2px + 1rem) }
    .halo { stroke: var(--surface) }
    .icon { fill: currentColor }
    .hidden { display: none } .shown { display: block }
  `);
  const page = parseMarkup(
    '<html><body><figure id="f" class="dg"><svg viewBox="0 0 10 10"><g class="tl-past"><rect id="a" class="tl-run dg-task-1" fill="blue"></rect></g>' +
      '<g class="tl-future"><rect id="b" class="tl-run dg-task-1"></rect></g><line id="c" class="halo"></line><path id="d" class="icon"></path>' +
      '<g id="e" class="hidden"></g><g id="s" class="shown"></g></svg></figure></body></html>',
  );
  const figure = findById(page, 'f');
  assert.ok(figure);
  const html = page.children[0];
  assert.ok(html && 'attrs' in html);
  html.attrs.set('data-theme', 'dark');
  inlineSvgStyles(figure, sheet);
  const attrs = (id: string): Record<string, string> => Object.fromEntries(findById(page, id)?.attrs ?? []);
  assert.deepEqual(attrs('a'), { id: 'a', class: 'tl-run dg-task-1', fill: '#ffa35e', stroke: '#ffa35e', 'stroke-width': '1' });
  assert.equal(attrs('b')['fill'], '#3e3028');
  assert.equal(attrs('c')['stroke'], '#14171c');
  assert.equal(attrs('d')['fill'], '#1c2026');
  assert.equal(attrs('e')['display'], 'none');
  assert.equal(attrs('s')['display'], undefined);
  assert.equal(themeTokens(sheet, 'light').get('--task-1'), '#b04a00');
});
