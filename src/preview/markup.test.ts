import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEntities, descendants, findById, parseMarkup, serialize, textContent } from './markup.ts';

test('parses HTML with void elements, raw text and self-closing SVG, and writes the same markup back', () => {
  const source =
    '<p class="a">One &amp; two<br><input disabled value=3></p><script>if (a < b) {}</script>' +
    '<svg viewBox="0 0 10 10"><rect width="5"/><g><line x1="0"></line></g></svg>';
  const root = parseMarkup(source);
  assert.deepEqual(
    descendants(root).map((e) => e.tag),
    ['p', 'br', 'input', 'script', 'svg', 'rect', 'g', 'line'],
  );
  assert.equal(
    serialize(root),
    '<p class="a">One &amp; two<br><input disabled="" value="3"></p><script>if (a < b) {}</script>' +
      '<svg viewBox="0 0 10 10"><rect width="5"></rect><g><line x1="0"></line></g></svg>',
  );
});

test('an end tag closes the elements left open inside it, and a stray end tag is ignored', () => {
  const root = parseMarkup('<div id="d"><p>one<p>two</div></span><i>x</i>');
  const div = findById(root, 'd');
  assert.ok(div);
  assert.equal(textContent(div), 'onetwo');
  assert.equal(root.children.length, 2);
});

test('comments and doctypes are skipped; text is decoded and white space collapsed', () => {
  const root = parseMarkup('<!doctype html><!-- note --><h1 id="t">  Tasks &#38;\n threads &#x2014; &lt;1&gt;  </h1>');
  const h1 = findById(root, 't');
  assert.ok(h1);
  assert.equal(textContent(h1), 'Tasks & threads — <1>');
  assert.equal(decodeEntities('&quot;a&#39;&unknown;'), '"a\'&unknown;');
});
