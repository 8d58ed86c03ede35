import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeToHtml } from 'shiki';
import { expectedSnapshot } from '../sim/scenarios/snapshot.ts';
import { codeClasses, loadPalettes, paletteCss, tokenClasses } from './code-classes.ts';
import { codeThemes } from './code-themes.ts';

const palettes = await loadPalettes();
const CSS = new URL('../styles/code-colors.css', import.meta.url);

test('src/styles/code-colors.css is the stylesheet of the current code themes', () => {
  const css = paletteCss(palettes);
  assert.equal(css, expectedSnapshot(CSS.pathname, css));
});

test('a token in both themes\u2019 plain colour needs no class; others get one per theme', () => {
  const { light, dark } = palettes;
  assert.deepEqual(tokenClasses({ '--shiki-light': light.fg.toUpperCase(), '--shiki-dark': dark.fg }, palettes), []);
  const [l, d] = [light.colours[2]!, dark.colours[3]!];
  assert.deepEqual(tokenClasses({ '--shiki-light': l, '--shiki-dark': d, '--shiki-dark-font-style': 'italic' }, palettes), ['l2', 'd3', 'di']);
});

test('a colour outside the palette is an error naming it, never an uncoloured token', () => {
  assert.throws(() => tokenClasses({ '--shiki-light': '#123456' }, palettes), /#123456 is not a colour of the .* palette/);
});

test('highlighted Rust has no style attribute, keeps every character, and merges runs', async () => {
  const code = 'fn main() {\n    let x: u32 = 42; // the answer\n    println!("{x}");\n}';
  const html = await codeToHtml(code, { lang: 'rust', themes: codeThemes, defaultColor: false, transformers: [codeClasses(palettes)] });
  assert.doesNotMatch(html, /style=/);
  assert.match(html, /<span class="l\d+ d\d+">fn<\/span>/);
  const text = html.replace(/<[^>]+>/g, '').replaceAll('&#x3C;', '<').replaceAll('&quot;', '"').replaceAll('&#x27;', "'");
  assert.equal(text, code);
  // No two neighbouring spans of a line carry the same classes (they would be one).
  assert.doesNotMatch(html, /<span class="([^"]+)">[^<]*<\/span><span class="\1">/);
});
